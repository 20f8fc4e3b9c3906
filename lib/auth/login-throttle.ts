// No "server-only" marker: the job worker (scripts/server.ts, outside Next.js) purges expired counts.
import { createHash } from "node:crypto";
import type { Database } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Sign-in attempts are counted in PostgreSQL (every app process agrees) under two keys: the email
 * with the client's address (guessing one account's password) and the address alone, across every
 * email (password spraying: a few common passwords tried on many accounts). When a key reaches its
 * limit inside the window it is locked for FIRST_LOCK, and each further attempt after a lock ends
 * locks it for twice as long, up to MAX_LOCK. A lock refuses even the right password.
 */
export const SIGN_IN_LIMITS = {
  /** Attempts for one email from one address; the 5th failure locks. */
  perAccount: 5,
  /** Attempts from one address across every email; the 20th failure locks. */
  perAddress: 20,
  windowMs: 15 * 60_000,
  firstLockMs: 30_000,
  maxLockMs: 15 * 60_000,
} as const;

function accountKey(email: string, address: string) {
  return createHash("sha256").update(`${email.trim().toLowerCase()}|${address}`).digest("hex");
}

// No email contains a space, so this can never equal an account key's input.
function addressKey(address: string) {
  return createHash("sha256").update(`address ${address}`).digest("hex");
}

/** A JS time as the UTC `timestamp(3)` Prisma stores, however the driver would send a Date. */
const at = (time: Date) => Prisma.sql`(to_timestamp(${time.getTime()}::float8 / 1000) AT TIME ZONE 'UTC')`;

/** A stored time as whole epoch milliseconds (it is stored to the millisecond). */
const lockMs = (column: Prisma.Sql) => Prisma.sql`round(EXTRACT(EPOCH FROM ${column}) * 1000)::float8`;

/** The lock a key gets once its count reaches `limit`: FIRST_LOCK, doubling per attempt past it. */
function lockFor(count: Prisma.Sql, limit: number, now: Prisma.Sql) {
  const { firstLockMs, maxLockMs } = SIGN_IN_LIMITS;
  return Prisma.sql`CASE WHEN ${count} >= ${limit}::int
    THEN ${now} + LEAST(${firstLockMs}::float8 * power(2, LEAST(${count} - ${limit}::int, 30)), ${maxLockMs}::float8) * interval '1 millisecond' END`;
}

/**
 * One key's upsert: a new row counts 1; an existing one restarts at 1 once its window has passed,
 * else counts one more; the lock follows from the count. A locked row is left alone and returns
 * nothing, so the caller knows the attempt was refused.
 */
function countAttempt(key: string, limit: number, now: Prisma.Sql, source: Prisma.Sql) {
  const expired = Prisma.sql`t."windowStart" < ${now} - ${SIGN_IN_LIMITS.windowMs}::float8 * interval '1 millisecond'`;
  const next = Prisma.sql`(CASE WHEN ${expired} THEN 1 ELSE t."failures" + 1 END)`;
  return Prisma.sql`
    INSERT INTO "LoginThrottle" AS t ("key", "failures", "windowStart", "lockedUntil", "updatedAt")
    SELECT ${key}, 1, ${now}, ${lockFor(Prisma.sql`1`, limit, now)}, ${now} ${source}
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = ${next},
      "windowStart" = CASE WHEN ${expired} THEN ${now} ELSE t."windowStart" END,
      "lockedUntil" = ${lockFor(next, limit, now)},
      "updatedAt" = ${now}
    WHERE t."lockedUntil" IS NULL OR t."lockedUntil" <= ${now}
    RETURNING t."lockedUntil"`;
}

/** An attempt that may be checked; `signInSucceeded` takes it back when the password was right. */
export interface SignInAttempt {
  /** The address's lock this attempt set (epoch ms), if it was the one that reached the limit. */
  addressLockMs: number | null;
}

/**
 * Counts a sign-in attempt as a failure before its password is checked, and says whether it may
 * be checked at all (null: locked). One statement, so concurrent attempts queue on the row lock
 * and each sees the count the one before it left: 40 guesses at once get 5 password checks, not 40.
 * The address is counted only when the account was (an attempt refused for its account does not
 * use up the address's allowance); in the rare race where the address locks in between, the
 * attempt is refused and stays counted for that email from that address only.
 */
export async function beginSignInAttempt(db: Database, email: string, address: string, now = new Date()): Promise<SignInAttempt | null> {
  const time = at(now);
  const addressLocked = Prisma.sql`WHERE NOT EXISTS (
    SELECT 1 FROM "LoginThrottle" WHERE "key" = ${addressKey(address)} AND "lockedUntil" > ${time})`;
  const rows = await db.$queryRaw<{ lockMs: number | null }[]>`
    WITH account AS (${countAttempt(accountKey(email, address), SIGN_IN_LIMITS.perAccount, time, addressLocked)}),
    address AS (${countAttempt(addressKey(address), SIGN_IN_LIMITS.perAddress, time, Prisma.sql`FROM account`)})
    SELECT ${lockMs(Prisma.sql`"lockedUntil"`)} AS "lockMs" FROM address`;
  const [row] = rows;
  return row ? { addressLockMs: row.lockMs !== null && row.lockMs > now.getTime() ? row.lockMs : null } : null;
}

/**
 * The right password: forget this email's failures from this address (as before), and take back
 * the attempt counted against the address, with the lock it set if it was the one that reached the
 * limit, so people signing in from one office never add up. Failures from the address stay
 * counted: signing in to one's own account between guesses at others' must not reset a spray.
 */
export async function signInSucceeded(db: Database, email: string, address: string, attempt: SignInAttempt, now = new Date()) {
  await db.$executeRaw`
    WITH cleared AS (DELETE FROM "LoginThrottle" WHERE "key" = ${accountKey(email, address)})
    UPDATE "LoginThrottle" SET
      "failures" = GREATEST("failures" - 1, 0),
      "lockedUntil" = CASE WHEN ${lockMs(Prisma.sql`"lockedUntil"`)} = ${attempt.addressLockMs}::float8 THEN NULL ELSE "lockedUntil" END,
      "updatedAt" = ${at(now)}
    WHERE "key" = ${addressKey(address)}`;
}

export interface ThrottleState {
  failures: number;
  /** Milliseconds until attempts are checked again (0: not locked). */
  lockedForMs: number;
}

/** What is stored for this email from this address, and for the address alone. */
export async function signInThrottleState(db: Database, email: string, address: string, now = new Date()) {
  const read = async (key: string): Promise<ThrottleState> => {
    const row = await db.loginThrottle.findUnique({ where: { key }, select: { failures: true, lockedUntil: true } });
    return { failures: row?.failures ?? 0, lockedForMs: Math.max(0, (row?.lockedUntil?.getTime() ?? 0) - now.getTime()) };
  };
  return { account: await read(accountKey(email, address)), address: await read(addressKey(address)) };
}

/**
 * Daily: rows whose window has passed and whose lock has ended count for nothing any more (the
 * next attempt would restart them at 1), and their keys are derived from emails and addresses.
 */
export async function purgeExpiredThrottles(db: Database, now = new Date()) {
  const time = at(now);
  return db.$executeRaw`
    DELETE FROM "LoginThrottle"
    WHERE "windowStart" < ${time} - ${SIGN_IN_LIMITS.windowMs}::float8 * interval '1 millisecond'
      AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${time})`;
}
