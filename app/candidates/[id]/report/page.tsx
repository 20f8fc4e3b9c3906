import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { estimateText, fixed } from "@/components/compare/format";
import { PrintButton } from "@/components/compare/print-button";
import { ScorecardView } from "@/components/scoring/scorecard-view";
import { PageHeader } from "@/components/ui/page-header";
import { buttonSecondary } from "@/components/ui/styles";
import { getCandidateReport } from "@/lib/comparison/queries";
import { sayPanelAgreement } from "@/lib/comparison/plain-words-agreement";
import { sayComposite, sayPrecisionNotYet } from "@/lib/comparison/plain-words-scores";
import { STATUS_LABELS } from "@/lib/interviews/labels";
import { formatDate } from "@/lib/format/date-time";
import { InterviewDecision } from "@/components/debrief/interview-decision";
import { RevisionNotes } from "@/components/debrief/revision-notes";

export const metadata: Metadata = { title: "Candidate report" };

// No loading.tsx here: a candidate this user may not see must be a real 404.
export default async function CandidateReportPage({ params }: PageProps<"/candidates/[id]/report">) {
  const report = await getCandidateReport((await params).id);
  if (!report) notFound();
  const { candidate, sessions } = report;
  return (
    <div className="space-y-8">
      <PageHeader
        title={`Report: ${candidate.name}`}
        description={[candidate.position, candidate.email].filter(Boolean).join(" · ") || undefined}
        actions={
          <div className="flex gap-2 print:hidden">
            <a href={`/candidates/${candidate.id}/export`} className={buttonSecondary} download>
              Download CSV
            </a>
            <PrintButton />
            <Link href={`/candidates/${candidate.id}`} className={buttonSecondary}>
              Back
            </Link>
          </div>
        }
      />
      {sessions.length === 0 ? <p className="text-sm text-muted">No started interviews you can see yet.</p> : null}
      {sessions.map((session) => (
        <section key={session.id} aria-labelledby={`session-${session.id}`} className="space-y-4">
          <header className="flex flex-wrap items-baseline justify-between gap-2 border-b border-border pb-2">
            <h2 id={`session-${session.id}`} className="text-lg font-semibold">
              {session.title}
            </h2>
            <p className="text-sm text-muted">
              {STATUS_LABELS[session.status]}
              {session.startedAt ? ` · ${formatDate(session.startedAt)}` : ""}
            </p>
          </header>
          {session.scorecards.length > 0 ? (
            <dl className="grid gap-3 text-sm sm:grid-cols-2" data-testid="interview-figures">
              <div>
                <dt className="font-medium">
                  Composite{" "}
                  <span className="tabular-nums">
                    {fixed(session.composite)}
                    {session.precision?.kind === "standard-error" ? ` ± ${fixed(session.precision.margin)}` : ""}
                  </span>
                </dt>
                <dd className="text-muted">
                  {session.composite !== null && session.precision?.kind === "standard-error"
                    ? sayComposite(session.composite, session.precision.standardError)
                    : session.precision?.kind === "not-yet"
                      ? sayPrecisionNotYet(session.precision, session.precision.scope.words)
                      : "Nothing rated yet."}{" "}
                  The mean of every rating on the submitted scorecards below.
                </dd>
              </div>
              <div>
                <dt className="font-medium">
                  Panel agreement
                  {session.agreement.kind === "rwg" ? (
                    <span className="tabular-nums">
                      {" "}
                      r<sub>wg(J)</sub> {estimateText(session.agreement.estimate)}
                    </span>
                  ) : null}
                </dt>
                <dd className="text-muted">{sayPanelAgreement(session.agreement)}</dd>
              </div>
            </dl>
          ) : null}
          <ul className="flex flex-wrap gap-x-4 text-sm text-muted" aria-label="Scorecards">
            {session.statuses.map(({ user, status }) => (
              <li key={user.id}>
                {user.name ?? user.email}: {status === "SUBMITTED" ? "submitted" : status === "IN_PROGRESS" ? "in progress" : "not started"}
              </li>
            ))}
          </ul>
          <InterviewDecision sessionId={session.id} status={session.status} decision={session.decisions[0] ?? null} />
          {session.scorecards.length === 0 ? <p className="text-sm text-muted">No submitted scorecard you can read yet.</p> : null}
          {session.scorecards.map((scorecard) => (
            <div key={scorecard.id} className="space-y-2">
              <ScorecardView scorecard={scorecard} questions={session.questions} />
              <RevisionNotes revisions={scorecard.revisions} questions={session.questions} />
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
