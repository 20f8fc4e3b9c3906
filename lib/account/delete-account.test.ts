// Deleting accounts against PostgreSQL: a candidate's, by themselves, leaves no row that names
// them (every text column of every table is searched); a staff member's leaves their scorecards,
// signed "Deleted user"; the last admin stays, even when two admins delete each other at once.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { form } from "../../tests/authorization-matrix";
import { makeQuestion, makeSet } from "../../tests/factories";
import { actAs } from "../../tests/next-boundary";
import { whereTextIsStored } from "../../tests/personal-data-scan";
import { scoredInterview } from "../../tests/privacy-fixtures";
import { createTestDatabase } from "../../tests/test-database";
import { readSessionUserRow, sessionStands, startUserSession } from "../auth/user-sessions";
import { calibration } from "../comparison/calibration";
import { seedQuestionBank } from "../content/seed-question-bank";
import type { Database } from "../db-client";
import type { Role } from "../generated/prisma/enums";
import { recordReviews } from "../practice/reviews";
import { reviewInputSchema } from "../practice/schema";
import { upsertUser } from "../users/create-user";
import { deleteAccount, DELETED_USER_NAME, deletedUserEmail } from "./delete-account";

vi.mock("next-auth", () => import("../../tests/next-boundary"));
vi.mock("next/cache", () => import("../../tests/next-boundary"));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "192.0.2.80" }) }));

let db: Database;
let account: typeof import("./actions");
let users: typeof import("../users/actions");
const PASSWORD = "a-password-to-delete";

beforeAll(async () => {
  const created = await createTestDatabase();
  db = created.prisma;
  process.env.DATABASE_URL = created.url;
  await seedQuestionBank(db, [makeSet({ slug: "deletion-set", questions: [makeQuestion({ id: "deletion-q1" }), makeQuestion({ id: "deletion-q2" })] })]);
  account = await import("./actions");
  users = await import("../users/actions");
});

async function person(name: string, role: Role) {
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}@deletion.test`;
  const user = await upsertUser(db, { email, name, password: PASSWORD, role });
  const sessionId = (await startUserSession(db, user.id, { userAgent: "Firefox", address: "192.0.2.80" })).id;
  return { ...user, name, sessionId };
}
const signIn = async (user: { id: string; sessionId?: string }) =>
  actAs({ id: user.id, sessionVersion: (await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } })).sessionVersion, sessionId: user.sessionId });

describe("a candidate deletes their account", () => {
  it("with their password; afterwards no row of any table names them, and the audit log keeps the events without them", async () => {
    const cleo = await person("Cleopatra Vanterpool", "CANDIDATE");
    await recordReviews(
      db,
      cleo.id,
      ["deletion-q1", "deletion-q2", "deletion-q1"].map((questionId, i) =>
        reviewInputSchema.parse({ id: crypto.randomUUID(), questionId, grade: 3, reviewedAt: new Date(Date.UTC(2030, 0, 1 + i)).toISOString(), answer: `Cleopatra's answer ${i}` }),
      ),
    );
    expect(await db.reviewLog.count({ where: { userId: cleo.id } })).toBe(3);
    await db.account.create({ data: { userId: cleo.id, type: "oauth", provider: "github", providerAccountId: "cleo-gh", access_token: "secret" } });
    await signIn(cleo);
    await (await import("../auth/actions")).signOutEverywhere();
    const fresh = await startUserSession(db, cleo.id, { userAgent: "Firefox", address: "192.0.2.80" });
    actAs({ id: cleo.id, sessionVersion: 1, sessionId: fresh.id });
    expect(await db.auditEvent.count({ where: { details: { path: ["email"], equals: cleo.email } } })).toBe(1);

    expect(await account.deleteMyAccount({}, form({ confirm: "not-the-password" }))).toEqual({ errors: { confirm: ["That is not your password."] } });
    expect(await db.user.count({ where: { id: cleo.id } })).toBe(1);
    expect(await account.deleteMyAccount({}, form({ confirm: PASSWORD }))).toEqual({ ok: true, message: "Your account is deleted." });

    for (const needle of [cleo.email, cleo.name, "Vanterpool"]) expect(await whereTextIsStored(db, needle), needle).toEqual([]);
    for (const table of ["reviewLog", "reviewState", "userSession", "account"] as const) {
      expect(await (db[table] as unknown as { count: (args: unknown) => Promise<number> }).count({ where: { userId: cleo.id } }), table).toBe(0);
    }
    expect(await db.user.count({ where: { id: cleo.id } })).toBe(0);
    expect(sessionStands(await readSessionUserRow(db, cleo.id, fresh.id))).toBe(false);
    // The events stay (sign out everywhere, the deletion), naming nobody.
    expect(await db.auditEvent.findMany({ where: { targetId: cleo.id }, orderBy: { createdAt: "asc" }, select: { actorId: true, action: true, details: true } })).toEqual([
      { actorId: null, action: "user.sign-out-everywhere", details: { email: "[erased]" } },
      { actorId: null, action: "user.delete", details: { by: "self", role: "CANDIDATE", scorecardsKept: false } },
    ]);
  });

  it("without a password (GitHub, SSO) by typing their email; anything else is refused and deletes nothing", async () => {
    const sso = await db.user.create({ data: { email: "Dara.Sso@deletion.test".toLowerCase(), name: "Dara Sso", role: "CANDIDATE" }, select: { id: true, email: true } });
    actAs({ id: sso.id, sessionVersion: 0 });
    expect((await account.deleteMyAccount({}, form({ confirm: "someone@else.test" }))).errors?.confirm).toEqual([`Type your email, ${sso.email}, to confirm.`]);
    expect((await account.deleteMyAccount({}, form({ confirm: "" }))).errors?.confirm).toBeDefined();
    expect(await db.user.count({ where: { id: sso.id } })).toBe(1);
    expect(await account.deleteMyAccount({}, form({ confirm: "  DARA.SSO@deletion.test " }))).toMatchObject({ ok: true });
    expect(await db.user.count({ where: { id: sso.id } })).toBe(0);
    actAs(null);
    expect((await account.deleteMyAccount({}, form({ confirm: PASSWORD }))).message).toMatch(/signed out/);
  });
});

