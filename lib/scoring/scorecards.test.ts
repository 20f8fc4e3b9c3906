import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { makeQuestion, makeSet } from "../../tests/factories";
import { createTestDatabase } from "../../tests/test-database";
import type { Viewer } from "../candidates/access";
import { seedQuestionBank } from "../content/seed-question-bank";
import type { Database } from "../db-client";
import type { Role } from "../generated/prisma/enums";
import { createInterview, startInterview } from "../interviews/builder";
import { applyAutosave } from "./autosave";
import { readLiveScoring, readPanelScorecards } from "./read-scorecards";
import type { QuestionScore } from "./schema";
import { openScorecard, reopenScorecard, submitScorecard } from "./scorecards";

let db: Database;
let recruiter: Viewer;
let alice: Viewer;
let bob: Viewer;
let outsider: Viewer;
let candidateUser: Viewer;

const user = (email: string, role: Role) => db.user.create({ data: { email, name: email.split("@")[0], role }, select: { id: true, role: true } });
const set = makeSet({
  slug: "scoring-set",
  questions: [makeQuestion({ id: "s-1", minutes: 10 }), makeQuestion({ id: "s-2", minutes: 5 }), makeQuestion({ id: "s-3", minutes: 5 })],
});
const blank: QuestionScore = { rating: null, notes: "", keyPointsCovered: [], redFlagsRaised: [], elapsedSeconds: 0 };

// A new candidate each time: questions already asked to a candidate are left out of their next interview.
async function startedInterview(panel: Viewer[]) {
  const candidateId = (await db.candidate.create({ data: { name: "Casey" } })).id;
  const created = await createInterview(db, recruiter, { candidateId, title: "Panel interview", panel: panel.map((p) => p.id), fromSet: "scoring-set" });
  if (!created.ok) throw new Error(created.message);
  const started = await startInterview(db, recruiter, created.value);
  if (!started.ok) throw new Error(started.message);
  const questions = await db.sessionQuestion.findMany({ where: { sessionId: created.value }, orderBy: { position: "asc" }, select: { id: true } });
  return { sessionId: created.value, questionIds: questions.map((q) => q.id) as [string, string, string] };
}

