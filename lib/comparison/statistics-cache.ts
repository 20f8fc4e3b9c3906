// Caches for the statistics, keyed by what the figures are computed from, so nothing ever needs
// invalidating by hand:
//   - a submitted scorecard's ratings, by (scorecard id, submittedAt). Ratings cannot change while a
//     scorecard is submitted (autosave refuses it: lib/scoring/autosave.ts); a reopen clears
//     submittedAt and a new submit sets a new one, which is a new key.
//   - a G study, or calibration's figures, by the scope and a digest of the exact set of
//     (scorecard id, submittedAt, plan) the viewer may read in it: a submit, a reopen, a cancelled or
//     deleted interview or plan, or a viewer who may read a different set all give a different key.
// Entries are never wrong, only unused; the maps are bounded (the oldest entries go first).
// Measured on 500 interviews × 3 × 8 (docs/performance.md): the G study takes about 40% of a cold
// comparison and reading every rating most of the rest.
import { createHash } from "node:crypto";

export interface CachedRating {
  questionKey: string;
  rating: number;
}

const MAX_SCORECARDS = 200_000;
const MAX_RESULTS = 2_000;

const ratingsByScorecard = new Map<string, CachedRating[]>();
const results = new Map<string, unknown>();

export const scorecardKey = (card: { id: string; submittedAt: Date }) => `${card.id}@${card.submittedAt.getTime()}`;

export function cachedRatings(card: { id: string; submittedAt: Date }): CachedRating[] | undefined {
  return ratingsByScorecard.get(scorecardKey(card));
}

export function cacheRatings(card: { id: string; submittedAt: Date }, ratings: CachedRating[]) {
  if (ratingsByScorecard.size >= MAX_SCORECARDS) ratingsByScorecard.delete(ratingsByScorecard.keys().next().value!);
  ratingsByScorecard.set(scorecardKey(card), ratings);
}

/**
 * A digest of a set of scorecards as submitted, with the plan of their interview (a deleted plan moves its
 * interviews to "without a plan"): the same set, in any order, gives the same digest.
 */
export function digestOf(cards: readonly { id: string; submittedAt: Date; planId: string | null }[]): string {
  const keys = cards.map((card) => `${scorecardKey(card)}@${card.planId ?? ""}`).sort();
  return createHash("sha256").update(keys.join("\n")).digest("base64url");
}

/** The value computed for `key`, computing it once. */
export function memoised<T>(key: string, compute: () => T): T {
  if (results.has(key)) {
    const value = results.get(key) as T;
    // Refresh its place: the map's order is the eviction order.
    results.delete(key);
    results.set(key, value);
    return value;
  }
  const value = compute();
  if (results.size >= MAX_RESULTS) results.delete(results.keys().next().value!);
  results.set(key, value);
  return value;
}

/** Empties every cache of the statistics (the benchmark's cold runs, and tests that want them). */
export function clearStatisticsCaches() {
  ratingsByScorecard.clear();
  results.clear();
}
