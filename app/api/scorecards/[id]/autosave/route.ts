import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { prisma } from "@/lib/db";
import { applyAutosave } from "@/lib/scoring/autosave";
import { autosaveWriteSchema, type AutosaveResult } from "@/lib/scoring/schema";

export const dynamic = "force-dynamic";

/** The origin users reach the app at, which behind a proxy differs from the request's own. */
function publicOrigin() {
  try {
    return process.env.NEXTAUTH_URL ? new URL(process.env.NEXTAUTH_URL).origin : null;
  } catch {
    return null;
  }
}

const HTTP_STATUS: Record<AutosaveResult["status"], number> = { saved: 200, conflict: 409, "read-only": 423, "not-found": 404, "signed-out": 401 };

/**
 * One autosave write from the live scoring screen (see lib/scoring/autosave-queue.ts). JSON, not
 * a server action: the queue needs status codes to tell a conflict from an outage, and several
 * targets may be in flight at once (server actions run one at a time per page).
 */
export async function POST(request: Request, context: RouteContext<"/api/scorecards/[id]/autosave">) {
  // Session cookies are SameSite=Lax, and a JSON body forces a CORS preflight; this closes the rest.
  const origin = request.headers.get("origin");
  if (origin && origin !== new URL(request.url).origin && origin !== publicOrigin()) {
    return Response.json({ status: "rejected", message: "Cross-site request refused." }, { status: 403 });
  }
  // The token only: the user's role and sessionVersion are checked inside the write itself
  // (lib/scoring/autosave.ts), which spares this hot path a query.
  const session = await getServerSession(authOptions);
  const author = session?.user?.id ? { id: session.user.id, sessionVersion: session.user.sessionVersion ?? 0 } : null;
  if (!author) return Response.json({ status: "signed-out" }, { status: 401 });

  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ status: "rejected", message: "The request body is not JSON." }, { status: 400 });
  }
  const parsed = autosaveWriteSchema.safeParse(body);
  if (!parsed.success) {
    return Response.json({ status: "rejected", message: parsed.error.issues[0]?.message ?? "Invalid autosave." }, { status: 400 });
  }
  const { id } = await context.params;
  const result = await applyAutosave(prisma, author, id, parsed.data);
  return Response.json(result, { status: HTTP_STATUS[result.status], headers: { "Cache-Control": "no-store" } });
}
