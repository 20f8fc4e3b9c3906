import type { Spread } from "@/lib/comparison/statistics";

export const fixed = (value: number | null, places = 2) => (value === null ? "–" : value.toFixed(places));

/** "3.33 ± 0.58 (n 3)": the mean, the sample standard deviation and how many ratings. */
export function spreadText(spread: Spread) {
  if (spread.n === 0) return "–";
  return spread.sd === null ? `${fixed(spread.mean)} (n 1)` : `${fixed(spread.mean)} ± ${fixed(spread.sd)} (n ${spread.n})`;
}
