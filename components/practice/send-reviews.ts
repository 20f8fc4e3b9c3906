import { postJson } from "@/lib/http/post-json";
import { refusalMessage, type RefusalBody } from "@/lib/http/refusal";
import type { OutboxSendResult } from "@/lib/practice/outbox";
import type { ReviewInput, UndoInput } from "@/lib/practice/schema";

/** POSTs grades and undos; every way it can fail maps to a result the outbox knows how to handle. */
export async function sendReviews({ reviews, undos = [] }: { reviews: ReviewInput[]; undos?: UndoInput[] }): Promise<OutboxSendResult> {
  const response = await postJson("/api/practice/reviews", { reviews, undos });
  if (!(response instanceof Response)) return response;
  let body: (OutboxSendResult & RefusalBody) | null = null;
  try {
    body = (await response.json()) as OutboxSendResult & RefusalBody;
  } catch {
    if (response.ok) return { status: "network-error" };
  }
  if (!response.ok || !body) return { status: "rejected", message: refusalMessage(body, window.location.origin, { what: "grades", fallback: "The server refused these grades." }) };
  return body;
}

export function newReviewId() {
  return typeof crypto.randomUUID === "function"
    ? crypto.randomUUID()
    : "10000000-1000-4000-8000-100000000000".replace(/[018]/g, (c) => (Number(c) ^ (crypto.getRandomValues(new Uint8Array(1))[0]! & (15 >> (Number(c) / 4)))).toString(16));
}
