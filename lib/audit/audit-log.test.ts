import { beforeAll, describe, expect, it, vi } from "vitest";
import { form } from "../../tests/authorization-matrix";
import { makeQuestion, makeSet } from "../../tests/factories";
import { actAs } from "../../tests/next-boundary";
import { createTestDatabase } from "../../tests/test-database";
import { seedQuestionBank } from "../content/seed-question-bank";
import type { Database } from "../db-client";
import type { Role } from "../generated/prisma/enums";
import { openScorecard } from "../scoring/scorecards";
import { addQuestion, createInterview, startInterview } from "../interviews/builder";
import { recordAuditEvent } from "./record-audit-event";

vi.mock("next-auth", () => import("../../tests/next-boundary"));
vi.mock("next/cache", () => import("../../tests/next-boundary"));

let db: Database;
let users: typeof import("../users/actions");
let auth: typeof import("../auth/actions");
let scoring: typeof import("../scoring/actions");
let queries: typeof import("./queries");

const person = (email: string, role: Role) => db.user.create({ data: { email, name: email.split("@")[0], role }, select: { id: true, role: true, email: true } });
async function as(user: { id: string }) {
  actAs(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { id: true, sessionVersion: true } }));
}
const events = (action: string) =>
  db.auditEvent.findMany({ where: { action }, orderBy: { createdAt: "asc" }, select: { actorId: true, targetType: true, targetId: true, details: true } });

beforeAll(async () => {
  const created = await createTestDatabase();
  db = created.prisma;
  process.env.DATABASE_URL = created.url;
  await seedQuestionBank(db, [makeSet({ slug: "audit-set", questions: [makeQuestion({ id: "audit-q" })] })]);
  users = await import("../users/actions");
  auth = await import("../auth/actions");
  scoring = await import("../scoring/actions");
  queries = await import("./queries");
});

