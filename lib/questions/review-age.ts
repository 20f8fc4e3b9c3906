// When a question counts as due for review: its `reviewed:` month is 12 or more months ago. The
// bank page filters on it and the question page says so. Months are compared as text (YYYY-MM
// sorts by date); the clock is the caller's, so tests can move it.

export const REVIEW_MAX_AGE_MONTHS = 12;

/** The latest reviewed month that counts as due: 12 months before `now`'s month (UTC). */
export function reviewDueCutoff(now: Date, months = REVIEW_MAX_AGE_MONTHS): string {
  const total = now.getUTCFullYear() * 12 + now.getUTCMonth() - months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}`;
}

export function isReviewDue(reviewed: string, now: Date): boolean {
  return reviewed <= reviewDueCutoff(now);
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2026-12" as "December 2026". */
export function formatMonth(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  return match ? `${MONTHS[Number(match[2]) - 1] ?? match[2]} ${match[1]}` : month;
}
