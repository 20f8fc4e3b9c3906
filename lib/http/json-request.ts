// The shared front door of the app's JSON endpoints (autosave, practice reviews): a cross-site
// check, then the body parsed and validated, each failure answered with a status the browser-side
// queues understand ("rejected" is never retried).
import type { z } from "zod";
import { isSameOrigin, publicHost } from "./forwarded";

/**
 * Session cookies are SameSite=Lax and a JSON body forces a CORS preflight; refusing a foreign
 * Origin closes the rest. Same-origin is judged as Next.js judges server actions: the Origin's
 * host against the host the request arrived at (lib/http/forwarded.ts decides which forwarded
 * Host to believe), or the configured public URL. Not `request.url`: Next builds that from its
 * own hostname ("localhost"), whatever address the browser used.
 * Returns the refusal, or null when the request may go on.
 */
export function refuseCrossSite(request: Request): Response | null {
  if (isSameOrigin(request.headers.get("origin"), request.headers)) return null;
  // The page that sent it learns the address that would work (lib/http/refusal.ts words it).
  const acceptedOrigin = publicHost() ? new URL(process.env.NEXTAUTH_URL!).origin : null;
  return Response.json({ status: "rejected", reason: "cross-site", acceptedOrigin, message: "Cross-site request refused." }, { status: 403 });
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
