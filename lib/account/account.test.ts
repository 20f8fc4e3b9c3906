// The Account page's verbs against PostgreSQL, through their server actions as a signed-in
// browser calls them: password change, ending sessions, deleting one's own account.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { form } from "../../tests/authorization-matrix";
import { actAs } from "../../tests/next-boundary";
import { createTestDatabase } from "../../tests/test-database";
import { signInThrottleState } from "../auth/login-throttle";
import { verifyPassword } from "../auth/password";
import { readSessionUserRow, sessionStands, startUserSession } from "../auth/user-sessions";
import type { Database } from "../db-client";
import { upsertUser } from "../users/create-user";
import { changeUserPassword } from "./password-change";

vi.mock("next-auth", () => import("../../tests/next-boundary"));
vi.mock("next/cache", () => import("../../tests/next-boundary"));
// The actions read the client's address from the request; here every request comes from one address.
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "192.0.2.44" }) }));

let db: Database;
let account: typeof import("./actions");

const PASSWORD = "the-first-password";

beforeAll(async () => {
  const created = await createTestDatabase();
  db = created.prisma;
  process.env.DATABASE_URL = created.url;
  account = await import("./actions");
});

/** A user with a password and `devices` signed-in sessions; signed in here as the first. */
async function signedIn(email: string, devices = 2) {
  const user = await upsertUser(db, { email, name: "Pat Person", password: PASSWORD, role: "CANDIDATE" });
  const sessions = [];
  for (let i = 0; i < devices; i += 1) sessions.push((await startUserSession(db, user.id, { userAgent: `device ${i}`, address: "192.0.2.44" })).id);
  actAs({ id: user.id, sessionVersion: 0, sessionId: sessions[0] });
  return { ...user, sessions };
}
const stands = async (userId: string, sessionId: string) => sessionStands(await readSessionUserRow(db, userId, sessionId));
const passwordForm = (current: string, password: string, again = password) => form({ current, password, passwordAgain: again });

