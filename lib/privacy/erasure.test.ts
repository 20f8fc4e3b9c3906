// Erasing a candidate's personal data against PostgreSQL: the name is nowhere afterwards (every
// text column of every table is searched), the figures compare and calibration compute are the
// same to the last digit, and the audit log keeps every event without the name.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { form } from "../../tests/authorization-matrix";
import { makeQuestion, makeSet } from "../../tests/factories";
import { actAs } from "../../tests/next-boundary";
import { whereTextIsStored } from "../../tests/personal-data-scan";
import { scoredInterview } from "../../tests/privacy-fixtures";
import { createTestDatabase } from "../../tests/test-database";
import { describeAuditEvent } from "../audit/describe";
import type { Viewer } from "../candidates/access";
import { calibration } from "../comparison/calibration";
import { compareCandidates } from "../comparison/compare-candidates";
import { comparisonView } from "../comparison/compare-view";
import { seedQuestionBank } from "../content/seed-question-bank";
import type { Database } from "../db-client";
import type { Role } from "../generated/prisma/enums";
import { candidateCsv, comparisonCsv } from "../reports/exports";
import { candidateReport } from "../reports/candidate-report";
import { eraseCandidate } from "./erase-candidate";
import { ERASED } from "./redact";

vi.mock("next-auth", () => import("../../tests/next-boundary"));
vi.mock("next/cache", () => import("../../tests/next-boundary"));

let db: Database;
let privacy: typeof import("./actions");
let staff: Record<"admin" | "recruiter" | "ian" | "ivy", Viewer>;

beforeAll(async () => {
  const created = await createTestDatabase();
  db = created.prisma;
  process.env.DATABASE_URL = created.url;
  await seedQuestionBank(db, [
    makeSet({ slug: "erasure-set", questions: [makeQuestion({ id: "erasure-q1", competency: "Delivery" }), makeQuestion({ id: "erasure-q2", competency: "Reliability" })] }),
  ]);
  const user = async (name: string, role: Role) => db.user.create({ data: { email: `${name}@staff.test`, name: `${name} Staff`, role }, select: { id: true, role: true } });
  staff = { admin: await user("admin", "ADMIN"), recruiter: await user("recruiter", "RECRUITER"), ian: await user("ian", "INTERVIEWER"), ivy: await user("ivy", "INTERVIEWER") };
  privacy = await import("./actions");
});

/** A candidate whose name and email are in their record, their interview's title, a custom question, notes, summaries and reasons. */
async function namedCandidate(first: string, last: string, ratings: [number, number] = [3, 2]) {
  const name = `${first} ${last}`;
  const email = `${first.toLowerCase()}.${last.toLowerCase()}@mail.test`;
  const candidate = await db.candidate.create({
    data: { name, email, position: "Platform Engineer", notes: `Met ${first} at a meetup; reach ${email}`, createdById: staff.recruiter.id },
  });
  const interview = await scoredInterview(db, staff.recruiter, {
    candidateId: candidate.id,
    title: `${name} — platform screen`,
    questions: ["erasure-q1", "erasure-q2"],
    customQuestion: `Ask ${first} about the outage they ran`,
    panel: [
      { viewer: staff.ian, rating: ratings[0], recommendation: "YES", text: `${first} explained rollbacks well` },
      { viewer: staff.ivy, rating: ratings[1], recommendation: "STRONG_YES", text: `Strong, ${last} knows Terraform`, disagreementReason: `${first} led the migration` },
    ],
    reopenReason: `Mixed up ${first}'s card with another`,
  });
  return { ...candidate, ...interview };
}

/** Compare and calibration as a recruiter reads them, without the names (which are meant to change). */
async function figures(ids: string[]) {
  const comparison = await compareCandidates(db, staff.recruiter, ids, { adjust: false });
  const normalised = await compareCandidates(db, staff.recruiter, ids, { adjust: true });
  const strip = (value: typeof comparison) =>
    value && {
      ...value,
      candidates: value.candidates.map(({ name: _n, email: _e, position: _p, sessions, ...rest }) => ({ ...rest, sessions: sessions.map(({ title: _t, ...session }) => session) })),
    };
  const stripRows = (value: typeof comparison) => value && { ...strip(value)!, rows: value.rows.map(({ title: _t, ...row }) => row) };
  // A custom question's title may name them (it is redacted too): its row is found by its key.
  const calibrated = (await calibration(db, staff.recruiter))!;
  const questions = calibrated.questions
    .map(({ title, ...row }) => ({ ...row, title: row.questionKey.startsWith("custom:") ? "(custom)" : title }))
    .sort((a, b) => a.questionKey.localeCompare(b.questionKey));
  return { comparison: stripRows(comparison), normalised: stripRows(normalised), calibration: { ...calibrated, questions } };
}

