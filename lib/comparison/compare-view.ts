// How a comparison is laid out on the page and in its CSV: which label each candidate carries and in
// which order the columns come. In blind mode the columns follow the letters (A, B, C…), never the
// order the candidates were picked in: the picker lists people alphabetically, so picking order
// would give the names back as surely as alphabetical letters did (issue 13).
import type { Comparison } from "./compare-candidates";

export interface ComparisonView {
  comparison: Comparison;
  /** Per column, the candidate's name, or "Candidate X" in blind mode. */
  names: string[];
  /** Per column, the candidate's letter in blind mode (null otherwise). */
  letters: (string | null)[];
}

export function comparisonView(comparison: Comparison, blind: boolean, letters: ReadonlyMap<string, string>): ComparisonView {
  if (!blind) return { comparison, names: comparison.candidates.map((candidate) => candidate.name), letters: comparison.candidates.map(() => null) };
  const letterOf = (id: string) => {
    const letter = letters.get(id);
    if (!letter) throw new Error("comparisonView: a compared candidate has no blind letter");
    return letter;
  };
  // Shorter letters first, so "Z" comes before "AA".
  const byLetter = (a: string, b: string) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
  const order = comparison.candidates.map((candidate, index) => ({ index, letter: letterOf(candidate.id) })).sort((a, b) => byLetter(a.letter, b.letter));
  const pick = <T>(items: readonly T[]) => order.map(({ index }) => items[index]!);
  return {
    comparison: {
      ...comparison,
      candidates: pick(comparison.candidates),
      rows: comparison.rows.map((row) => ({ ...row, cells: pick(row.cells) })),
      competencies: comparison.competencies.map((competency) => ({ ...competency, perCandidate: pick(competency.perCandidate) })),
    },
    names: order.map(({ letter }) => `Candidate ${letter}`),
    letters: order.map(({ letter }) => letter),
  };
}
