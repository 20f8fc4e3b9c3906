// The retention policy and the daily privacy job against PostgreSQL, with the clock passed in.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { form } from "../../tests/authorization-matrix";
import { actAs } from "../../tests/next-boundary";
import { createTestDatabase } from "../../tests/test-database";
import { beginSignInAttempt } from "../auth/login-throttle";
import { startUserSession, SESSION_IDLE_LIMIT_MS } from "../auth/user-sessions";
import type { Database } from "../db-client";
import { runPrivacyMaintenance } from "./daily";
import { eraseCandidate } from "./erase-candidate";
import { ERASED } from "./redact";
import { eraseInactiveCandidates, monthsBefore } from "./retention";

vi.mock("next-auth", () => import("../../tests/next-boundary"));
vi.mock("next/cache", () => import("../../tests/next-boundary"));

let db: Database;
let privacy: typeof import("./actions");

beforeAll(async () => {
  const created = await createTestDatabase();
  db = created.prisma;
  process.env.DATABASE_URL = created.url;
  privacy = await import("./actions");
});

const NOW = new Date("2031-03-31T03:00:00Z");
const monthsAgo = (months: number, days = 0) => new Date(monthsBefore(NOW, months).getTime() - days * 86_400_000);

/** A candidate last changed `at`, with an interview and a scorecard whose own times are given. */
async function candidate(name: string, at: Date, interview?: { at: Date; scoreAt?: Date }) {
  const row = await db.candidate.create({ data: { name, email: `${name.toLowerCase()}@retention.test`, notes: `${name}'s notes` }, select: { id: true } });
  await db.$executeRaw`UPDATE "Candidate" SET "updatedAt" = ${at.toISOString()}::timestamptz AT TIME ZONE 'UTC' WHERE "id" = ${row.id}`;
  if (interview) {
    const interviewer = await db.user.create({ data: { email: `${name.toLowerCase()}-panel@retention.test`, role: "INTERVIEWER" }, select: { id: true } });
    const session = await db.interviewSession.create({ data: { candidateId: row.id, title: `${name} screen`, status: "COMPLETED" }, select: { id: true } });
    const question = await db.sessionQuestion.create({ data: { sessionId: session.id, position: 0, snapshot: { custom: true, title: "Q" } }, select: { id: true } });
    const card = await db.scorecard.create({
      data: { sessionId: session.id, interviewerId: interviewer.id, summary: `${name} was fine`, submittedAt: interview.at },
      select: { id: true },
    });
    await db.score.create({ data: { scorecardId: card.id, sessionQuestionId: question.id, rating: 3, notes: "ok" } });
    const scoreAt = (interview.scoreAt ?? interview.at).toISOString();
    await db.$executeRaw`UPDATE "InterviewSession" SET "updatedAt" = ${interview.at.toISOString()}::timestamptz AT TIME ZONE 'UTC' WHERE "id" = ${session.id}`;
    await db.$executeRaw`UPDATE "Scorecard" SET "updatedAt" = ${interview.at.toISOString()}::timestamptz AT TIME ZONE 'UTC' WHERE "id" = ${card.id}`;
    await db.$executeRaw`UPDATE "Score" SET "updatedAt" = ${scoreAt}::timestamptz AT TIME ZONE 'UTC' WHERE "scorecardId" = ${card.id}`;
  }
  return row.id;
}
const erased = async (id: string) => (await db.candidate.findUniqueOrThrow({ where: { id }, select: { erasedAt: true } })).erasedAt !== null;

describe("N months before now", () => {
  it("is the same time of day N calendar months earlier, the month's last day when the day does not exist", () => {
    expect(monthsBefore(new Date("2031-03-31T03:00:00Z"), 1)).toEqual(new Date("2031-02-28T03:00:00Z"));
    expect(monthsBefore(new Date("2032-03-31T03:00:00Z"), 1)).toEqual(new Date("2032-02-29T03:00:00Z"));
    expect(monthsBefore(new Date("2031-01-15T23:59:59.999Z"), 13)).toEqual(new Date("2029-12-15T23:59:59.999Z"));
    expect(monthsBefore(new Date("2031-05-31T00:00:00Z"), 120)).toEqual(new Date("2021-05-31T00:00:00Z"));
  });
});

