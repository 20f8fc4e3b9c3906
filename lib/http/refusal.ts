// What the browser-side writers (autosave, practice grades) tell a person when the server refuses
// a save outright (400, 403): never retried, so the message must say why and what to do, and the
// edits stay on the device for the person to copy or download from the badge.

/** The body of a refusal from lib/http/json-request.ts. */
export interface RefusalBody {
  status?: string;
  message?: string;
  /** "cross-site": the page's address is not one the server accepts. */
  reason?: string;
  /** The configured public address (NEXTAUTH_URL), when the server has one. */
  acceptedOrigin?: string | null;
}

/**
 * `here` is the page's own origin (window.location.origin); `what` names the work ("edits",
 * "grades") and `fallback` is said when the refusal came without a message (a proxy's own page).
 */
export function refusalMessage(body: RefusalBody | null, here: string, { what = "edits", fallback = "The server refused this change." } = {}): string {
  if (body?.reason === "cross-site") {
    const elsewhere = body.acceptedOrigin && body.acceptedOrigin !== here ? body.acceptedOrigin : "the address your team uses for Interview Bank";
    return `Not saved: this page was opened at an address the server does not accept (${here}). Open it at ${elsewhere} instead. Copy or download your ${what} here first: this browser keeps them separately for each address.`;
  }
  return `Not saved: ${body?.message ?? fallback} Your ${what} are kept on this device: copy or download them from here.`;
}
