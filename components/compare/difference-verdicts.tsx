import type { PairComparison } from "@/lib/comparison/compare-precision";
import type { ComparisonView } from "@/lib/comparison/compare-view";
import { sayDifference, sayDifferencesNotYet } from "@/lib/comparison/plain-words-scores";

/** Past this many candidates every pair is too many sentences: only neighbours in the ranking are named. */
const ALL_PAIRS_UP_TO = 6;

/** Which differences between composites are larger than measurement error, in words. */
export function DifferenceVerdicts({ view }: { view: ComparisonView }) {
  const { comparison, names } = view;
  const column = new Map(comparison.candidates.map((candidate, index) => [candidate.id, index]));
  const pairs = comparison.pairs;
  if (pairs.length === 0) return <p className="text-sm text-muted">Fewer than two candidates have ratings to compare.</p>;

  const first = pairs[0]!;
  if (first.comparison.kind === "too-few" && pairs.every((pair) => pair.comparison.kind === "too-few" && pair.scope.key === first.scope.key)) {
    return <p className="text-sm">{sayDifferencesNotYet(first.comparison, first.scope.words)}</p>;
  }

  const ranked = [...comparison.candidates].filter((candidate) => candidate.overall.raw.mean !== null).sort((a, b) => b.overall.raw.mean! - a.overall.raw.mean!);
  const pairOf = (a: string, b: string) => pairs.find((pair) => (pair.a === a && pair.b === b) || (pair.a === b && pair.b === a));
  const shown: PairComparison[] =
    ranked.length <= ALL_PAIRS_UP_TO
      ? ranked.flatMap((a, i) => ranked.slice(i + 1).flatMap((b) => pairOf(a.id, b.id) ?? []))
      : ranked.slice(1).flatMap((b, i) => pairOf(ranked[i]!.id, b.id) ?? []);
  const said = (pair: PairComparison) => {
    // Higher composite first, so "A scored 0.6 points higher than B" reads down the ranking.
    const [a, b] = ranked.findIndex((c) => c.id === pair.a) <= ranked.findIndex((c) => c.id === pair.b) ? [pair.a, pair.b] : [pair.b, pair.a];
    const comparisonAB = pair.a === a || pair.comparison.kind !== "compared" ? pair.comparison : { ...pair.comparison, difference: -pair.comparison.difference };
    return sayDifference(names[column.get(a)!]!, names[column.get(b)!]!, comparisonAB, pair.scope.words);
  };
  return (
    <div className="space-y-2 text-sm">
      {ranked.length > ALL_PAIRS_UP_TO ? <p className="text-muted">Each candidate against the next one down the ranking by composite.</p> : null}
      <ul className="list-disc space-y-1 pl-5" data-testid="difference-verdicts">
        {shown.map((pair) => (
          <li key={`${pair.a}:${pair.b}`}>{said(pair)}</li>
        ))}
      </ul>
    </div>
  );
}