describe("erasing candidates with no activity for N months", () => {
  it("erases exactly those whose candidate record, interviews, scorecards and scores are all older than N months", async () => {
    const old = await candidate("Oldfield", monthsAgo(30), { at: monthsAgo(25) });
    const noInterviews = await candidate("Nointerview", monthsAgo(24, 1));
    const justInside = await candidate("Justinside", monthsAgo(24, -1));
    const recentInterview = await candidate("Recentinterview", monthsAgo(30), { at: monthsAgo(3) });
    const recentScore = await candidate("Recentscore", monthsAgo(30), { at: monthsAgo(30), scoreAt: monthsAgo(1) });

    const result = await eraseInactiveCandidates(db, NOW, 24);
    expect(result).toEqual({ erased: 2, cutoff: monthsBefore(NOW, 24) });
    expect({
      old: await erased(old),
      noInterviews: await erased(noInterviews),
      justInside: await erased(justInside),
      recentInterview: await erased(recentInterview),
      recentScore: await erased(recentScore),
    }).toEqual({
      old: true,
      noInterviews: true,
      justInside: false,
      recentInterview: false,
      recentScore: false,
    });
    expect(await db.scorecard.findFirstOrThrow({ where: { session: { candidateId: old } }, select: { summary: true } })).toEqual({ summary: ERASED });
    expect(await db.auditEvent.findMany({ where: { action: "candidate.erase", targetId: { in: [old, noInterviews] } }, select: { actorId: true, details: true } })).toEqual([
      { actorId: null, details: { reason: "retention", months: 24 } },
      { actorId: null, details: { reason: "retention", months: 24 } },
    ]);
    // A second run the same day finds nothing more to do.
    expect((await eraseInactiveCandidates(db, NOW, 24)).erased).toBe(0);
  });

  it("checks again under the candidate's lock: activity since the search keeps them", async () => {
    const id = await candidate("Lastminute", monthsAgo(30));
    // A recruiter edits them after the job's search found them inactive.
    await db.$executeRaw`UPDATE "Candidate" SET "notes" = 'Called back today', "updatedAt" = ${monthsAgo(0, 1).toISOString()}::timestamptz AT TIME ZONE 'UTC' WHERE "id" = ${id}`;
    expect(await eraseCandidate(db, id, { actorId: null, reason: "retention", months: 24, inactiveSince: monthsBefore(NOW, 24), now: NOW })).toEqual({
      ok: false,
      error: "active",
    });
    expect(await erased(id)).toBe(false);
  });

  it("refuses a period the policy cannot have", async () => {
    for (const months of [0, -1, 121, 1.5, Number.NaN]) await expect(eraseInactiveCandidates(db, NOW, months)).rejects.toThrow(/1 to 120 months/);
  });
});

describe("the daily privacy job", () => {
  it("erases nothing while retention is off (the default), then applies the admin's setting, audited", async () => {
    const id = await candidate("Dormant", monthsAgo(40));
    expect((await runPrivacyMaintenance(db, NOW)).erasedCandidates).toBe(0);
    expect(await erased(id)).toBe(false);

    const admin = await db.user.create({ data: { email: "admin@retention.test", role: "ADMIN" }, select: { id: true, sessionVersion: true } });
    const recruiter = await db.user.create({ data: { email: "recruiter@retention.test", role: "RECRUITER" }, select: { id: true, sessionVersion: true } });
    actAs(recruiter);
    expect(await privacy.saveRetentionPolicy({}, form({ enabled: "on", months: "36" }))).toEqual({ message: "Only admins can change the retention policy." });
    actAs(admin);
    for (const months of ["0", "121", "1.5", "12abc", ""]) {
      expect((await privacy.saveRetentionPolicy({}, form({ enabled: "on", months }))).errors?.months, months).toEqual(["Enter a whole number of months from 1 to 120."]);
    }
    expect(await db.appSetting.count({ where: { key: "retention" } })).toBe(0);
    expect(await privacy.saveRetentionPolicy({}, form({ enabled: "on", months: "36" }))).toMatchObject({ ok: true });
    expect(await runPrivacyMaintenance(db, NOW)).toMatchObject({ erasedCandidates: 1, retentionMonths: 36 });
    expect(await erased(id)).toBe(true);
    expect(await privacy.saveRetentionPolicy({}, form({ enabled: "off", months: "36" }))).toMatchObject({ ok: true });
    // A value broken in the database reads as off: nothing is erased on a misread setting.
    await db.appSetting.update({ where: { key: "retention" }, data: { value: { candidateMonths: 0 } } });
    expect((await runPrivacyMaintenance(db, NOW)).retentionMonths).toBeNull();
    expect(await db.auditEvent.findMany({ where: { action: "privacy.retention" }, orderBy: { createdAt: "asc" }, select: { actorId: true, details: true } })).toEqual([
      { actorId: admin.id, details: { from: null, to: 36 } },
      { actorId: admin.id, details: { from: 36, to: null } },
    ]);
  });

  it("purges ended sessions and sign-in counts past their window, and keeps live ones", async () => {
    const user = await db.user.create({ data: { email: "purge@retention.test", role: "CANDIDATE" }, select: { id: true } });
    const live = await startUserSession(db, user.id, { userAgent: "x", address: "192.0.2.1" }, NOW);
    await startUserSession(db, user.id, { userAgent: "x", address: "192.0.2.1" }, new Date(NOW.getTime() - SESSION_IDLE_LIMIT_MS - 60_000));
    await beginSignInAttempt(db, "old@retention.test", "192.0.2.2", new Date(NOW.getTime() - 86_400_000));
    await beginSignInAttempt(db, "fresh@retention.test", "192.0.2.3", NOW);
    const result = await runPrivacyMaintenance(db, NOW);
    expect(result).toMatchObject({ purgedSessions: 1, purgedThrottles: 2 });
    expect((await db.userSession.findMany({ where: { userId: user.id }, select: { id: true } })).map((row) => row.id)).toEqual([live.id]);
    expect(await db.loginThrottle.count()).toBe(2);
  });
});
