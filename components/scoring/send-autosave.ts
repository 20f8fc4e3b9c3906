import { postJson } from "@/lib/http/post-json";
import type { SendResult } from "@/lib/scoring/autosave-queue";
import type { AutosaveWrite } from "@/lib/scoring/schema";

/** POSTs one write; every way it can fail maps to a result the queue knows how to handle. */
export async function sendAutosave(scorecardId: string, write: AutosaveWrite): Promise<SendResult> {
  const response = await postJson(`/api/scorecards/${encodeURIComponent(scorecardId)}/autosave`, write);
  if (!(response instanceof Response)) return response;
  try {
    const body = (await response.json()) as SendResult & { message?: string };
    if (response.status === 400 || response.status === 403) return { status: "rejected", message: body.message ?? "The server refused this change." };
    return body;
  } catch {
    return { status: "network-error" };
  }
}
