// Signed-in browsers and devices. Sessions are JWTs (credentials sign-in needs them), so each token
// names a UserSession row in its `sid` claim: a token stands while its row exists and belongs to
// the user's current sessionVersion. Ending a session deletes its row; "sign out everywhere" and a
// password change bump the version (the latter moves the current row along, so it stays).
// next-auth's own `jti` cannot serve: next-auth/jwt's encode() sets a new one every time it
// re-encodes the token (node_modules/next-auth/jwt/index.js, `setJti(uuid())`).
import { randomBytes } from "node:crypto";
import type { Database, Transaction } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

/** A JS time as the UTC `timestamp(3)` Prisma stores, whatever time zone the connection has. */
const at = (time: Date) => Prisma.sql`(to_timestamp(${time.getTime()}::float8 / 1000) AT TIME ZONE 'UTC')`;

/** How long a sign-in lasts without being used (next-auth's session maxAge). */
export const SESSION_MAX_AGE_S = 12 * 60 * 60;

/** lastSeenAt is written at most this often, so a busy session costs one read per request, not a write. */
export const TOUCH_INTERVAL_MS = 5 * 60_000;

/** A row not seen for this long belongs to a token that has expired: it is listed no more and purged. */
export const SESSION_IDLE_LIMIT_MS = SESSION_MAX_AGE_S * 1000 + TOUCH_INTERVAL_MS;

const MAX_USER_AGENT = 512;
const MAX_ADDRESS = 100;

/** The signed-in user's row and their session's, read together on every request. */
export interface SessionUserRow {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  sessionVersion: number;
  canEditBank: boolean;
  deletedAt: Date | null;
  /** The token's session row; null when it has none (ended, or a token without a session id). */
  session: { sessionVersion: number; lastSeenAt: Date } | null;
}

/**
 * The user and the token's session row in one statement (primary keys on both sides): the one
 * read each authenticated request makes, as before sessions had rows.
 */
export async function readSessionUserRow(db: Database, userId: string, sessionId: string | null): Promise<SessionUserRow | null> {
  const rows = await db.$queryRaw<(Omit<SessionUserRow, "session"> & { rowVersion: number | null; lastSeenAt: Date | null })[]>`
    SELECT u."id", u."email", u."name", u."role"::text AS "role", u."sessionVersion", u."canEditBank", u."deletedAt",
           s."sessionVersion" AS "rowVersion", s."lastSeenAt"
    FROM "User" u
    LEFT JOIN "UserSession" s ON s."id" = ${sessionId ?? ""} AND s."userId" = u."id"
    WHERE u."id" = ${userId}`;
  const [row] = rows;
  if (!row) return null;
  const { rowVersion, lastSeenAt, ...user } = row;
  return { ...user, session: rowVersion !== null && lastSeenAt !== null ? { sessionVersion: rowVersion, lastSeenAt } : null };
}

/** Whether a token with a session id still stands: its row exists, for the current sessionVersion, of a user not deleted. */
export function sessionStands(row: SessionUserRow | null): row is SessionUserRow & { session: NonNullable<SessionUserRow["session"]> } {
  return row !== null && row.deletedAt === null && row.session !== null && row.session.sessionVersion === row.sessionVersion;
}

const clip = (text: string, max: number) => text.replace(/[\u0000-\u001f\u007f]/g, " ").slice(0, max);

export interface RequestFacts {
  userAgent: string;
  address: string;
}

/**
 * A new session at sign-in: its row, with the browser and address it came from. The user's rows
 * that no longer stand (ended by a version bump, or idle past the token's life) go at the same time.
 */
export async function startUserSession(db: Database, userId: string, facts: RequestFacts, now = new Date()) {
  const id = randomBytes(24).toString("base64url");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
    await tx.userSession.deleteMany({
      where: { userId, OR: [{ sessionVersion: { not: user.sessionVersion } }, { lastSeenAt: { lt: new Date(now.getTime() - SESSION_IDLE_LIMIT_MS) } }] },
    });
    const address = clip(facts.address, MAX_ADDRESS);
    await tx.userSession.create({
      data: { id, userId, sessionVersion: user.sessionVersion, userAgent: clip(facts.userAgent, MAX_USER_AGENT), address, lastAddress: address, createdAt: now, lastSeenAt: now },
      select: { id: true },
    });
    return { id, sessionVersion: user.sessionVersion };
  });
}

/** Whether a session last seen at `lastSeenAt` is due for a new lastSeenAt. */
export function touchDue(lastSeenAt: Date, now: Date) {
  return now.getTime() - lastSeenAt.getTime() >= TOUCH_INTERVAL_MS;
}

/** Records that the session was used now, from `address`; a no-op if another request just did. */
export async function touchUserSession(db: Database, sessionId: string, address: string, now = new Date()) {
  await db.userSession.updateMany({
    where: { id: sessionId, lastSeenAt: { lt: new Date(now.getTime() - TOUCH_INTERVAL_MS) } },
    data: { lastSeenAt: now, lastAddress: clip(address, MAX_ADDRESS) },
  });
}

/** The user's sessions that still stand, most recently used first. */
export async function listUserSessions(db: Database, userId: string, now = new Date()) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  if (!user) return [];
  return db.userSession.findMany({
    where: { userId, sessionVersion: user.sessionVersion, lastSeenAt: { gte: new Date(now.getTime() - SESSION_IDLE_LIMIT_MS) } },
    orderBy: [{ lastSeenAt: "desc" }, { createdAt: "desc" }],
    select: { id: true, userAgent: true, address: true, lastAddress: true, createdAt: true, lastSeenAt: true },
  });
}

/** Ends one session of this user (another user's session id ends nothing). */
export async function endUserSession(db: Database | Transaction, userId: string, sessionId: string) {
  const { count } = await db.userSession.deleteMany({ where: { id: sessionId, userId } });
  return count;
}

/** Ends every session of this user except `keep` (every one when `keep` is null). */
export async function endOtherUserSessions(db: Database | Transaction, userId: string, keep: string | null) {
  const { count } = await db.userSession.deleteMany({ where: { userId, ...(keep ? { id: { not: keep } } : {}) } });
  return count;
}

/** Sign-out of one browser: its row goes (the token is refused from then on, wherever it was copied). */
export async function endSessionById(db: Database, sessionId: string) {
  await db.userSession.deleteMany({ where: { id: sessionId } });
}

/** Daily: rows that no longer stand (idle past the token's life, or of an older sessionVersion). */
export async function purgeEndedSessions(db: Database, now = new Date()) {
  return db.$executeRaw`
    DELETE FROM "UserSession" s USING "User" u
    WHERE s."userId" = u."id"
      AND (s."lastSeenAt" < ${at(new Date(now.getTime() - SESSION_IDLE_LIMIT_MS))} OR s."sessionVersion" <> u."sessionVersion")`;
}
