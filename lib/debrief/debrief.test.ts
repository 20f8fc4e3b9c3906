// The debrief against PostgreSQL: who may decide and when, that a decision is audited and blocks a
// reopen, and that a revision after the debrief changes none of the figures computed from the
// independent, submitted scorecards (compare, calibration, the report's agreement).
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../candidates/access";
import { seedQuestionBank } from "../content/seed-question-bank";
import type { Database } from "../db-client";
import { calibration } from "../comparison/calibration";
import { compareCandidates } from "../comparison/compare-candidates";
import { candidateReport } from "../reports/candidate-report";
import { createInterview } from "../interviews/builder";
import { scoredInterview } from "../scoring/scored-interview";
import { reopenScorecard } from "../scoring/scorecards";
import { makeQuestion, makeSet } from "../../tests/factories";
import { createTestDatabase } from "../../tests/test-database";
import { recordDecision, reviseScorecard } from "./debrief";
import { readDebrief } from "./read-debrief";

let db: Database;
const people: Record<"recruiter" | "manager" | "ian" | "ada" | "outsider" | "candidate", Viewer> = {} as never;
let candidateId: string;
let otherCandidateId: string;

async function user(email: string, role: Viewer["role"]) {
  return db.user.create({ data: { email, name: email.split("@")[0], role }, select: { id: true, role: true } });
}

beforeAll(async () => {
  db = (await createTestDatabase()).prisma;
  await seedQuestionBank(db, [makeSet({ slug: "debrief-set", questions: ["a", "b", "c"].map((id) => makeQuestion({ id: `debrief-${id}` })) })]);
  people.recruiter = await user("rita@debrief.test", "RECRUITER");
  people.manager = await user("hana@debrief.test", "INTERVIEWER");
  people.ian = await user("ian@debrief.test", "INTERVIEWER");
  people.ada = await user("ada@debrief.test", "INTERVIEWER");
  people.outsider = await user("otto@debrief.test", "INTERVIEWER");
  people.candidate = await user("cand@debrief.test", "CANDIDATE");
  otherCandidateId = (await db.candidate.create({ data: { name: "Other One" }, select: { id: true } })).id;
  await scoredInterview(db, people.recruiter, {
    candidateId: otherCandidateId,
    fromSet: "debrief-set",
    panel: [
      { viewer: people.ian, ratings: [2, 2, 3] },
      { viewer: people.ada, ratings: [3, 2, 2] },
    ],
  });
});

/** An interview created by the hiring manager (off the panel) with ian and ada; ada's scorecard a draft unless `complete`. */
async function interview(complete: boolean) {
  // A new candidate each time (the builder leaves out questions a candidate was asked before). The
  // hiring manager sees them through a first-round panel of theirs, then builds the next round without sitting on it.
  candidateId = (await db.candidate.create({ data: { name: "Dee Brief" }, select: { id: true } })).id;
  const firstRound = await createInterview(db, people.recruiter, { candidateId, title: "First round", panel: [people.manager.id], fromSet: null });
  if (!firstRound.ok) throw new Error(firstRound.message);
  return scoredInterview(db, people.manager, {
    candidateId,
    fromSet: "debrief-set",
    panel: [
      { viewer: people.ian, ratings: [4, 3, 2], recommendation: "YES" },
      { viewer: people.ada, ratings: [3, 3, 1], recommendation: "NO", draft: !complete },
    ],
  });
}

const decision = { outcome: "ADVANCE" as const, reason: "Strong on the fundamentals." };

