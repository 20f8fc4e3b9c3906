import type { OutboxSendResult } from "@/lib/practice/outbox";
import type { ReviewInput } from "@/lib/practice/schema";

/** POSTs reviews; every way it can fail maps to a result the outbox knows how to handle. */
export async function sendReviews(reviews: ReviewInput[]): Promise<OutboxSendResult> {
  let response: Response;
  try {
    response = await fetch("/api/practice/reviews", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ reviews }),
      cache: "no-store",
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    // A timeout means the server took the request and did not answer in time: it is there, but struggling.
    return { status: error instanceof DOMException && error.name === "TimeoutError" ? "unavailable" : "network-error" };
  }
  if (response.status === 401) return { status: "signed-out" };
  if (response.status >= 500) return { status: "unavailable" };
  try {
    const body = (await response.json()) as OutboxSendResult & { message?: string };
    if (!response.ok) return { status: "rejected", message: body.message ?? "The server refused these grades." };
    return body;
  } catch {
    return { status: "network-error" };
  }
}

export function newReviewId() {
  return typeof crypto.randomUUID === "function"
    ? crypto.randomUUID()
    : "10000000-1000-4000-8000-100000000000".replace(/[018]/g, (c) => (Number(c) ^ (crypto.getRandomValues(new Uint8Array(1))[0]! & (15 >> (Number(c) / 4)))).toString(16));
}
