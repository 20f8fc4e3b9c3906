// "Did you mean …?" for the question-set parser: a misspelt key, section or value gets the closest
// allowed spelling in its message.
import { quote } from "./parse-text";

/** A candidate the input is probably a misspelling of, or null. */
export function didYouMean(input: string, candidates: readonly string[]): string | null {
  const squash = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, "");
  const sameLetters = candidates.find((candidate) => squash(candidate) === squash(input));
  if (sameLetters !== undefined) return sameLetters;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(input.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  if (best === null) return null;
  const tolerance = best.length <= 4 ? 1 : best.length <= 8 ? 2 : 3;
  return bestDistance <= tolerance ? best : null;
}

/** Optimal-string-alignment distance: Levenshtein plus adjacent swaps ("titel" → "title" is 1). */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Infinity; // too far apart to be a typo; skip the work
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = value;
    }
  }
  return rows[a.length]![b.length]!;
}

export function suggestion(input: string, candidates: readonly string[]): string {
  const match = didYouMean(input, candidates);
  return match === null ? "" : `: did you mean ${quote(match)}?`;
}

export function oneOf(values: readonly string[]): string {
  return values.join(", ");
}

export function enumMessage(key: string, value: string, allowed: readonly string[]): string {
  const hint = didYouMean(value, allowed);
  return `${key} must be one of ${oneOf(allowed)}; got ${quote(value)}${hint === null ? "" : ` (did you mean ${quote(hint)}?)`}`;
}
