import type { Spread } from "@/lib/comparison/describe";
import type { IntervalEstimate } from "@/lib/comparison/icc-intervals";
import { coefficient } from "@/lib/comparison/plain-words-format";

export const fixed = (value: number | null, places = 2) => (value === null ? "–" : value.toFixed(places));

/** "3.33 ± 0.58 (n 3)": the mean, the sample standard deviation and how many ratings. */
export function spreadText(spread: Spread) {
  if (spread.n === 0) return "–";
  return spread.sd === null ? `${fixed(spread.mean)} (n 1)` : `${fixed(spread.mean)} ± ${fixed(spread.sd)} (n ${spread.n})`;
}

/** ".96 (95%: .90 to .99)", or the estimate with why no interval could be sized. */
export function estimateText(estimate: IntervalEstimate) {
  if (estimate.interval) return `${coefficient(estimate.value)} (95%: ${coefficient(estimate.interval.lower)} to ${coefficient(estimate.interval.upper)})`;
  return `${coefficient(estimate.value)} (no interval${estimate.why ? `: ${estimate.why}` : ""})`;
}

/** A rating or composite that may leave the 1–4 scale once adjusted: the number as it is, never clamped. */
export const signedScore = (value: number) => (value < 0 ? `−${Math.abs(value).toFixed(2)}` : value.toFixed(2));
