import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { prisma } from "@/lib/db";
import { answeringDatabaseOutage } from "@/lib/http/database-outage";
import { readJsonBody, refuseCrossSite } from "@/lib/http/json-request";
import { applyAutosave } from "@/lib/scoring/autosave";
import { autosaveWriteSchema, type AutosaveResult } from "@/lib/scoring/schema";

export const dynamic = "force-dynamic";

const HTTP_STATUS: Record<AutosaveResult["status"], number> = { saved: 200, conflict: 409, "read-only": 423, "not-found": 404, "signed-out": 401 };

/**
 * One autosave write from the live scoring screen (see lib/scoring/autosave-queue.ts). JSON, not
 * a server action: the queue needs status codes to tell a conflict from an outage, and several
 * targets may be in flight at once (server actions run one at a time per page).
 */
export async function POST(request: Request, context: RouteContext<"/api/scorecards/[id]/autosave">) {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  // The token only: the user's role and sessionVersion are checked inside the write itself
  // (lib/scoring/autosave.ts), which spares this hot path a query.
  const session = await getServerSession(authOptions);
  const author = session?.user?.id ? { id: session.user.id, sessionVersion: session.user.sessionVersion ?? 0 } : null;
  if (!author) return Response.json({ status: "signed-out" }, { status: 401 });

  const body = await readJsonBody(request, autosaveWriteSchema);
  if ("response" in body) return body.response;
  const { id } = await context.params;
  // A database restarting answers 503, which the queue retries with the same writeId.
  return answeringDatabaseOutage(async () => {
    const result = await applyAutosave(prisma, author, id, body.data);
    return Response.json(result, { status: HTTP_STATUS[result.status], headers: { "Cache-Control": "no-store" } });
  });
}
