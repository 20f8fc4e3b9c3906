// The composite score is mechanical on purpose: the plain mean of the 1–4 ratings given, so any
// reader can redo it by hand. Unrated questions (not asked, ran out of time) are left out.
import type { Recommendation } from "@/lib/generated/prisma/enums";

export const RECOMMENDATIONS = ["STRONG_NO", "NO", "YES", "STRONG_YES"] as const satisfies readonly Recommendation[];

export const RECOMMENDATION_LABELS: Record<Recommendation, string> = {
  STRONG_NO: "Strong no",
  NO: "No",
  YES: "Yes",
  STRONG_YES: "Strong yes",
};

/** The midpoint of the 1–4 scale: a composite below it leans "no", at or above it leans "yes". */
export const HIRE_THRESHOLD = 2.5;

export interface Composite {
  /** Mean of the ratings, rounded to two decimals; null when nothing was rated. */
  value: number | null;
  rated: number;
  unrated: number;
  /** "(3 + 4 + 2) ÷ 3 = 3.00": how the value was computed, for the page. */
  explanation: string;
}

export function computeComposite(ratings: readonly (number | null)[]): Composite {
  const given = ratings.filter((rating): rating is number => rating !== null);
  const unrated = ratings.length - given.length;
  if (given.length === 0) return { value: null, rated: 0, unrated, explanation: "No question has been rated yet." };
  const value = Math.round((given.reduce((sum, rating) => sum + rating, 0) / given.length) * 100) / 100;
  return { value, rated: given.length, unrated, explanation: `(${given.join(" + ")}) ÷ ${given.length} = ${value.toFixed(2)}` };
}

/**
 * A recommendation disagrees with the composite when they fall on opposite sides of the
 * threshold: "yes"/"strong yes" below 2.5, or "no"/"strong no" at 2.5 or above. Submitting such
 * a scorecard needs a one-line reason, so a reader of the debrief knows why.
 */
export function recommendationDisagrees(recommendation: Recommendation, composite: number | null) {
  if (composite === null) return false;
  const positive = recommendation === "YES" || recommendation === "STRONG_YES";
  return positive ? composite < HIRE_THRESHOLD : composite >= HIRE_THRESHOLD;
}
