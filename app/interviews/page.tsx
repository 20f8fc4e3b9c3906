import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { InterviewFilters } from "@/components/interviews/interview-filters";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { buttonSecondary, card } from "@/components/ui/styles";
import { formatDate, formatMeetingTime } from "@/lib/format/date-time";
import { STATUS_LABELS } from "@/lib/interviews/labels";
import { listInterviews } from "@/lib/interviews/queries";
import { interviewListHref, parseInterviewList } from "@/lib/interviews/schema";

export const metadata: Metadata = { title: "Interviews" };

// No loading.tsx in this segment: candidates (the role) must get a real 404 here.
export default async function InterviewsPage({ searchParams }: PageProps<"/interviews">) {
  const query = parseInterviewList(await searchParams);
  const { interviews, total, page, pages, timeZone } = await listInterviews(query);
  const filtered = Boolean(query.q || query.status || query.from || query.to || query.mine);

  return (
    <>
      <PageHeader title="Interviews" description="Interviews you can see. Start a new one from a candidate's page." />
      <InterviewFilters query={query} filtered={filtered} />
      <p className="mb-2 text-xs text-muted">Dates and times in {timeZone}.</p>
      {interviews.length === 0 ? (
        <p className="rounded-xl border border-dashed border-border p-8 text-center text-sm text-muted">
          {filtered ? "No interview matches. Loosen a filter or search for less." : "No interviews here yet. Start one from a candidate's page."}
        </p>
      ) : (
        <ul className={`${card} divide-y divide-border`} aria-label="Interviews">
          {interviews.map((interview) => (
            <li key={interview.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
              <div className="min-w-0 wrap-anywhere">
                <Link href={`/interviews/${interview.id}`} className="font-medium hover:text-accent hover:underline">
                  {interview.title}
                </Link>
                <p className="text-sm text-muted">
                  {interview.candidate.name} ·{" "}
                  {interview.scheduledAt ? formatMeetingTime(interview.scheduledAt, timeZone) : `not scheduled, created ${formatDate(interview.createdAt, timeZone)}`}
                  {interview.onPanel ? (interview.submitted ? " · your scorecard is submitted" : " · you are on the panel") : ""}
                </p>
                <p className="text-sm text-muted">Panel: {interview.panel.join(", ") || "none yet"}</p>
              </div>
              <div className="flex items-center gap-3">
                {interview.onPanel && interview.status === "IN_PROGRESS" && !interview.submitted ? (
                  <Link href={`/interviews/${interview.id}/score`} className={buttonSecondary}>
                    Score
                  </Link>
                ) : null}
                {interview.status === "COMPLETED" ? (
                  <Link href={`/interviews/${interview.id}/debrief`} className={buttonSecondary}>
                    Debrief
                  </Link>
                ) : null}
                <Badge tone={interview.status === "DRAFT" ? "neutral" : "accent"}>{STATUS_LABELS[interview.status]}</Badge>
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pager
        page={page}
        pages={pages}
        href={(to) => interviewListHref({ ...query, page: to })}
        summary={`${total.toLocaleString("en")} ${total === 1 ? "interview" : "interviews"}`}
      />
    </>
  );
}