describe("erasing a candidate's personal data", () => {
  it("removes their name and email from every table, and keeps every figure compare and calibration show", async () => {
    const zeb = await namedCandidate("Zebedee", "Quartermaine");
    const other = await namedCandidate("Olwen", "Fairweather", [4, 4]);
    const before = await figures([zeb.id, other.id]);
    expect(await whereTextIsStored(db, "Quartermaine")).not.toEqual([]);

    actAs(await db.user.findUniqueOrThrow({ where: { id: staff.admin.id }, select: { id: true, sessionVersion: true } }));
    expect(await privacy.eraseCandidateAction(zeb.id, {}, form({ confirm: "ERASE" }))).toEqual({
      ok: true,
      message: "Erased. Their ratings stay, anonymous, in compare and calibration.",
    });

    for (const needle of ["Zebedee", "Quartermaine", zeb.email!]) expect(await whereTextIsStored(db, needle), needle).toEqual([]);
    expect(await db.candidate.findUniqueOrThrow({ where: { id: zeb.id }, select: { name: true, email: true, position: true, notes: true } })).toEqual({
      name: ERASED,
      email: null,
      position: null,
      notes: "",
    });
    expect(await db.interviewSession.findUniqueOrThrow({ where: { id: zeb.sessionId }, select: { title: true } })).toEqual({ title: `${ERASED} — platform screen` });
    expect(await figures([zeb.id, other.id])).toEqual(before);
    // The other candidate is untouched.
    expect(await whereTextIsStored(db, "Fairweather")).not.toEqual([]);
  });

  it("keeps empty text empty and a given reason given (calibration counts reasons), and moves scorecards' revisions on", async () => {
    const una = await namedCandidate("Una", "Blackwood");
    const cards = await db.scorecard.findMany({
      where: { sessionId: una.sessionId },
      orderBy: { interviewerId: "asc" },
      select: { id: true, revision: true, disagreementReason: true },
    });
    await db.score.updateMany({ where: { scorecardId: cards[0]!.id }, data: { notes: "" } });
    const scoreRevisions = await db.score.findMany({ where: { scorecard: { sessionId: una.sessionId } }, orderBy: { id: "asc" }, select: { notes: true, revision: true } });
    expect((await eraseCandidate(db, una.id, { actorId: staff.admin.id, reason: "request" })).ok).toBe(true);
    const after = await db.score.findMany({ where: { scorecard: { sessionId: una.sessionId } }, orderBy: { id: "asc" }, select: { notes: true, revision: true } });
    expect(after).toEqual(scoreRevisions.map((score) => (score.notes === "" ? score : { notes: ERASED, revision: score.revision + 1 })));
    const reasons = await db.scorecard.findMany({
      where: { sessionId: una.sessionId },
      orderBy: { interviewerId: "asc" },
      select: { disagreementReason: true, summary: true, revision: true },
    });
    expect(reasons.map((card) => card.disagreementReason)).toEqual(cards.map((card) => (card.disagreementReason ? ERASED : card.disagreementReason)));
    expect(reasons.map((card) => card.revision)).toEqual(cards.map((card) => card.revision + 1));
    expect(await db.scorecardEvent.findMany({ where: { scorecard: { sessionId: una.sessionId }, reason: { not: null } }, select: { reason: true } })).toEqual([{ reason: ERASED }]);
  });

  it("leaves the audit log's events in place, described without the name, and records the erasure naming nobody", async () => {
    const vic = await namedCandidate("Vicente", "Okonkwo-Lund");
    const events = () =>
      db.auditEvent.findMany({
        where: { details: { path: ["sessionId"], equals: vic.sessionId } },
        orderBy: { createdAt: "asc" },
        select: { id: true, action: true, details: true },
      });
    const before = await events();
    expect(before.map((event) => describeAuditEvent(event.action, event.details).summary).join(" ")).toContain("Vicente Okonkwo-Lund");

    expect((await eraseCandidate(db, vic.id, { actorId: staff.admin.id, reason: "request" })).ok).toBe(true);
    const after = await events();
    expect(after.map((event) => event.id)).toEqual(before.map((event) => event.id));
    const described = after.map((event) => describeAuditEvent(event.action, event.details).summary ?? "");
    expect(described.join(" ")).not.toMatch(/Vicente|Okonkwo/);
    expect(described).toContain(`Scorecard of ian@staff.test for “${ERASED} — platform screen”. Reason: ${ERASED}`);
    expect(await db.auditEvent.findMany({ where: { action: "candidate.erase", targetId: vic.id }, select: { actorId: true, targetType: true, details: true } })).toEqual([
      { actorId: staff.admin.id, targetType: "candidate", details: { reason: "request" } },
    ]);
  });

  it("leaves the CSV exports without the name and with the same ratings", async () => {
    const wen = await namedCandidate("Wendeline", "Castellanos");
    const other = await namedCandidate("Xavi", "Tremblay");
    const now = new Date("2030-05-01T00:00:00Z");
    const csvs = async () => ({
      candidate: candidateCsv((await candidateReport(db, staff.recruiter, wen.id))!).body,
      comparison: comparisonCsv(comparisonView((await compareCandidates(db, staff.recruiter, [wen.id, other.id], { adjust: true }))!, false, new Map()), { blind: false, now })
        .body,
    });
    const before = await csvs();
    expect(before.candidate).toContain("Wendeline");
    await eraseCandidate(db, wen.id, { actorId: staff.admin.id, reason: "request" });
    const after = await csvs();
    for (const body of Object.values(after)) expect(body).not.toMatch(/Wendeline|Castellanos/i);
    // Every number in the comparison is where it was.
    const numbers = (body: string) => body.match(/-?\d+(\.\d+)?/g);
    expect(numbers(after.comparison)).toEqual(numbers(before.comparison));
  });

  it("takes them out of the schedule too: location, meeting link, the schedule's history and a cancellation's reason", async () => {
    const bea = await namedCandidate("Beatrix", "Oyelaran");
    await db.interviewSession.update({
      where: { id: bea.sessionId },
      data: { location: "Room 4, ask for Beatrix", meetingUrl: "https://meet.example/beatrix-oyelaran", scheduledAt: new Date() },
    });
    await db.interviewEvent.create({
      data: { sessionId: bea.sessionId, kind: "CANCELLED", sequence: 1, details: { before: { location: "Room 4, ask for Beatrix" }, reason: "Beatrix is ill" } },
    });
    await db.auditEvent.create({
      data: { action: "interview.cancel", targetType: "InterviewSession", targetId: bea.sessionId, details: { sequence: 1, reason: "She asked to move it" } },
    });
    await eraseCandidate(db, bea.id, { actorId: staff.admin.id, reason: "request" });
    expect(await whereTextIsStored(db, "Beatrix")).toEqual([]);
    expect(await db.interviewSession.findUniqueOrThrow({ where: { id: bea.sessionId }, select: { location: true, meetingUrl: true } })).toEqual({
      location: `Room 4, ask for ${ERASED}`,
      meetingUrl: `https://meet.example/${ERASED}-${ERASED}`,
    });
    expect(await db.interviewEvent.findFirstOrThrow({ where: { sessionId: bea.sessionId }, select: { details: true } })).toEqual({
      details: { before: { location: `Room 4, ask for ${ERASED}` }, reason: ERASED },
    });
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "interview.cancel", targetId: bea.sessionId }, select: { details: true } })).toEqual({
      details: { sequence: 1, reason: ERASED },
    });
  });

  it("happens once: two at the same time (an admin and the retention job) make one erasure and one event", async () => {
    const yan = await namedCandidate("Yannick", "Vasquez");
    const results = await Promise.all([
      eraseCandidate(db, yan.id, { actorId: staff.admin.id, reason: "request" }),
      eraseCandidate(db, yan.id, { actorId: null, reason: "retention", months: 12 }),
    ]);
    expect(results.map((result) => (result.ok ? "erased" : result.error)).sort()).toEqual(["already-erased", "erased"]);
    expect(await db.auditEvent.count({ where: { action: "candidate.erase", targetId: yan.id } })).toBe(1);
  });

  it("stays erased: an edit form left open cannot write the name back, and no new interview is made for them", async () => {
    const ada = await namedCandidate("Adaeze", "Nwosu");
    await eraseCandidate(db, ada.id, { actorId: staff.admin.id, reason: "request" });
    actAs(await db.user.findUniqueOrThrow({ where: { id: staff.recruiter.id }, select: { id: true, sessionVersion: true } }));
    const candidates = await import("../candidates/actions");
    expect((await candidates.updateCandidate(ada.id, {}, form({ name: "Adaeze Nwosu", email: "adaeze@mail.test", position: "", notes: "" }))).message).toBe(
      "This candidate no longer exists, or their personal data was erased.",
    );
    const { createInterview } = await import("../interviews/builder");
    expect(await createInterview(db, staff.recruiter, { candidateId: ada.id, title: "Again", panel: [staff.ian.id], fromSet: null })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/erased/),
    });
    expect(await whereTextIsStored(db, "Adaeze")).toEqual([]);
  });

  it("is for admins only, needs the confirmation typed, and a refusal changes nothing", async () => {
    const zed = await namedCandidate("Zedekiah", "Amundsen");
    for (const role of ["recruiter", "ian"] as const) {
      actAs(await db.user.findUniqueOrThrow({ where: { id: staff[role].id }, select: { id: true, sessionVersion: true } }));
      expect(await privacy.eraseCandidateAction(zed.id, {}, form({ confirm: "erase" }))).toEqual({ message: "Only admins can erase a candidate's personal data." });
    }
    actAs(await db.user.findUniqueOrThrow({ where: { id: staff.admin.id }, select: { id: true, sessionVersion: true } }));
    expect((await privacy.eraseCandidateAction(zed.id, {}, form({ confirm: "delete" }))).errors?.confirm).toEqual(["Type “erase” to confirm: this cannot be undone."]);
    expect(await privacy.eraseCandidateAction("no-such-candidate", {}, form({ confirm: "erase" }))).toEqual({ message: "This candidate no longer exists." });
    expect(await db.candidate.findUniqueOrThrow({ where: { id: zed.id }, select: { name: true, erasedAt: true } })).toEqual({ name: "Zedekiah Amundsen", erasedAt: null });
  });
});
