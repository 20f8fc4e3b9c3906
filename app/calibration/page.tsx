import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { fixed } from "@/components/compare/format";
import { getCalibration } from "@/lib/comparison/queries";

export const metadata: Metadata = { title: "Calibration" };

const cell = "px-3 py-2 tabular-nums";
const head = "px-3 py-2 text-left font-medium";

// No loading.tsx in this segment: interviewers and candidates must get a real 404 here.
export default async function CalibrationPage() {
  const data = (await getCalibration())!;
  return (
    <div className="space-y-8">
      <PageHeader title="Calibration" description="How interviewers rate against their panels, and which rubrics get panels to agree. Submitted scorecards only; an interview whose panel you sit on counts once you have submitted yours." />
      <section aria-labelledby="interviewers-heading" className="space-y-3">
        <h2 id="interviewers-heading" className="text-lg font-semibold">
          Interviewers
        </h2>
        <p className="text-sm text-muted">
          Leniency is the mean difference between an interviewer&apos;s rating and the rest of the panel&apos;s mean on the same question: above 0 rates
          higher than colleagues, below 0 stricter. Disagreement is how often their recommendation went against their own composite.
        </p>
        <div className="overflow-x-auto rounded-xl border border-border bg-surface">
          <table className="w-full min-w-max text-sm" aria-label="Interviewer calibration">
            <thead className="bg-subtle">
              <tr>
                <th scope="col" className={head}>Interviewer</th>
                <th scope="col" className={head}>Scorecards</th>
                <th scope="col" className={head}>Mean rating</th>
                <th scope="col" className={head}>Leniency vs panel</th>
                <th scope="col" className={head}>Recommendation disagreed with composite</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-border">
              {data.interviewers.map((row) => (
                <tr key={row.id}>
                  <th scope="row" className="px-3 py-2 text-left font-normal">{row.name}</th>
                  <td className={cell}>{row.scorecards}</td>
                  <td className={cell}>{fixed(row.ratings.mean)} <span className="text-muted">(n {row.ratings.n})</span></td>
                  <td className={cell}>{row.leniency === null ? <span className="text-muted">no co-rated questions</span> : `${row.leniency > 0 ? "+" : ""}${fixed(row.leniency)} (${row.coRated} co-rated)`}</td>
                  <td className={cell}>{row.disagreementRate === null ? "–" : `${Math.round(row.disagreementRate * 100)}%`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="questions-heading" className="space-y-3">
        <h2 id="questions-heading" className="text-lg font-semibold">
          Questions
        </h2>
        <p className="text-sm text-muted">
          Agreement over every interview that used the question: one-way ICC(1,1), because each panel is different people. Bands: below .5 poor,
          .5–.75 moderate, .75–.9 good, above .9 excellent. Questions below .5 are flagged: their rubric does not get panels to agree.
        </p>
        <div className="overflow-x-auto rounded-xl border border-border bg-surface">
          <table className="w-full min-w-max text-sm" aria-label="Question calibration">
            <thead className="bg-subtle">
              <tr>
                <th scope="col" className={head}>Question</th>
                <th scope="col" className={head}>Interviews</th>
                <th scope="col" className={head}>Agreement</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-border">
              {data.questions.map((row) => (
                <tr key={row.key}>
                  <th scope="row" className="max-w-md px-3 py-2 text-left font-normal">
                    {row.title} {row.flagged ? <Badge tone="neutral">Rubric needs work</Badge> : null}
                  </th>
                  <td className={cell}>{row.uses}</td>
                  <td className={cell}>
                    {row.agreement.kind === "icc" ? `${fixed(row.agreement.value)} (${row.agreement.band})` : <span className="text-muted">{row.agreement.reason}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
