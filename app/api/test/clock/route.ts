import { z } from "zod";
import { advanceClock, clockControlEnabled, now } from "@/lib/clock";
import { prisma } from "@/lib/db";
import { sweepNotifications } from "@/lib/notifications/sweep";

export const dynamic = "force-dynamic";

const body = z.object({ advanceMs: z.number().int().min(-1e12).max(1e12).default(0) });

/**
 * Test-only (a 404 unless the server was started with E2E_CLOCK_CONTROL=1): moves the injected
 * clock ahead and runs a sweep in this process at the new time, so a test sees reminders and
 * deadlines fall due without sleeping. Called on two processes at once, it is also how the
 * e2e test makes two sweeps race.
 */
export async function POST(request: Request) {
  if (!clockControlEnabled()) return new Response("Not found", { status: 404 });
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "Send { advanceMs: number }." }, { status: 400 });
  if (parsed.data.advanceMs) await advanceClock(prisma, parsed.data.advanceMs);
  const at = await now(prisma);
  const sweep = await sweepNotifications(prisma, at);
  return Response.json({ now: at.toISOString(), sweep });
}
