import { RECOMMENDATION_LABELS } from "@/lib/scoring/composite";
import type { Debrief } from "@/lib/debrief/read-debrief";
import { formatDateTime } from "@/lib/format/date-time";

type Revision = Debrief["scorecards"][number]["revisions"][number];

const revisedRating = (revision: Revision, questionId: string) => {
  const ratings = revision.ratings as Record<string, unknown> | null;
  const value = ratings && typeof ratings === "object" ? ratings[questionId] : undefined;
  return typeof value === "number" ? value : null;
};

/**
 * Every submitted scorecard as a column: ratings per question with notes, recommendation,
 * composite and summary. Revisions after the debrief are shown under the submitted value, marked
 * as revisions, never in its place.
 */
export function ScorecardsSideBySide({ debrief, timeZone }: { debrief: Debrief; timeZone: string }) {
  const { scorecards, session } = debrief;
  return (
    <div className="relative overflow-x-auto rounded-xl border border-border" tabIndex={0} role="region" aria-label="Scorecards side by side">
      <table className="w-full min-w-[36rem] text-sm">
        <caption className="sr-only">Each panelist&apos;s submitted scorecard, with revisions after the debrief marked as such</caption>
        <thead>
          <tr className="border-b border-border bg-subtle text-left">
            <th scope="col" className="p-3 font-medium">
              Question
            </th>
            {scorecards.map((card) => (
              <th key={card.id} scope="col" className="p-3 font-medium">
                {card.interviewer.name ?? card.interviewer.email}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {session.questions.map((question, index) => (
            <tr key={question.id} className="border-b border-border align-top">
              <th scope="row" className="p-3 text-left font-normal">
                <span className="text-muted">Q{index + 1}.</span> {question.title}
              </th>
              {scorecards.map((card) => {
                const score = card.scores.find((row) => row.sessionQuestionId === question.id);
                const revised = card.revisions.flatMap((revision) => {
                  const rating = revisedRating(revision, question.id);
                  return rating === null ? [] : [{ id: revision.id, rating }];
                });
                return (
                  <td key={card.id} className="p-3">
                    <span className="font-semibold tabular-nums" data-testid="submitted-rating">
                      {score?.rating ?? "—"}
                    </span>
                    {revised.map((item) => (
                      <span key={item.id} className="ml-2 text-xs text-warning" data-testid="revised-rating">
                        revised to {item.rating}
                      </span>
                    ))}
                    {score?.notes ? <p className="mt-1 whitespace-pre-wrap text-muted">{score.notes}</p> : null}
                  </td>
                );
              })}
            </tr>
          ))}
          <tr className="border-b border-border align-top">
            <th scope="row" className="p-3 text-left font-medium">
              Recommendation
            </th>
            {scorecards.map((card) => (
              <td key={card.id} className="p-3">
                {card.recommendation ? RECOMMENDATION_LABELS[card.recommendation] : "—"}
                {card.revisions
                  .filter((revision) => revision.recommendation)
                  .map((revision) => (
                    <span key={revision.id} className="ml-2 text-xs text-warning">
                      revised to {RECOMMENDATION_LABELS[revision.recommendation!]}
                    </span>
                  ))}
                {card.disagreementReason ? <p className="mt-1 text-muted">Against the composite: {card.disagreementReason}</p> : null}
              </td>
            ))}
          </tr>
          <tr className="border-b border-border align-top">
            <th scope="row" className="p-3 text-left font-medium">
              Composite
            </th>
            {scorecards.map((card) => {
              const last = card.revisions.at(-1);
              return (
                <td key={card.id} className="p-3 tabular-nums">
                  {card.composite === null ? "—" : Number(card.composite).toFixed(2)}
                  {last && last.composite !== null ? <span className="ml-2 text-xs text-warning">revised: {Number(last.composite).toFixed(2)}</span> : null}
                </td>
              );
            })}
          </tr>
          <tr className="align-top">
            <th scope="row" className="p-3 text-left font-medium">
              Summary
            </th>
            {scorecards.map((card) => (
              <td key={card.id} className="p-3">
                <p className="whitespace-pre-wrap">{card.summary || "—"}</p>
                {card.revisions.map((revision) => (
                  <p key={revision.id} className="mt-2 border-l-2 border-warning pl-2 text-xs text-muted">
                    Revision, {formatDateTime(revision.createdAt, timeZone)}: {revision.reason}
                  </p>
                ))}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
