import { GUEST_HISTORY_KEY, readReviews, toBatch } from "@/lib/practice/outbox";
import { sendReviews } from "./send-reviews";

/**
 * Sends the guest's practice history (kept in this browser) to the account just signed into, once.
 * The server stores each review id once, so a retry or a second tab cannot count it twice. On
 * failure the history stays here and the practice pages' outbox adopts it later. Returns how many
 * reviews were merged.
 */
export async function mergeGuestHistory(): Promise<number> {
  let reviews;
  try {
    reviews = readReviews(window.localStorage, GUEST_HISTORY_KEY);
  } catch {
    return 0;
  }
  if (reviews.length === 0) return 0;
  const result = await sendReviews(toBatch(reviews.slice(0, 500).map((review) => ({ ...review, fromGuest: true }))));
  if (result.status !== "saved") return 0;
  const done = new Set([...result.accepted, ...result.duplicates, ...result.skipped]);
  const left = readReviews(window.localStorage, GUEST_HISTORY_KEY).filter((review) => !done.has(review.id));
  if (left.length === 0) window.localStorage.removeItem(GUEST_HISTORY_KEY);
  else window.localStorage.setItem(GUEST_HISTORY_KEY, JSON.stringify(left));
  return result.accepted.length + result.duplicates.length;
}