describe("a staff member's account is deleted", () => {
  it("their scorecards stay, signed “Deleted user”; their email and name are nowhere; calibration's figures are the same", async () => {
    const recruiter = await person("Rory Recruiter", "RECRUITER");
    const gus = await person("Gustavo Ferreira-Lindqvist", "INTERVIEWER");
    const hal = await person("Halima Osei", "INTERVIEWER");
    const candidate = await db.candidate.create({ data: { name: "Some Candidate" } });
    const { scorecards } = await scoredInterview(db, recruiter, {
      candidateId: candidate.id,
      title: "Staff deletion interview",
      questions: ["deletion-q1", "deletion-q2"],
      customQuestion: "A custom one",
      panel: [
        { viewer: gus, rating: 3, recommendation: "YES", text: "Good" },
        { viewer: hal, rating: 2, recommendation: "NO", text: "Weak" },
      ],
      reopenReason: "Typo",
    });
    const figures = async () => {
      const result = (await calibration(db, recruiter))!;
      return { ...result, interviewers: result.interviewers.map(({ name: _name, ...row }) => row) };
    };
    const before = await figures();

    const admin = await person("Ada Admin-Deleter", "ADMIN");
    await signIn(admin);
    expect((await users.deleteUser({}, form({ userId: gus.id, confirm: "wrong@deletion.test" }))).errors?.confirm).toEqual([`Type ${gus.email} to confirm.`]);
    expect(await users.deleteUser({}, form({ userId: gus.id, confirm: gus.email.toUpperCase() }))).toEqual({
      ok: true,
      message: "Account deleted. Their scorecards stay, signed “Deleted user”.",
    });

    for (const needle of [gus.email, gus.name, "Lindqvist"]) expect(await whereTextIsStored(db, needle), needle).toEqual([]);
    expect(await db.user.findUniqueOrThrow({ where: { id: gus.id }, select: { email: true, name: true, passwordHash: true, role: true, deletedAt: true } })).toEqual({
      email: deletedUserEmail(gus.id),
      name: DELETED_USER_NAME,
      passwordHash: null,
      role: "CANDIDATE",
      deletedAt: expect.any(Date),
    });
    expect(await db.scorecard.count({ where: { id: scorecards[0] } })).toBe(1);
    expect(await figures()).toEqual(before);
    expect((await calibration(db, recruiter))!.interviewers.map((row) => row.name).sort()).toEqual([DELETED_USER_NAME, "Halima Osei"]);
    expect(sessionStands(await readSessionUserRow(db, gus.id, gus.sessionId))).toBe(false);
    expect(await db.user.findMany({ where: { deletedAt: null, id: gus.id } })).toEqual([]);
    // A deleted account is gone for the Users page and for a second deletion.
    expect(await users.deleteUser({}, form({ userId: gus.id, confirm: deletedUserEmail(gus.id) }))).toEqual({ message: "That user no longer exists." });
  });
});

describe("the last admin", () => {
  it("cannot delete their own account, nor be deleted", async () => {
    await db.user.updateMany({ where: { role: "ADMIN" }, data: { role: "RECRUITER" } });
    const only = await person("Olu Only-Admin", "ADMIN");
    await signIn(only);
    expect(await account.deleteMyAccount({}, form({ confirm: PASSWORD }))).toEqual({
      message: "You are the last admin. Make someone else an admin first, so the app is not left without one.",
    });
    expect(await deleteAccount(db, only.id, { actorId: null })).toEqual({ ok: false, error: "last-admin" });
    expect(await db.user.count({ where: { id: only.id, deletedAt: null } })).toBe(1);
    await db.user.update({ where: { id: only.id }, data: { role: "RECRUITER" } });
  });

  it("stays when two admins delete each other at the same moment: one deletion wins, the other is refused", async () => {
    for (let round = 0; round < 5; round += 1) {
      await db.user.updateMany({ where: { role: "ADMIN" }, data: { role: "RECRUITER" } });
      const [a, b] = [await person(`Admin A${round}`, "ADMIN"), await person(`Admin B${round}`, "ADMIN")];
      const results = await Promise.all([deleteAccount(db, b.id, { actorId: a.id }), deleteAccount(db, a.id, { actorId: b.id })]);
      expect(results.map((result) => (result.ok ? "deleted" : result.error)).sort(), `round ${round}`).toEqual(["deleted", "last-admin"]);
      expect(await db.user.count({ where: { role: "ADMIN", deletedAt: null } })).toBe(1);
    }
  });
});