describe("what the audit log records", () => {
  it("a role change, with the old and new role, and nothing when the role stays", async () => {
    const admin = await person("admin@audit.test", "ADMIN");
    const pat = await person("pat@audit.test", "CANDIDATE");
    await as(admin);
    expect(await users.changeRole({}, form({ userId: pat.id, role: "INTERVIEWER" }))).toMatchObject({ ok: true });
    expect(await users.changeRole({}, form({ userId: pat.id, role: "INTERVIEWER" }))).toMatchObject({ ok: true });
    expect(await events("user.role")).toEqual([
      { actorId: admin.id, targetType: "user", targetId: pat.id, details: { email: "pat@audit.test", from: "CANDIDATE", to: "INTERVIEWER" } },
    ]);
  });

  it("bank editing granted and withdrawn, for interviewers only", async () => {
    const admin = await person("admin2@audit.test", "ADMIN");
    const ian = await person("ian@audit.test", "INTERVIEWER");
    const rita = await person("rita@audit.test", "RECRUITER");
    await as(admin);
    expect(await users.setBankEditing({}, form({ userId: ian.id, canEditBank: "true" }))).toEqual({ ok: true, message: "ian@audit.test can edit the bank." });
    expect(await users.setBankEditing({}, form({ userId: ian.id, canEditBank: "false" }))).toEqual({ ok: true, message: "ian@audit.test can no longer edit the bank." });
    expect(await users.setBankEditing({}, form({ userId: rita.id, canEditBank: "true" }))).toEqual({ message: "Bank editing is granted to interviewers; admins always have it." });
    expect((await events("user.bank-editing")).map((event) => event.details)).toEqual([
      { email: "ian@audit.test", from: false, to: true },
      { email: "ian@audit.test", from: true, to: false },
    ]);
    expect(await db.user.findUniqueOrThrow({ where: { id: rita.id }, select: { canEditBank: true } })).toEqual({ canEditBank: false });
  });

  it("a scorecard's submit and reopen, with the recommendation, composite and reason", async () => {
    const recruiter = await person("recruiter@audit.test", "RECRUITER");
    const alice = await person("alice@audit.test", "INTERVIEWER");
    const admin = await person("admin3@audit.test", "ADMIN");
    const candidateId = (await db.candidate.create({ data: { name: "Casey" } })).id;
    const interview = await createInterview(db, recruiter, { candidateId, title: "Audited interview", panel: [alice.id], fromSet: null });
    if (!interview.ok) throw new Error(interview.message);
    await addQuestion(db, recruiter, interview.value, "audit-q");
    await startInterview(db, recruiter, interview.value);
    const card = await openScorecard(db, alice, interview.value);
    if (!card.ok) throw new Error(card.message);
    await db.score.updateMany({ where: { scorecardId: card.value }, data: { rating: 3 } });

    await as(alice);
    expect(await scoring.submitScorecardAction(card.value, {}, form({ recommendation: "YES", summary: "Good.", disagreementReason: "" }))).toEqual({ ok: true });
    await as(admin);
    expect(await scoring.reopenScorecardAction(card.value, {}, form({ reason: "Wrong candidate" }))).toEqual({ ok: true });
    expect(await events("scorecard.submit")).toEqual([
      {
        actorId: alice.id,
        targetType: "scorecard",
        targetId: card.value,
        details: { sessionId: interview.value, interview: "Audited interview", recommendation: "YES", composite: 3 },
      },
    ]);
    expect(await events("scorecard.reopen")).toEqual([
      {
        actorId: admin.id,
        targetType: "scorecard",
        targetId: card.value,
        details: { sessionId: interview.value, interview: "Audited interview", interviewer: "alice@audit.test", reason: "Wrong candidate" },
      },
    ]);
  });

  it("sign out everywhere, which ends every token issued before it", async () => {
    const sam = await person("sam@audit.test", "CANDIDATE");
    await as(sam);
    expect(await auth.signOutEverywhere()).toEqual({ ok: true, message: "Signed out everywhere." });
    expect(await db.user.findUniqueOrThrow({ where: { id: sam.id }, select: { sessionVersion: true } })).toEqual({ sessionVersion: 1 });
    expect(await events("user.sign-out-everywhere")).toEqual([{ actorId: sam.id, targetType: "user", targetId: sam.id, details: { email: "sam@audit.test" } }]);
    // The old token (version 0) no longer counts as signed in.
    actAs({ id: sam.id, sessionVersion: 0 });
    expect(await auth.signOutEverywhere()).toEqual({ message: "You are already signed out." });
  });

  it("nothing when the change itself fails: the event is written in the change's transaction", async () => {
    const before = await db.auditEvent.count();
    await expect(
      db.$transaction(async (tx) => {
        await recordAuditEvent(tx, { actorId: null, action: "test.rollback", targetType: "user" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.auditEvent.count()).toBe(before);
  });
});

describe("reading the audit log", () => {
  it("is for admins only, newest first, filtered by action and actor, a page at a time", async () => {
    const admin = await person("reader@audit.test", "ADMIN");
    const importer = await person("importer@audit.test", "INTERVIEWER");
    for (let i = 1; i <= 60; i += 1) {
      await db.auditEvent.create({ data: { actorId: importer.id, action: "bank.import", targetType: "set", details: { n: i }, createdAt: new Date(Date.UTC(2030, 0, 1, 0, i)) } });
    }
    await db.auditEvent.create({ data: { actorId: null, action: "bank.import", targetType: "set", details: { n: 0 }, createdAt: new Date(Date.UTC(2031, 0, 1)) } });

    await as(importer);
    await expect(queries.listAuditEvents({ page: 1 })).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);

    await as(admin);
    const first = await queries.listAuditEvents({ action: "bank.import", actor: importer.id, page: 1 });
    expect(first).toMatchObject({ total: 60, pages: 2 });
    expect(first.events.map((event) => (event.details as { n: number }).n)).toEqual(Array.from({ length: 50 }, (_, i) => 60 - i));
    expect(first.events[0]!.actor).toEqual({ id: importer.id, name: "importer", email: "importer@audit.test" });
    const second = await queries.listAuditEvents({ action: "bank.import", actor: importer.id, page: 2 });
    expect(second.events.map((event) => (event.details as { n: number }).n)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    const system = await queries.listAuditEvents({ actor: "system", page: 1 });
    expect(system.events.map((event) => event.action)).toEqual(expect.arrayContaining(["bank.import"]));
    expect(system.events.every((event) => event.actor === null)).toBe(true);

    const options = await queries.listAuditFilterOptions();
    expect(options.actions).toEqual(expect.arrayContaining(["bank.import", "user.role", "scorecard.submit"]));
    expect(options.actors.map((actor) => actor.email)).toContain("importer@audit.test");
  });
});
