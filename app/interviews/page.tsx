import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { NewerOlderPager } from "@/components/ui/newer-older-pager";
import { PageHeader } from "@/components/ui/page-header";
import { buttonSecondary, card } from "@/components/ui/styles";
import { STATUS_LABELS } from "@/lib/interviews/labels";
import { listInterviews } from "@/lib/interviews/queries";
import { interviewListSchema, type InterviewListQuery } from "@/lib/interviews/schema";
import { formatDate } from "@/lib/format/date-time";

export const metadata: Metadata = { title: "Interviews" };

const FILTERS = [undefined, "DRAFT", "IN_PROGRESS", "COMPLETED"] as const;

function href(query: InterviewListQuery) {
  const params = new URLSearchParams();
  if (query.status) params.set("status", query.status);
  if (query.page > 1) params.set("page", String(query.page));
  const search = params.toString();
  return search ? `/interviews?${search}` : "/interviews";
}

// No loading.tsx in this segment: candidates (the role) must get a real 404 here.
export default async function InterviewsPage({ searchParams }: PageProps<"/interviews">) {
  const params = await searchParams;
  const query = interviewListSchema.parse({ status: params.status, page: params.page });
  const { interviews, total, pages } = await listInterviews(query);

  return (
    <>
      <PageHeader title="Interviews" description="Interviews you can see, newest first. Start a new one from a candidate's page." />
      <nav aria-label="Filter by status" className="mb-4 flex flex-wrap gap-2">
        {FILTERS.map((status) => (
          <Link
            key={status ?? "all"}
            href={href({ status, page: 1 })}
            aria-current={query.status === status ? "page" : undefined}
            className={`rounded-full border px-3 py-1 text-sm ${query.status === status ? "border-accent bg-accent-soft text-fg" : "border-border text-muted hover:text-fg"}`}
          >
            {status ? STATUS_LABELS[status] : "All"}
          </Link>
        ))}
      </nav>
      {interviews.length === 0 ? (
        <p className="rounded-xl border border-dashed border-border p-8 text-center text-sm text-muted">No interviews here yet.</p>
      ) : (
        <ul className={`${card} divide-y divide-border`} aria-label="Interviews">
          {interviews.map((interview) => (
            <li key={interview.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
              <div className="min-w-0">
                <Link href={`/interviews/${interview.id}`} className="font-medium hover:text-accent hover:underline">
                  {interview.title}
                </Link>
                <p className="text-sm text-muted">
                  {interview.candidate.name} · {formatDate(interview.createdAt)}
                  {interview.onPanel ? (interview.submitted ? " · your scorecard is submitted" : " · you are on the panel") : ""}
                </p>
              </div>
              <div className="flex items-center gap-3">
                {interview.onPanel && interview.status === "IN_PROGRESS" && !interview.submitted ? (
                  <Link href={`/interviews/${interview.id}/score`} className={buttonSecondary}>
                    Score
                  </Link>
                ) : null}
                <Badge tone={interview.status === "DRAFT" ? "neutral" : "accent"}>{STATUS_LABELS[interview.status]}</Badge>
              </div>
            </li>
          ))}
        </ul>
      )}
      <NewerOlderPager page={query.page} pages={pages} href={(page) => href({ ...query, page })} summary={`${total} interviews`} />
    </>
  );
}
