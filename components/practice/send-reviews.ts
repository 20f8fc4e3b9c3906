import { postJson } from "@/lib/http/post-json";
import type { OutboxSendResult } from "@/lib/practice/outbox";
import type { ReviewInput } from "@/lib/practice/schema";

/** POSTs reviews; every way it can fail maps to a result the outbox knows how to handle. */
export async function sendReviews(reviews: ReviewInput[]): Promise<OutboxSendResult> {
  const response = await postJson("/api/practice/reviews", { reviews });
  if (!(response instanceof Response)) return response;
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
