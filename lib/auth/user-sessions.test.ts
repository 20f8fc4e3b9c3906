import { PrismaPg } from "@prisma/adapter-pg";
import type { JWT } from "next-auth/jwt";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase } from "../../tests/test-database";
import { actAs } from "../../tests/next-boundary";
import type { Database } from "../db-client";
import { PrismaClient } from "../generated/prisma/client";
import {
  endOtherUserSessions,
  endUserSession,
  listUserSessions,
  purgeEndedSessions,
  readSessionUserRow,
  sessionStands,
  SESSION_IDLE_LIMIT_MS,
  startUserSession,
  touchUserSession,
  TOUCH_INTERVAL_MS,
} from "./user-sessions";

vi.mock("next-auth", () => import("../../tests/next-boundary"));
vi.mock("next/cache", () => import("../../tests/next-boundary"));

let db: Database;
/** Every SQL statement the app's own client (lib/db) sends, as Prisma reports it. */
const statements: string[] = [];
let options: typeof import("./options");
let auth: typeof import("./actions");

beforeAll(async () => {
  const created = await createTestDatabase();
  db = created.prisma;
  process.env.DATABASE_URL = created.url;
  // lib/db takes the client parked on globalThis (as in development): this one reports its queries.
  const counted = new PrismaClient({ adapter: new PrismaPg({ connectionString: created.url }), log: [{ emit: "event", level: "query" }] });
  counted.$on("query", (event) => statements.push(event.query));
  (globalThis as { prisma?: unknown }).prisma = counted;
  options = await import("./options");
  auth = await import("./actions");
  return () => counted.$disconnect();
});

const person = (email: string) => db.user.create({ data: { email, name: email.split("@")[0], role: "CANDIDATE" }, select: { id: true } });
const facts = { userAgent: "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", address: "203.0.113.7" };

/** next-auth's jwt callback, as every request runs it on the token from the cookie. */
async function jwt(token: JWT, user?: { id: string }) {
  return options.authOptions.callbacks!.jwt!({ token, user: user as never, account: null });
}

describe("a session row per sign-in", () => {
  it("is made at sign-in, named in the token, and read with the user in one statement per request", async () => {
    const { id } = await person("row@sessions.test");
    const token = await jwt({ sub: id }, { id });
    expect(token.sid).toEqual(expect.any(String));
    expect(await db.userSession.findUniqueOrThrow({ where: { id: token.sid! }, select: { userId: true, sessionVersion: true } })).toEqual({ userId: id, sessionVersion: 0 });

    statements.length = 0;
    await jwt(token);
    // The user and the session row come from one SELECT: the one read a request made before
    // sessions had rows. (lastSeenAt was just written at sign-in, so no touch is due.)
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/FROM "User" u\s+LEFT JOIN "UserSession" s/);
  });

  it("is refused once its row is gone, for a token without a session id, and after sign out everywhere", async () => {
    const { id } = await person("refused@sessions.test");
    const kept = await jwt({ sub: id }, { id });
    const ended = await jwt({ sub: id }, { id });
    expect(await endUserSession(db, id, ended.sid!)).toBe(1);
    await expect(jwt(ended)).rejects.toThrow(/session was ended/);
    await expect(jwt({ sub: id, sessionVersion: 0 })).rejects.toThrow(/session was ended/);
    await expect(jwt(kept)).resolves.toMatchObject({ sid: kept.sid });

    actAs({ id, sessionVersion: 0 });
    expect(await auth.signOutEverywhere()).toMatchObject({ ok: true });
    await expect(jwt(kept)).rejects.toThrow(/session was ended/);
    expect(await db.userSession.count({ where: { userId: id } })).toBe(0);
  });

  it("belongs to its user: another user's id with this session id is refused, and so is a deleted user's", async () => {
    const owner = await person("owner@sessions.test");
    const other = await person("other@sessions.test");
    const token = await jwt({ sub: owner.id }, owner);
    await expect(jwt({ ...token, sub: other.id })).rejects.toThrow(/session was ended/);
    await db.user.update({ where: { id: owner.id }, data: { deletedAt: new Date() } });
    await expect(jwt(token)).rejects.toThrow(/session was ended/);
  });

  it("records the browser and address, and lastSeenAt at most every five minutes", async () => {
    const { id } = await person("touch@sessions.test");
    const start = new Date("2030-01-01T09:00:00Z");
    const { id: sid } = await startUserSession(db, id, facts, start);
    const seen = async () => await db.userSession.findUniqueOrThrow({ where: { id: sid }, select: { lastSeenAt: true, lastAddress: true } });

    await touchUserSession(db, sid, "198.51.100.1", new Date(start.getTime() + TOUCH_INTERVAL_MS - 1));
    expect(await seen()).toEqual({ lastSeenAt: start, lastAddress: facts.address });
    const later = new Date(start.getTime() + TOUCH_INTERVAL_MS + 1);
    await Promise.all(Array.from({ length: 10 }, () => touchUserSession(db, sid, "198.51.100.1", later)));
    expect(await seen()).toEqual({ lastSeenAt: later, lastAddress: "198.51.100.1" });
  });

  it("keeps a User-Agent or address a client sent at any length or with control characters to a bounded, printable line", async () => {
    const { id } = await person("hostile@sessions.test");
    const { id: sid } = await startUserSession(db, id, { userAgent: `evil\r\nSet-Cookie: x=1\u0000${"A".repeat(10_000)}`, address: "::1" });
    const row = await db.userSession.findUniqueOrThrow({ where: { id: sid }, select: { userAgent: true } });
    expect(row.userAgent).toHaveLength(512);
    expect(row.userAgent).not.toMatch(/[\r\n\u0000]/);
  });
});

