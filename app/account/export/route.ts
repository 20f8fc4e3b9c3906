import { accountDataFilename, accountDataZip, collectAccountData } from "@/lib/account/export";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getCurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";

export const dynamic = "force-dynamic";

/** The signed-in user's own data: ?format=json (one file) or ?format=csv (a zip of CSV files). */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in to download your data.", { status: 401 });
  const format = new URL(request.url).searchParams.get("format") === "csv" ? "zip" : "json";
  const now = new Date();
  const data = await collectAccountData(prisma, user.id, now);
  if (!data) return new Response("Sign in to download your data.", { status: 401 });
  await recordAuditEvent(prisma, { actorId: user.id, action: "user.data-export", targetType: "user", targetId: user.id, details: { format } });
  const headers = { "Content-Disposition": `attachment; filename="${accountDataFilename(format, now)}"`, "Cache-Control": "no-store" };
  if (format === "zip") return new Response(Buffer.from(accountDataZip(data)), { headers: { ...headers, "Content-Type": "application/zip" } });
  return new Response(JSON.stringify(data, null, 2), { headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
}
