// The shared front door of the app's JSON endpoints (autosave, practice reviews): a cross-site
// check, then the body parsed and validated, each failure answered with a status the browser-side
// queues understand ("rejected" is never retried).
import type { z } from "zod";

/** The origin users reach the app at, which behind a proxy differs from the request's own. */
function publicOrigin() {
  try {
    return process.env.NEXTAUTH_URL ? new URL(process.env.NEXTAUTH_URL).origin : null;
  } catch {
    return null;
  }
}

/**
 * Session cookies are SameSite=Lax and a JSON body forces a CORS preflight; refusing a foreign
 * Origin closes the rest. Returns the refusal, or null when the request may go on.
 */
export function refuseCrossSite(request: Request): Response | null {
  const origin = request.headers.get("origin");
  if (!origin || origin === new URL(request.url).origin || origin === publicOrigin()) return null;
  return Response.json({ status: "rejected", message: "Cross-site request refused." }, { status: 403 });
}

export async function readJsonBody<Schema extends z.ZodType>(request: Request, schema: Schema): Promise<{ data: z.infer<Schema> } | { response: Response }> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return { response: Response.json({ status: "rejected", message: "The request body is not JSON." }, { status: 400 }) };
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    return { response: Response.json({ status: "rejected", message: parsed.error.issues[0]?.message ?? "Invalid request." }, { status: 400 }) };
  }
  return { data: parsed.data };
}