describe("recording the decision", () => {
  it("waits for the whole panel: before the last submit nobody may decide, and the creator reads no scorecard", async () => {
    const { sessionId } = await interview(false);
    for (const viewer of [people.recruiter, people.manager])
      expect(await recordDecision(db, viewer, sessionId, decision)).toMatchObject({ ok: false, message: expect.stringContaining("whole panel") });
    const early = await readDebrief(db, people.manager, sessionId);
    expect(early?.complete).toBe(false);
    expect(early?.scorecards).toEqual([]);
    expect(await db.interviewDecision.count({ where: { sessionId } })).toBe(0);
  });

  it("lets the recruiter and the creator decide once complete, audits it, and refuses other interviewers and candidates", async () => {
    const { sessionId } = await interview(true);
    expect(await recordDecision(db, people.outsider, sessionId, decision)).toMatchObject({ ok: false });
    expect(await recordDecision(db, people.ian, sessionId, decision)).toMatchObject({ ok: false });
    expect(await recordDecision(db, people.candidate, sessionId, decision)).toMatchObject({ ok: false });
    expect(await readDebrief(db, people.outsider, sessionId)).toBeNull();
    expect(await recordDecision(db, people.manager, sessionId, decision)).toMatchObject({ ok: true });
    expect(await recordDecision(db, people.recruiter, sessionId, { outcome: "HIRE", reason: "Agreed at the debrief." })).toMatchObject({ ok: true });
    const debrief = await readDebrief(db, people.manager, sessionId);
    // The creator, off the panel, reads both submitted scorecards now, and the latest decision comes first.
    expect(debrief?.scorecards.map((card) => card.interviewerId).sort()).toEqual([people.ian.id, people.ada.id].sort());
    expect(debrief?.decisions.map((row) => row.outcome)).toEqual(["HIRE", "ADVANCE"]);
    const audit = await db.auditEvent.findMany({ where: { action: "interview.decision", targetId: sessionId }, orderBy: { createdAt: "asc" } });
    expect(audit.map((row) => [row.actorId, (row.details as { outcome: string }).outcome])).toEqual([
      [people.manager.id, "ADVANCE"],
      [people.recruiter.id, "HIRE"],
    ]);
    // The report (and so its CSV) carries it.
    const report = await candidateReport(db, people.recruiter, candidateId);
    expect(report?.sessions.find((row) => row.id === sessionId)?.decisions[0]?.outcome).toBe("HIRE");
  });

  it("keeps the decided scorecards as submitted: a reopen is refused", async () => {
    const { sessionId } = await interview(true);
    expect(await recordDecision(db, people.recruiter, sessionId, decision)).toMatchObject({ ok: true });
    const card = await db.scorecard.findFirstOrThrow({ where: { sessionId, interviewerId: people.ian.id }, select: { id: true } });
    expect(await reopenScorecard(db, people.ian, card.id, "Second thoughts")).toMatchObject({ ok: false, message: expect.stringContaining("Revise your rating") });
    expect((await db.scorecard.findUniqueOrThrow({ where: { id: card.id }, select: { submittedAt: true } })).submittedAt).not.toBeNull();
  });

  it("serialises 20 concurrent decisions with a reopen: either the reopen wins and nothing is decided, or every decision lands and the scorecard stays submitted", async () => {
    const { sessionId } = await interview(true);
    const card = await db.scorecard.findFirstOrThrow({ where: { sessionId, interviewerId: people.ada.id }, select: { id: true } });
    const results = await Promise.all([
      reopenScorecard(db, people.ada, card.id, "Race"),
      ...Array.from({ length: 20 }, () => recordDecision(db, people.recruiter, sessionId, decision)),
    ]);
    const decided = await db.interviewDecision.count({ where: { sessionId } });
    const submitted = (await db.scorecard.findUniqueOrThrow({ where: { id: card.id }, select: { submittedAt: true } })).submittedAt;
    if (results[0]!.ok) {
      expect(submitted).toBeNull();
      // Decisions that ran before the reopen are possible only if the reopen then refused: it did not.
      expect(decided).toBe(0);
    } else {
      expect(submitted).not.toBeNull();
      expect(decided).toBe(results.slice(1).filter((result) => result.ok).length);
    }
  });
});

describe("revising after the debrief", () => {
  it("records the revision beside the submitted scorecard and changes no figure computed from the submitted ones", async () => {
    const { sessionId, questionIds } = await interview(true);
    const card = await db.scorecard.findFirstOrThrow({ where: { sessionId, interviewerId: people.ada.id }, select: { id: true } });
    const before = {
      scores: await db.score.findMany({ where: { scorecardId: card.id }, orderBy: { sessionQuestionId: "asc" }, select: { rating: true, notes: true } }),
      compare: await compareCandidates(db, people.recruiter, [candidateId, otherCandidateId], { adjust: true }),
      calibration: await calibration(db, people.recruiter),
      report: (await candidateReport(db, people.recruiter, candidateId))?.sessions.map((session) => session.agreement),
    };
    // Not someone else's, not before the panel is complete, not a question the interview did not ask.
    expect(await reviseScorecard(db, people.ian, card.id, { recommendation: "YES", ratings: {}, reason: "x" })).toMatchObject({ ok: false });
    expect(await reviseScorecard(db, people.ada, card.id, { recommendation: null, ratings: { "not-a-question": 4 }, reason: "x" })).toMatchObject({ ok: false });

    const revised = await reviseScorecard(db, people.ada, card.id, {
      recommendation: "YES",
      ratings: { [questionIds[2]!]: 4 },
      reason: "The debrief showed I misread the third answer.",
    });
    expect(revised).toMatchObject({ ok: true, value: { composite: 3.33 } });
    const after = {
      scores: await db.score.findMany({ where: { scorecardId: card.id }, orderBy: { sessionQuestionId: "asc" }, select: { rating: true, notes: true } }),
      compare: await compareCandidates(db, people.recruiter, [candidateId, otherCandidateId], { adjust: true }),
      calibration: await calibration(db, people.recruiter),
      report: (await candidateReport(db, people.recruiter, candidateId))?.sessions.map((session) => session.agreement),
    };
    expect(after).toEqual(before);
    const submitted = await db.scorecard.findUniqueOrThrow({ where: { id: card.id }, select: { recommendation: true, composite: true } });
    expect({ recommendation: submitted.recommendation, composite: Number(submitted.composite) }).toEqual({ recommendation: "NO", composite: 2.33 });

    const debrief = await readDebrief(db, people.recruiter, sessionId);
    const shown = debrief?.scorecards.find((row) => row.id === card.id);
    expect(shown?.scores.find((score) => score.sessionQuestionId === questionIds[2])?.rating).toBe(1);
    expect(shown?.revisions).toMatchObject([{ recommendation: "YES", ratings: { [questionIds[2]!]: 4 }, reason: "The debrief showed I misread the third answer." }]);
    expect(await db.auditEvent.count({ where: { action: "scorecard.revise", targetId: card.id } })).toBe(1);
  });

  it("is refused while the panel is incomplete (reopen is the way then)", async () => {
    const { sessionId, questionIds } = await interview(false);
    const card = await db.scorecard.findFirstOrThrow({ where: { sessionId, interviewerId: people.ian.id }, select: { id: true } });
    expect(await reviseScorecard(db, people.ian, card.id, { recommendation: null, ratings: { [questionIds[0]!]: 1 }, reason: "Early" })).toMatchObject({
      ok: false,
      message: expect.stringContaining("whole panel"),
    });
    expect(await db.scorecardRevision.count({ where: { scorecardId: card.id } })).toBe(0);
  });
});
