import { postJson } from "@/lib/http/post-json";
import { refusalMessage, type RefusalBody } from "@/lib/http/refusal";
import type { SendResult } from "@/lib/scoring/autosave-queue";
import type { AutosaveWrite } from "@/lib/scoring/schema";

/** POSTs one write; every way it can fail maps to a result the queue knows how to handle. */
export async function sendAutosave(scorecardId: string, write: AutosaveWrite): Promise<SendResult> {
  const response = await postJson(`/api/scorecards/${encodeURIComponent(scorecardId)}/autosave`, write);
  if (!(response instanceof Response)) return response;
  let body: (SendResult & RefusalBody) | null = null;
  try {
    body = (await response.json()) as SendResult & RefusalBody;
  } catch {
    // A refusal without a JSON body (a proxy's own 403 page) is still a refusal.
    if (response.status !== 400 && response.status !== 403) return { status: "network-error" };
  }
  if (response.status === 400 || response.status === 403 || !body) return { status: "rejected", message: refusalMessage(body, window.location.origin) };
  return body;
}
