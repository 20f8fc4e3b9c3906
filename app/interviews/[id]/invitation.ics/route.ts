import { getInvitation } from "@/lib/scheduling/queries";

export const dynamic = "force-dynamic";

/**
 * A calendar invitation (.ics) for the interview: ?for=me (a panelist's own), or, for those who
 * schedule it, ?for=<panelist id> or ?for=candidate. Anything else is a plain 404.
 */
export async function GET(request: Request, context: RouteContext<"/interviews/[id]/invitation.ics">) {
  const url = new URL(request.url);
  const forWhom = (url.searchParams.get("for") ?? "me").slice(0, 100);
  const publicUrl = process.env.NEXTAUTH_URL?.replace(/\/+$/, "") || url.origin;
  const invitation = await getInvitation((await context.params).id, forWhom, publicUrl);
  if (!invitation) return new Response("Not found", { status: 404 });
  return new Response(invitation.content, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8; method=" + (invitation.content.includes("METHOD:CANCEL") ? "CANCEL" : "REQUEST"),
      "Content-Disposition": `attachment; filename="${invitation.filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