describe("changing one's password", () => {
  it("needs the current password, ends every other session and keeps this one", async () => {
    const pat = await signedIn("pat@account.test", 3);
    expect(await account.changePassword({}, passwordForm(PASSWORD, "a-brand-new-password"))).toEqual({
      ok: true,
      message: "Password changed. 2 other sessions were signed out; this one stays signed in.",
    });
    const { passwordHash, sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: pat.id }, select: { passwordHash: true, sessionVersion: true } });
    expect(await verifyPassword(passwordHash, "a-brand-new-password")).toBe(true);
    expect(await verifyPassword(passwordHash, PASSWORD)).toBe(false);
    expect(sessionVersion).toBe(1);
    expect([await stands(pat.id, pat.sessions[0]!), await stands(pat.id, pat.sessions[1]!), await stands(pat.id, pat.sessions[2]!)]).toEqual([true, false, false]);
    expect(await db.auditEvent.findMany({ where: { action: "user.password-change", targetId: pat.id }, select: { actorId: true, details: true } })).toEqual([
      { actorId: pat.id, details: { endedSessions: 2 } },
    ]);
  });

  it("follows sign-up's rules, and says which field is wrong, changing nothing", async () => {
    const sam = await signedIn("sam@account.test");
    const before = await db.user.findUniqueOrThrow({ where: { id: sam.id }, select: { passwordHash: true, sessionVersion: true } });
    expect((await account.changePassword({}, passwordForm(PASSWORD, "short"))).errors).toEqual({ password: ["Use at least 10 characters."] });
    expect((await account.changePassword({}, passwordForm(PASSWORD, "x".repeat(201)))).errors?.password).toEqual(["Use at most 200 characters."]);
    expect((await account.changePassword({}, passwordForm(PASSWORD, "long-enough-one", "long-enough-two"))).errors).toEqual({ passwordAgain: ["The two new passwords differ."] });
    expect((await account.changePassword({}, passwordForm(PASSWORD, PASSWORD))).errors).toEqual({ password: ["Choose a password other than your current one."] });
    expect(await account.changePassword({}, passwordForm("not-my-password", "a-brand-new-password"))).toEqual({ errors: { current: ["That is not your current password."] } });
    expect(await db.user.findUniqueOrThrow({ where: { id: sam.id }, select: { passwordHash: true, sessionVersion: true } })).toEqual(before);
    expect(await stands(sam.id, sam.sessions[1]!)).toBe(true);
  });

  it("counts wrong current passwords with sign-in's: a stolen session cannot guess the password", async () => {
    await signedIn("kim@account.test");
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => account.changePassword({}, passwordForm(`guess-number-${i}`, "a-brand-new-password"))));
    expect(results.filter((result) => result.errors?.current).length).toBe(5);
    expect(results.filter((result) => result.message?.startsWith("Too many wrong passwords")).length).toBe(7);
    expect((await signInThrottleState(db, "kim@account.test", "192.0.2.44")).account.failures).toBe(5);
    // Locked: even the right password waits, as at sign-in.
    expect((await account.changePassword({}, passwordForm(PASSWORD, "a-brand-new-password"))).message).toMatch(/Too many wrong passwords/);
  });

  it("of two changes at once, one wins and the other is told; neither keeps the other's sessions", async () => {
    const ana = await signedIn("ana@account.test");
    const results = await Promise.all(
      ["first-new-password", "second-new-password"].map((password, i) =>
        changeUserPassword(db, { userId: ana.id, sessionId: ana.sessions[i]!, current: PASSWORD, password, address: "192.0.2.45" }),
      ),
    );
    expect(results.map((result) => (result.ok ? "changed" : result.error)).sort()).toEqual(["changed", "changed-meanwhile"]);
    const winner = results[0]!.ok ? 0 : 1;
    expect(await stands(ana.id, ana.sessions[winner]!)).toBe(true);
    expect(await stands(ana.id, ana.sessions[1 - winner]!)).toBe(false);
  });

  it("is not offered to accounts without a password (GitHub, SSO), and refused when signed out", async () => {
    const sso = await db.user.create({ data: { email: "sso@account.test", role: "CANDIDATE" }, select: { id: true } });
    actAs({ id: sso.id, sessionVersion: 0 });
    expect((await account.changePassword({}, passwordForm("anything", "a-brand-new-password"))).message).toMatch(/no password to change/);
    actAs(null);
    expect((await account.changePassword({}, passwordForm(PASSWORD, "a-brand-new-password"))).message).toMatch(/signed out/);
  });
});

describe("ending sessions", () => {
  it("ends another of one's sessions, not this one, not someone else's", async () => {
    const lee = await signedIn("lee@account.test", 3);
    const eve = await signedIn("eve@account.test", 1);
    actAs({ id: lee.id, sessionVersion: 0, sessionId: lee.sessions[0] });
    expect(await account.endSession(lee.sessions[1]!)).toEqual({ ok: true, message: "Signed out of that session." });
    expect(await account.endSession(lee.sessions[1]!)).toEqual({ message: "That session had already ended." });
    expect(await account.endSession(lee.sessions[0]!)).toEqual({ message: "That is this browser: use Sign out instead." });
    expect(await account.endSession(eve.sessions[0]!)).toEqual({ message: "That session had already ended." });
    expect(await stands(eve.id, eve.sessions[0]!)).toBe(true);
    expect(await account.endOtherSessions()).toEqual({ ok: true, message: "Signed out of 1 other session." });
    expect(await account.endOtherSessions()).toEqual({ message: "No other session was signed in." });
    expect(await stands(lee.id, lee.sessions[0]!)).toBe(true);
    expect((await db.auditEvent.findMany({ where: { action: "user.session-end", targetId: lee.id }, select: { details: true } })).map((event) => event.details)).toEqual([
      { sessions: 1 },
      { sessions: 1 },
    ]);
  });
});
