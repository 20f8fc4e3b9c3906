import "server-only";
import { createHash } from "node:crypto";
import { prisma } from "@/lib/db";

// Failed sign-ins are counted per email + client IP in PostgreSQL, so every app process agrees.
// After FREE_ATTEMPTS failures inside the window, each further failure locks that pair out for
// twice as long as the last, up to MAX_LOCK_MS.
const FREE_ATTEMPTS = 5;
const WINDOW_MS = 15 * 60_000;
const FIRST_LOCK_MS = 30_000;
const MAX_LOCK_MS = 15 * 60_000;

function throttleKey(email: string, ip: string) {
  return createHash("sha256").update(`${email.trim().toLowerCase()}|${ip}`).digest("hex");
}

/** Milliseconds until this email + IP may try again (0 when it may try now). */
export async function loginRetryDelay(email: string, ip: string, now = new Date()) {
  const row = await prisma.loginThrottle.findUnique({
    where: { key: throttleKey(email, ip) },
    select: { lockedUntil: true },
  });
  const lockedUntil = row?.lockedUntil?.getTime() ?? 0;
  return Math.max(0, lockedUntil - now.getTime());
}

export async function recordFailedLogin(email: string, ip: string, now = new Date()) {
  const key = throttleKey(email, ip);
  await prisma.$transaction(async (tx) => {
    const row = await tx.loginThrottle.findUnique({ where: { key }, select: { failures: true, windowStart: true } });
    const windowExpired = !row || now.getTime() - row.windowStart.getTime() > WINDOW_MS;
    const failures = windowExpired ? 1 : row.failures + 1;
    const excess = failures - FREE_ATTEMPTS;
    const lockedUntil = excess > 0 ? new Date(now.getTime() + Math.min(FIRST_LOCK_MS * 2 ** (excess - 1), MAX_LOCK_MS)) : null;
    await tx.loginThrottle.upsert({
      where: { key },
      create: { key, failures, windowStart: now, lockedUntil },
      update: { failures, lockedUntil, ...(windowExpired ? { windowStart: now } : {}) },
    });
  });
}

export async function clearFailedLogins(email: string, ip: string) {
  await prisma.loginThrottle.deleteMany({ where: { key: throttleKey(email, ip) } });
}