async function open(viewer: Viewer, sessionId: string) {
  const result = await openScorecard(db, viewer, sessionId);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

const rate = (viewer: Viewer, scorecardId: string, sessionQuestionId: string, value: Partial<QuestionScore>, baseRevision = 0, writeId: string = randomUUID()) =>
  applyAutosave(db, { id: viewer.id, sessionVersion: 0 }, scorecardId, { target: "question", sessionQuestionId, writeId, baseRevision, value: { ...blank, ...value } });

beforeAll(async () => {
  ({ prisma: db } = await createTestDatabase());
  recruiter = await user("recruiter@test.dev", "RECRUITER");
  alice = await user("alice@test.dev", "INTERVIEWER");
  bob = await user("bob@test.dev", "INTERVIEWER");
  outsider = await user("outsider@test.dev", "INTERVIEWER");
  candidateUser = await user("candidate@test.dev", "CANDIDATE");
  await seedQuestionBank(db, [set]);
});

describe("opening a scorecard", () => {
  it("is only for the panel of a started interview, and is idempotent even when two tabs open at once", async () => {
    const candidateId = (await db.candidate.create({ data: { name: "Drew" } })).id;
    const draft = await createInterview(db, recruiter, { candidateId, title: "Draft", panel: [alice.id], fromSet: "scoring-set" });
    if (!draft.ok) throw new Error(draft.message);
    expect(await openScorecard(db, alice, draft.value)).toEqual({ ok: false, message: "Start the interview before scoring it." });

    const { sessionId } = await startedInterview([alice]);
    expect(await openScorecard(db, outsider, sessionId)).toMatchObject({ ok: false });
    expect(await openScorecard(db, recruiter, sessionId)).toMatchObject({ ok: false });
    expect(await openScorecard(db, candidateUser, sessionId)).toMatchObject({ ok: false });

    const [first, second] = await Promise.all([openScorecard(db, alice, sessionId), openScorecard(db, alice, sessionId)]);
    expect(first).toEqual(second);
    expect(await db.scorecard.count({ where: { sessionId } })).toBe(1);
    expect(await db.score.count({ where: { scorecard: { sessionId } } })).toBe(3);
  });
});

describe("autosave", () => {
  it("applies a write based on the current revision and bumps the revision", async () => {
    const { sessionId, questionIds } = await startedInterview([alice]);
    const card = await open(alice, sessionId);
    expect(await rate(alice, card, questionIds[0], { rating: 3, notes: "Knows canaries", keyPointsCovered: [0, 2] })).toEqual({ status: "saved", revision: 1 });
    const score = await db.score.findFirstOrThrow({ where: { scorecardId: card, sessionQuestionId: questionIds[0] } });
    expect(score).toMatchObject({ rating: 3, notes: "Knows canaries", keyPointsCovered: [0, 2], revision: 1 });
  });

  it("treats a replayed write as saved and applies it only once", async () => {
    const { sessionId, questionIds } = await startedInterview([alice]);
    const card = await open(alice, sessionId);
    const writeId = randomUUID();
    expect(await rate(alice, card, questionIds[0], { rating: 2 }, 0, writeId)).toEqual({ status: "saved", revision: 1 });
    expect(await rate(alice, card, questionIds[0], { rating: 2 }, 0, writeId)).toEqual({ status: "saved", revision: 1 });
    expect((await db.score.findFirstOrThrow({ where: { scorecardId: card, sessionQuestionId: questionIds[0] } })).revision).toBe(1);
  });

  it("never lets a stale or out-of-order write overwrite a newer value: it gets the current value back", async () => {
    const { sessionId, questionIds } = await startedInterview([alice]);
    const card = await open(alice, sessionId);
    await rate(alice, card, questionIds[1], { rating: 2, notes: "first" }, 0);
    await rate(alice, card, questionIds[1], { rating: 4, notes: "first, then better" }, 1);
    // A delayed retry of an older write, with a new write id, arrives last.
    const stale = await rate(alice, card, questionIds[1], { rating: 1, notes: "stale" }, 0);
    expect(stale).toEqual({ status: "conflict", revision: 2, value: { ...blank, rating: 4, notes: "first, then better" } });
    expect(await db.score.findFirstOrThrow({ where: { scorecardId: card, sessionQuestionId: questionIds[1] } })).toMatchObject({ rating: 4, revision: 2 });
  });

  it("reports a second tab's write on the same revision as a conflict instead of overwriting the first", async () => {
    const { sessionId, questionIds } = await startedInterview([alice]);
    const card = await open(alice, sessionId);
    expect(await rate(alice, card, questionIds[2], { notes: "tab one" }, 0)).toEqual({ status: "saved", revision: 1 });
    expect(await rate(alice, card, questionIds[2], { notes: "tab two" }, 0)).toMatchObject({ status: "conflict", revision: 1, value: { notes: "tab one" } });
  });

  it("saves the summary draft with the same compare-and-set", async () => {
    const { sessionId } = await startedInterview([alice]);
    const card = await open(alice, sessionId);
    const write = (baseRevision: number, summary: string) =>
      applyAutosave(db, { id: alice.id, sessionVersion: 0 }, card, { target: "summary", writeId: randomUUID(), baseRevision, value: { summary, recommendation: "YES" } });
    expect(await write(0, "Solid")).toEqual({ status: "saved", revision: 1 });
    expect(await write(0, "Older")).toEqual({ status: "conflict", revision: 1, value: { summary: "Solid", recommendation: "YES" } });
  });

  it("refuses writes to someone else's scorecard, and to a submitted one", async () => {
    const { sessionId, questionIds } = await startedInterview([alice, bob]);
    const card = await open(alice, sessionId);
    expect(await rate(bob, card, questionIds[0], { rating: 4 })).toEqual({ status: "not-found" });
    expect(await rate(outsider, card, questionIds[0], { rating: 4 })).toEqual({ status: "not-found" });
    expect(await submitScorecard(db, bob, card, { recommendation: "NO", summary: "x", disagreementReason: null })).toEqual({
      ok: false,
      message: "This scorecard does not exist or is not yours.",
    });

    const writeId = randomUUID();
    await rate(alice, card, questionIds[0], { rating: 3 }, 0, writeId);
    expect(await submitScorecard(db, alice, card, { recommendation: "YES", summary: "Good", disagreementReason: null })).toMatchObject({ ok: true });
    expect(await rate(alice, card, questionIds[0], { rating: 1 }, 1)).toEqual({ status: "read-only" });
    // The retry of a write that was applied before the submit is still acknowledged.
    expect(await rate(alice, card, questionIds[0], { rating: 3 }, 0, writeId)).toEqual({ status: "saved", revision: 1 });
  });
});

describe("autosave by a user who is no longer valid", () => {
  it("answers signed-out once the user was signed out everywhere, and not-found once they are no longer staff", async () => {
    const carol = await user(`carol-${randomUUID()}@test.dev`, "INTERVIEWER");
    const { sessionId, questionIds } = await startedInterview([carol]);
    const card = await open(carol, sessionId);
    expect(await rate(carol, card, questionIds[0], { rating: 2 })).toEqual({ status: "saved", revision: 1 });

    await db.user.update({ where: { id: carol.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await rate(carol, card, questionIds[0], { rating: 3 }, 1)).toEqual({ status: "signed-out" });
    expect(
      await applyAutosave(db, { id: carol.id, sessionVersion: 1 }, card, {
        target: "question",
        sessionQuestionId: questionIds[0],
        writeId: randomUUID(),
        baseRevision: 1,
        value: { ...blank, rating: 3 },
      }),
    ).toEqual({
      status: "saved",
      revision: 2,
    });

    await db.user.update({ where: { id: carol.id }, data: { role: "CANDIDATE" } });
    expect(
      await applyAutosave(db, { id: carol.id, sessionVersion: 1 }, card, {
        target: "question",
        sessionQuestionId: questionIds[0],
        writeId: randomUUID(),
        baseRevision: 2,
        value: { ...blank, rating: 4 },
      }),
    ).toEqual({
      status: "not-found",
    });
    expect((await db.score.findFirstOrThrow({ where: { scorecardId: card, sessionQuestionId: questionIds[0] } })).rating).toBe(3);
  });
});

describe("submitting", () => {
  it("computes the composite from the saved ratings and needs a reason when the recommendation disagrees", async () => {
    const { sessionId, questionIds } = await startedInterview([alice]);
    const card = await open(alice, sessionId);
    expect(await submitScorecard(db, alice, card, { recommendation: "NO", summary: "x", disagreementReason: null })).toEqual({
      ok: false,
      message: "Rate at least one question before submitting.",
    });
    await rate(alice, card, questionIds[0], { rating: 2 });
    await rate(alice, card, questionIds[1], { rating: 1 });

    const refused = await submitScorecard(db, alice, card, { recommendation: "STRONG_YES", summary: "Great", disagreementReason: null });
    expect(refused).toMatchObject({ ok: false, errors: { disagreementReason: [expect.stringContaining("1.50")] } });
    expect((await db.scorecard.findUniqueOrThrow({ where: { id: card } })).submittedAt).toBeNull();

    expect(await submitScorecard(db, alice, card, { recommendation: "STRONG_YES", summary: "Great", disagreementReason: "Nervous start, superb design round" })).toMatchObject({
      ok: true,
    });
    const submitted = await db.scorecard.findUniqueOrThrow({ where: { id: card }, include: { events: true } });
    expect(Number(submitted.composite)).toBe(1.5);
    expect(submitted.disagreementReason).toBe("Nervous start, superb design round");
    expect(submitted.events.map((event) => event.kind)).toEqual(["SUBMITTED"]);
    expect(await submitScorecard(db, alice, card, { recommendation: "NO", summary: "x", disagreementReason: null })).toMatchObject({ ok: false });
  });

  it("completes the interview once every panel member has submitted, and reopening is recorded and reverts that", async () => {
    const { sessionId, questionIds } = await startedInterview([alice, bob]);
    const aliceCard = await open(alice, sessionId);
    const bobCard = await open(bob, sessionId);
    await rate(alice, aliceCard, questionIds[0], { rating: 4 });
    await rate(bob, bobCard, questionIds[0], { rating: 3 });
    await submitScorecard(db, alice, aliceCard, { recommendation: "YES", summary: "a", disagreementReason: null });
    expect((await db.interviewSession.findUniqueOrThrow({ where: { id: sessionId } })).status).toBe("IN_PROGRESS");
    await submitScorecard(db, bob, bobCard, { recommendation: "YES", summary: "b", disagreementReason: null });
    expect((await db.interviewSession.findUniqueOrThrow({ where: { id: sessionId } })).status).toBe("COMPLETED");

    expect(await reopenScorecard(db, alice, bobCard, "typo")).toMatchObject({ ok: false });
    expect(await reopenScorecard(db, bob, bobCard, "Forgot a note on question 2")).toMatchObject({ ok: true });
    const reopened = await db.scorecard.findUniqueOrThrow({ where: { id: bobCard }, include: { events: { orderBy: { createdAt: "asc" } } } });
    expect(reopened.submittedAt).toBeNull();
    expect(reopened.events.map((event) => [event.kind, event.actorId, event.reason])).toEqual([
      ["SUBMITTED", bob.id, null],
      ["REOPENED", bob.id, "Forgot a note on question 2"],
    ]);
    expect((await db.interviewSession.findUniqueOrThrow({ where: { id: sessionId } })).status).toBe("IN_PROGRESS");
  });
});

describe("panel visibility", () => {
  it("hides other panel members' scorecards until one's own is submitted, and never shows drafts", async () => {
    const { sessionId, questionIds } = await startedInterview([alice, bob]);
    const aliceCard = await open(alice, sessionId);
    const bobCard = await open(bob, sessionId);
    await rate(alice, aliceCard, questionIds[0], { rating: 4, notes: "alice's secret note" });
    await rate(bob, bobCard, questionIds[0], { rating: 1, notes: "bob's secret note" });

    const readers = async (viewer: Viewer) => (await readPanelScorecards(db, viewer, sessionId))?.readable.map((card) => card.interviewerId) ?? null;
    expect(await readers(alice)).toEqual([alice.id]);
    expect(await readers(bob)).toEqual([bob.id]);
    expect(await readers(recruiter)).toEqual([]);

    await submitScorecard(db, alice, aliceCard, { recommendation: "STRONG_YES", summary: "a", disagreementReason: null });
    // Bob has not submitted: he still sees only his own; Alice sees only submitted ones (hers).
    expect(await readers(bob)).toEqual([bob.id]);
    expect(await readers(alice)).toEqual([alice.id]);
    expect(await readers(recruiter)).toEqual([alice.id]);

    await submitScorecard(db, bob, bobCard, { recommendation: "NO", summary: "b", disagreementReason: null });
    expect(await readers(alice)).toEqual([alice.id, bob.id]);
    expect(await readers(bob)).toEqual([alice.id, bob.id]);

    const statuses = (await readPanelScorecards(db, recruiter, sessionId))!.statuses.map((row) => row.status);
    expect(statuses).toEqual(["SUBMITTED", "SUBMITTED"]);
  });

  it("shows statuses without contents: not started, in progress, submitted", async () => {
    const { sessionId, questionIds } = await startedInterview([alice, bob, outsider]);
    const aliceCard = await open(alice, sessionId);
    await open(bob, sessionId);
    await rate(alice, aliceCard, questionIds[0], { rating: 2 });
    const view = await readPanelScorecards(db, recruiter, sessionId);
    expect(view!.statuses.map((row) => row.status)).toEqual(["IN_PROGRESS", "NOT_STARTED", "NOT_STARTED"]);
  });

  it("gives nothing to candidates and to interviewers who are not on the panel", async () => {
    const { sessionId } = await startedInterview([alice]);
    const card = await open(alice, sessionId);
    expect(await readPanelScorecards(db, candidateUser, sessionId)).toBeNull();
    expect(await readPanelScorecards(db, bob, sessionId)).toBeNull();
    expect(await readLiveScoring(db, bob, sessionId, card)).toBeNull();
    expect(await readLiveScoring(db, recruiter, sessionId, card)).toBeNull();
    expect(await readLiveScoring(db, alice, sessionId, card)).not.toBeNull();
  });
});
