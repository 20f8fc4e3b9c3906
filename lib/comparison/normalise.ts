// Leniency normalisation: some interviewers rate everyone a 3, others rarely give above a 2. Expressing a
// rating as a z-score against that interviewer's own history makes "a 3 from a hard marker" comparable.
import type { Spread } from "./describe";

/** Fewer ratings than this and an interviewer's mean and sd say more about luck than about leniency. */
export const MIN_HISTORY_FOR_NORMALISATION = 5;

export const RATING_SCALE_MIN = 1;
export const RATING_SCALE_MAX = 4;

/**
 * z = (rating − mean_interviewer) / sd_interviewer, where the history is every rating the interviewer gave on
 * submitted scorecards. Null when the history is too short (< MIN_HISTORY_FOR_NORMALISATION) or has no
 * spread (sd 0: everything they gave was the same, so "how unusual is this rating for them" has no answer).
 */
export function zScore(rating: number, interviewerHistory: Spread): number | null {
  const { n, mean, sd } = interviewerHistory;
  if (n < MIN_HISTORY_FOR_NORMALISATION || mean === null || sd === null || sd === 0) return null;
  return (rating - mean) / sd;
}

/**
 * Back onto the 1–4 scale for display: pool.mean + z · pool.sd, clamped to [1, 4], where the pool is the
 * ratings of all interviewers. A pool with fewer than 2 ratings has no sd and every z maps to its mean.
 */
export function toScale(z: number, pool: Spread): number {
  if (pool.mean === null) throw new RangeError("toScale: the pool has no ratings");
  const value = pool.mean + z * (pool.sd ?? 0);
  return Math.min(RATING_SCALE_MAX, Math.max(RATING_SCALE_MIN, value));
}
