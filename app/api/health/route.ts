import { prisma } from "@/lib/db";

export const dynamic = "force-dynamic";

/** A load balancer gives up on a check after a few seconds; a database that hangs is down too. */
const DATABASE_TIMEOUT_MS = 2_000;
const headers = { "Cache-Control": "no-store" };

/** Liveness and database reachability, for load balancers and uptime checks: 503 when the database is not answering. */
export async function GET() {
  const started = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("database timeout")), DATABASE_TIMEOUT_MS);
  });
  try {
    await Promise.race([prisma.$queryRaw`SELECT 1`, timeout]);
    return Response.json({ app: "ok", database: "ok", databaseMs: Math.round(performance.now() - started) }, { headers });
  } catch {
    return Response.json({ app: "ok", database: "unreachable" }, { status: 503, headers });
  } finally {
    clearTimeout(timer);
  }
}
