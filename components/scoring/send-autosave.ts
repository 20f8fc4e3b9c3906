import type { SendResult } from "@/lib/scoring/autosave-queue";
import type { AutosaveWrite } from "@/lib/scoring/schema";

/** POSTs one write; every way it can fail maps to a result the queue knows how to handle. */
export async function sendAutosave(scorecardId: string, write: AutosaveWrite): Promise<SendResult> {
  let response: Response;
  try {
    response = await fetch(`/api/scorecards/${encodeURIComponent(scorecardId)}/autosave`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(write),
      cache: "no-store",
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    // No answer within the timeout: the server is reachable but stuck (e.g. waiting on its database).
    return { status: error instanceof DOMException && error.name === "TimeoutError" ? "unavailable" : "network-error" };
  }
  if (response.status === 401) return { status: "signed-out" };
  // Restarting servers, proxies and gateways, and a database outage (503) answer 5xx: retried.
  if (response.status >= 500) return { status: "unavailable" };
  try {
    const body = (await response.json()) as SendResult & { message?: string };
    if (response.status === 400 || response.status === 403) return { status: "rejected", message: body.message ?? "The server refused this change." };
    return body;
  } catch {
    return { status: "network-error" };
  }
}
