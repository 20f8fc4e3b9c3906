import { Link } from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import { buttonPrimary, card } from "@/components/ui/styles";
import type { readPanelScorecards } from "@/lib/scoring/read-scorecards";
import { SCORECARD_STATUS_LABELS } from "@/lib/scoring/visibility";
import { sayPanelAgreement } from "@/lib/comparison/plain-words-agreement";
import { rwgJ } from "@/lib/comparison/rwg";
import { estimateText } from "@/components/compare/format";
import { ScorecardView, type ScorecardQuestion } from "./scorecard-view";

type PanelScorecards = NonNullable<Awaited<ReturnType<typeof readPanelScorecards>>>;

/** The session page's scorecard section: everyone's status, and the scorecards this user may read. */
export function PanelScorecards({ sessionId, data, questions, viewerId }: { sessionId: string; data: PanelScorecards; questions: ScorecardQuestion[]; viewerId: string }) {
  const own = data.statuses.find((row) => row.user.id === viewerId);
  const submitted = data.readable.filter((scorecard) => scorecard.submittedAt);
  // Agreement of the panel across this interview's questions, once two scorecards can be read.
  const agreement =
    submitted.length >= 2 ? rwgJ(questions.map((question) => submitted.map((card) => card.scores.find((score) => score.sessionQuestionId === question.id)?.rating ?? null))) : null;
  return (
    <section aria-labelledby="scorecards-heading" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="scorecards-heading" className="text-lg font-semibold">
          Scorecards
        </h2>
        {own ? (
          <Link href={`/interviews/${sessionId}/score`} className={buttonPrimary}>
            {own.status === "SUBMITTED" ? "Your scorecard" : own.status === "IN_PROGRESS" ? "Continue scoring" : "Open live scoring"}
          </Link>
        ) : null}
      </div>
      <ul className={`${card} divide-y divide-border`} aria-label="Scorecard status of each panel member">
        {data.statuses.map(({ user, status }) => (
          <li key={user.id} className="flex items-center justify-between gap-3 px-4 py-3 text-sm">
            <span>{user.name ?? user.email}</span>
            <Badge tone={status === "SUBMITTED" ? "accent" : "neutral"}>{SCORECARD_STATUS_LABELS[status]}</Badge>
          </li>
        ))}
      </ul>
      {data.onPanel && !data.othersVisible ? (
        <p className="text-sm text-muted">The panel scores independently: other scorecards appear here once you have submitted yours.</p>
      ) : null}
      {agreement ? (
        <p className="text-sm" data-testid="panel-agreement">
          Panel agreement
          {agreement.kind === "rwg" ? (
            <span className="tabular-nums">
              {" "}
              r<sub>wg(J)</sub> {estimateText(agreement.estimate)}
            </span>
          ) : null}
          : {sayPanelAgreement(agreement)}
        </p>
      ) : null}
      {submitted.length > 0 ? (
        <div className="space-y-4">
          {submitted.map((scorecard) => (
            <ScorecardView key={scorecard.id} scorecard={scorecard} questions={questions} />
          ))}
        </div>
      ) : null}
    </section>
  );
}