describe("listing and ending sessions", () => {
  it("lists the sessions that stand, newest use first; ends one, or all but this one, and never another user's", async () => {
    const me = await person("me@sessions.test");
    const stranger = await person("stranger@sessions.test");
    const now = new Date("2030-02-01T12:00:00Z");
    const laptop = await startUserSession(db, me.id, facts, new Date(now.getTime() - 60_000));
    const phone = await startUserSession(db, me.id, { userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)", address: "192.0.2.9" }, now);
    const idle = await startUserSession(db, me.id, facts, new Date(now.getTime() - SESSION_IDLE_LIMIT_MS - 1));
    const theirs = await startUserSession(db, stranger.id, facts, now);

    // Starting the phone's session purged nothing of the laptop's; the idle one is not listed.
    expect((await listUserSessions(db, me.id, now)).map((session) => session.id)).toEqual([phone.id, laptop.id]);
    expect(await endUserSession(db, me.id, theirs.id)).toBe(0);
    expect(await db.userSession.count({ where: { id: theirs.id } })).toBe(1);
    expect(await endOtherUserSessions(db, me.id, laptop.id)).toBe(2);
    expect((await listUserSessions(db, me.id, now)).map((session) => session.id)).toEqual([laptop.id]);
    expect(await db.userSession.count({ where: { id: idle.id } })).toBe(0);
  });

  it("purges rows idle past a token's life and rows of an older session version, and keeps the rest", async () => {
    const { id } = await person("purge@sessions.test");
    const now = new Date("2030-03-01T12:00:00Z");
    const fresh = await startUserSession(db, id, facts, now);
    await db.userSession.create({ data: { id: "purge-idle", userId: id, sessionVersion: 0, lastSeenAt: new Date(now.getTime() - SESSION_IDLE_LIMIT_MS - 1) } });
    await db.userSession.create({ data: { id: "purge-old-version", userId: id, sessionVersion: -1, lastSeenAt: now } });
    await purgeEndedSessions(db, now);
    expect((await db.userSession.findMany({ where: { userId: id }, select: { id: true } })).map((row) => row.id)).toEqual([fresh.id]);
  });

  it("reads a row for a token whose user is gone as nothing, and never stands", async () => {
    expect(await readSessionUserRow(db, "no-such-user", "no-such-session")).toBeNull();
    expect(sessionStands(null)).toBe(false);
  });
});
