import { Badge } from "@/components/ui/badge";
import { card } from "@/components/ui/styles";
import { RECOMMENDATION_LABELS } from "@/lib/scoring/composite";
import type { Recommendation } from "@/lib/generated/prisma/enums";
import { formatDateTime } from "@/lib/format/date-time";

export interface ScorecardViewData {
  interviewer: { name: string | null; email: string };
  recommendation: Recommendation | null;
  summary: string;
  composite: { toString(): string } | null;
  disagreementReason: string | null;
  submittedAt: Date | null;
  scores: { sessionQuestionId: string; rating: number | null; notes: string; keyPointsCovered: number[]; redFlagsRaised: number[] }[];
  events: { kind: "SUBMITTED" | "REOPENED"; reason: string | null; createdAt: Date; actor: { name: string | null; email: string } | null }[];
}

export interface ScorecardQuestion {
  id: string;
  title: string;
  /** The bank question's version as asked (its rubric version); null for custom questions. */
  version?: number | null;
  keyPoints: string[];
  redFlags: string[];
}

const day = (date: Date) => formatDateTime(date);

/** A submitted scorecard, read-only: recommendation, composite, summary, then every question. */
export function ScorecardView({ scorecard, questions, headingLevel = 3 }: { scorecard: ScorecardViewData; questions: ScorecardQuestion[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const who = scorecard.interviewer.name ?? scorecard.interviewer.email;
  return (
    <article aria-label={`Scorecard of ${who}`} className={`${card} space-y-4 p-5`}>
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <Heading className="text-base font-semibold">{who}</Heading>
        <div className="flex items-center gap-2 text-sm">
          {scorecard.recommendation ? (
            <Badge tone={scorecard.recommendation.endsWith("YES") ? "accent" : "neutral"}>{RECOMMENDATION_LABELS[scorecard.recommendation]}</Badge>
          ) : null}
          <span className="text-muted">composite {scorecard.composite ? Number(scorecard.composite.toString()).toFixed(2) : "–"}</span>
        </div>
      </header>
      {scorecard.summary ? <p className="text-sm whitespace-pre-wrap">{scorecard.summary}</p> : null}
      {scorecard.disagreementReason ? (
        <p className="rounded-md bg-warning-soft px-3 py-2 text-sm text-warning">Recommendation differs from the composite: {scorecard.disagreementReason}</p>
      ) : null}
      <ol className="divide-y divide-border text-sm">
        {questions.map((question, index) => {
          const score = scorecard.scores.find((row) => row.sessionQuestionId === question.id);
          return (
            <li key={question.id} className="space-y-1 py-3">
              <div className="flex justify-between gap-3">
                <span className="min-w-0 font-medium wrap-anywhere">
                  {index + 1}. {question.title}
                  {question.version ? <span className="ml-2 text-xs font-normal text-muted">rubric v{question.version}</span> : null}
                </span>
                <span className="shrink-0 tabular-nums">{score?.rating ? `${score.rating} / 4` : <span className="text-muted">not rated</span>}</span>
              </div>
              {score && score.keyPointsCovered.length > 0 ? (
                <p className="text-muted">Covered: {score.keyPointsCovered.map((i) => question.keyPoints[i] ?? `point ${i + 1}`).join("; ")}</p>
              ) : null}
              {score && score.redFlagsRaised.length > 0 ? (
                <p className="text-danger">Red flags: {score.redFlagsRaised.map((i) => question.redFlags[i] ?? `flag ${i + 1}`).join("; ")}</p>
              ) : null}
              {score?.notes ? <p className="whitespace-pre-wrap">{score.notes}</p> : null}
            </li>
          );
        })}
      </ol>
      {scorecard.events.length > 0 ? (
        <footer className="border-t border-border pt-3 text-xs text-muted">
          <ul className="space-y-1">
            {scorecard.events.map((event, i) => (
              <li key={i}>
                {event.kind === "SUBMITTED" ? "Submitted" : "Reopened"} {day(event.createdAt)} UTC by {event.actor?.name ?? event.actor?.email ?? "a removed user"}
                {event.reason ? `: ${event.reason}` : ""}
              </li>
            ))}
          </ul>
        </footer>
      ) : null}
    </article>
  );
}
