import { prisma } from "@/lib/db";

export const dynamic = "force-dynamic";

/** Liveness and database reachability, for load balancers and uptime checks. */
export async function GET() {
  const started = performance.now();
  try {
    await prisma.$queryRaw`SELECT 1`;
    return Response.json({ app: "ok", database: "ok", databaseMs: Math.round(performance.now() - started) });
  } catch {
    return Response.json({ app: "ok", database: "unreachable" }, { status: 503 });
  }
}
