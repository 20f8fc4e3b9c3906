// The one source of "now" for time-based work (reminders, scorecard deadlines, the sweep, what is
// upcoming). Production reads the real time. End-to-end tests move it across processes: a server
// started with E2E_CLOCK_CONTROL=1 adds the offset stored in ClockOffset (set through the
// test-only /api/test/clock route, a 404 everywhere else); no other server ever reads that table.
import type { Database, Transaction } from "@/lib/db-client";

export function clockControlEnabled(env: Record<string, string | undefined> = process.env) {
  return env.E2E_CLOCK_CONTROL === "1";
}

/** The current time: real, or moved ahead by the test offset when clock control is on. */
export async function now(db: Database | Transaction, env: Record<string, string | undefined> = process.env): Promise<Date> {
  const real = Date.now();
  if (!clockControlEnabled(env)) return new Date(real);
  const row = await db.clockOffset.findUnique({ where: { id: 1 }, select: { offsetMs: true } });
  return new Date(real + Number(row?.offsetMs ?? 0));
}

/** Test-only: moves the clock `ms` further ahead (or back, when negative); returns the new time. */
export async function advanceClock(db: Database, ms: number): Promise<Date> {
  const row = await db.clockOffset.upsert({
    where: { id: 1 },
    create: { id: 1, offsetMs: BigInt(Math.trunc(ms)) },
    update: { offsetMs: { increment: BigInt(Math.trunc(ms)) } },
    select: { offsetMs: true },
  });
  return new Date(Date.now() + Number(row.offsetMs));
}
