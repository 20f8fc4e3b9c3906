import type { ComparisonView } from "@/lib/comparison/compare-view";
import { sayLeniency } from "@/lib/comparison/plain-words-scores";

/** Per compared scorecard: the interviewer's leniency at the time it was submitted, or why the ratings are shown as given. */
export function AdjustmentList({ view }: { view: ComparisonView }) {
  const { comparison, names } = view;
  return (
    <div className="space-y-3 text-sm" data-testid="adjustments">
      {comparison.candidates.map((candidate, column) => {
        const own = comparison.adjustments.filter((adjustment) => adjustment.candidateId === candidate.id);
        if (own.length === 0) return null;
        return (
          <section key={candidate.id} aria-label={`Adjustments for ${names[column]}`}>
            <h3 className="font-medium">{names[column]}</h3>
            <ul className="list-disc space-y-1 pl-5">
              {own.map((adjustment) => (
                <li key={adjustment.scorecardId}>{sayLeniency(adjustment.leniency, adjustment.interviewer)}</li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
