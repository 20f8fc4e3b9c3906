// The browser side of the offline-safe writers (live scoring's autosave, practice grades): one POST,
// with the failures both of them retry turned into statuses they share.

/** No answer at all; the server cannot save now (5xx, or no answer in time); the session is gone. */
export type PostFailure = { status: "network-error" } | { status: "unavailable" } | { status: "signed-out" };

/** POSTs `body` as JSON; a failure to retry comes back as a status, any other answer as the response. */
export async function postJson(url: string, body: unknown): Promise<Response | PostFailure> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
      cache: "no-store",
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    // No answer within the timeout: the server is reachable but stuck (e.g. waiting on its database).
    return { status: error instanceof DOMException && error.name === "TimeoutError" ? "unavailable" : "network-error" };
  }
  if (response.status === 401) return { status: "signed-out" };
  // Restarting servers, proxies and gateways, and a database outage (503) answer 5xx.
  if (response.status >= 500) return { status: "unavailable" };
  return response;
}
