import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { card } from "@/components/ui/styles";
import { UTC, formatDateTime } from "@/lib/format/date-time";
import { getJobsOverview, type JobRow } from "@/lib/jobs/queries";

export const metadata: Metadata = { title: "Background jobs" };
export const dynamic = "force-dynamic";

const when = (date: Date | null) => (date ? `${formatDateTime(date, UTC, { seconds: true })} UTC` : "—");

export default async function JobsPage() {
  const { summaries, failed, retrying } = await getJobsOverview();
  return (
    <>
      <PageHeader
        title="Background jobs"
        description="Emails and the reminder sweep run on a queue in PostgreSQL (graphile-worker), in every app process; each job runs once. Failed sends are retried with growing waits, then kept here with their error."
      />
      <div className="relative overflow-x-auto rounded-xl border border-border bg-surface shadow-sm">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Jobs by kind</caption>
          <thead className="border-b border-border bg-subtle text-xs tracking-wide text-muted uppercase">
            <tr>
              <th scope="col" className="px-4 py-3 font-medium">
                Kind
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                Pending
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                Retrying
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                Running
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                Failed
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                Last run
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {summaries.map((row) => (
              <tr key={row.kind}>
                <th scope="row" className="px-4 py-3 font-mono font-medium">
                  {row.kind}
                </th>
                <td className="px-4 py-3">{row.pending}</td>
                <td className="px-4 py-3">{row.retrying}</td>
                <td className="px-4 py-3">{row.running}</td>
                <td className={`px-4 py-3 ${row.failed ? "font-medium text-danger" : ""}`}>{row.failed}</td>
                <td className="px-4 py-3">
                  {row.lastRun ? (
                    <>
                      {when(row.lastRun.startedAt)} ·{" "}
                      {row.lastRun.succeeded === null ? "running" : row.lastRun.succeeded ? "succeeded" : <span className="text-danger">failed: {row.lastRun.error}</span>}
                      <div className="text-xs text-muted">
                        {row.lastRun.runs} runs, {row.lastRun.failures} failed
                      </div>
                    </>
                  ) : (
                    "never"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <JobList title="Failed for good" empty="No job has used up its attempts." rows={failed} />
      <JobList title="Waiting to retry" empty="No job is waiting to retry." rows={retrying} />
    </>
  );
}

function JobList({ title, empty, rows }: { title: string; empty: string; rows: JobRow[] }) {
  const id = title.toLowerCase().replace(/\W+/g, "-");
  return (
    <section aria-labelledby={id} className={`${card} mt-6 space-y-3 p-5`}>
      <h2 id={id} className="font-medium">
        {title}
      </h2>
      {rows.length === 0 ? (
        <p className="text-sm text-muted">{empty}</p>
      ) : (
        <ul className="space-y-3 text-sm">
          {rows.map((row) => (
            <li key={row.id}>
              <span className="font-mono">{row.kind}</span> {row.key ? <span className="text-muted">({row.key})</span> : null}: attempt {row.attempts} of {row.maxAttempts}
              {row.attempts < row.maxAttempts ? `, next at ${when(row.runAt)}` : ""}
              <pre className="mt-1 overflow-x-auto rounded bg-subtle p-2 text-xs break-words whitespace-pre-wrap">{row.lastError ?? "(no error recorded)"}</pre>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
