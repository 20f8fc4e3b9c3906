// The stored-and-shown text fields that tests/hostile-input.test.ts feeds the hostile corpus: the
// records they belong to, and for each field how a user saves it (the real server action or JSON
// route) and how it is read back from PostgreSQL, with the field's limit.
import { expect } from "vitest";
import { seedQuestionBank } from "../lib/content/seed-question-bank";
import type { Database } from "../lib/db-client";
import type { FormState } from "../lib/form-state";
import { openScorecard } from "../lib/scoring/scorecards";
import { addQuestion, createInterview, startInterview } from "../lib/interviews/builder";
import { form } from "./authorization-matrix";
import { makeQuestion, makeSet } from "./factories";
import { actAs, redirectTarget } from "./next-boundary";

export let db: Database;
export const people = {} as Record<"recruiter" | "interviewer", { id: string; role: "RECRUITER" | "INTERVIEWER" }>;
export const ids = {} as { candidate: string; plan: string; draft: string; scorecard: string; scoreQuestion: string };

// Loaded after DATABASE_URL points at the test database (lib/db reads it on import).
export let candidates: typeof import("../lib/candidates/actions");
let plans: typeof import("../lib/plans/actions");
let sessions: typeof import("../lib/interviews/actions");
let scoring: typeof import("../lib/scoring/actions");
let auth: typeof import("../lib/auth/actions");
let autosaveRoute: typeof import("../app/api/scorecards/[id]/autosave/route");
let reviewsRoute: typeof import("../app/api/practice/reviews/route");

/** Fills the test database (from createTestDatabase) with the records the fields belong to. */
export async function setUpHostileFields(created: { prisma: Database; url: string }) {
  db = created.prisma;
  process.env.DATABASE_URL = created.url;
  await seedQuestionBank(db, [
    makeSet({ slug: "hostile-set", questions: [makeQuestion({ id: "hostile-q1" }), makeQuestion({ id: "hostile-q2", audience: "practice", ownAudience: "practice" })] }),
  ]);
  people.recruiter = (await db.user.create({ data: { email: "recruiter@hostile.test", role: "RECRUITER" }, select: { id: true, role: true } })) as typeof people.recruiter;
  people.interviewer = (await db.user.create({ data: { email: "interviewer@hostile.test", role: "INTERVIEWER" }, select: { id: true, role: true } })) as typeof people.interviewer;

  ids.candidate = (await db.candidate.create({ data: { name: "Hostile Person" }, select: { id: true } })).id;
  ids.plan = (await db.interviewPlan.create({ data: { name: "Hostile plan" }, select: { id: true } })).id;
  const draft = await createInterview(db, people.recruiter, { candidateId: ids.candidate, title: "Draft", panel: [people.interviewer.id], fromSet: null });
  if (!draft.ok) throw new Error(draft.message);
  ids.draft = draft.value;
  const started = await createInterview(db, people.recruiter, { candidateId: ids.candidate, title: "Started", panel: [people.interviewer.id], fromSet: null });
  if (!started.ok) throw new Error(started.message);
  await addQuestion(db, people.recruiter, started.value, "hostile-q1");
  await startInterview(db, people.recruiter, started.value);
  const card = await openScorecard(db, people.interviewer, started.value);
  if (!card.ok) throw new Error(card.message);
  ids.scorecard = card.value;
  ids.scoreQuestion = (await db.score.findFirstOrThrow({ where: { scorecardId: card.value }, select: { sessionQuestionId: true } })).sessionQuestionId;
  await db.score.updateMany({ where: { scorecardId: card.value }, data: { rating: 3 } });

  candidates = await import("../lib/candidates/actions");
  plans = await import("../lib/plans/actions");
  sessions = await import("../lib/interviews/actions");
  scoring = await import("../lib/scoring/actions");
  auth = await import("../lib/auth/actions");
  autosaveRoute = await import("../app/api/scorecards/[id]/autosave/route");
  reviewsRoute = await import("../app/api/practice/reviews/route");
}

export async function as(person: keyof typeof people | null) {
  actAs(person ? await db.user.findUniqueOrThrow({ where: { id: people[person].id }, select: { id: true, sessionVersion: true } }) : null);
}

/** null when the action succeeded (or redirected: then `onRedirect` hears where), else what it told the user. */
export async function outcome(run: () => Promise<FormState>, onRedirect?: (target: string) => void): Promise<string | null> {
  try {
    const result = await run();
    if (result.ok) return null;
    return [result.message, ...Object.values(result.errors ?? {}).flat()].filter(Boolean).join(" ");
  } catch (error) {
    const target = redirectTarget(error);
    if (target === null) throw error;
    onRedirect?.(target);
    return null;
  }
}

async function postJson(handler: (request: Request, context: never) => Promise<Response>, url: string, body: unknown, params?: Record<string, string>) {
  const response = await handler(new Request(`http://localhost${url}`, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } }), {
    params: Promise.resolve(params ?? {}),
  } as never);
  const json = (await response.json()) as { message?: string };
  return response.status === 200 ? null : `${response.status} ${json.message ?? ""}`;
}

export interface Field {
  name: string;
  limit: number;
  /** Saves the value as a user would; null when saved, else the message the user got. */
  save: (value: string) => Promise<string | null>;
  read: () => Promise<string | null | undefined>;
}

const candidateField = (key: "name" | "position" | "notes", limit: number): Field => ({
  name: `candidate ${key}`,
  limit,
  save: async (value) => {
    await as("recruiter");
    const fields = { name: "Hostile Person", email: "", position: "", notes: "", [key]: value };
    return outcome(() => candidates.updateCandidate(ids.candidate, {}, form(fields)));
  },
  read: async () => (await db.candidate.findUniqueOrThrow({ where: { id: ids.candidate }, select: { name: true, position: true, notes: true } }))[key],
});

const planField = (key: "name" | "position"): Field => ({
  name: `plan ${key}`,
  limit: 200,
  save: async (value) => {
    await as("recruiter");
    return outcome(() => plans.updatePlanAction(ids.plan, {}, form({ name: "Hostile plan", position: "", [key]: value })));
  },
  read: async () => (await db.interviewPlan.findUniqueOrThrow({ where: { id: ids.plan }, select: { name: true, position: true } }))[key],
});

const customQuestionField = (key: "title" | "prompt", limit: number): Field => ({
  name: `custom question ${key}`,
  limit,
  save: async (value) => {
    await as("recruiter");
    return outcome(() =>
      sessions.addCustomQuestionAction(ids.draft, {}, form({ title: "Custom", prompt: "", minutes: "", answer: "An answer.", keyPoints: "A point", [key]: value })),
    );
  },
  read: async () => {
    const last = await db.sessionQuestion.findFirst({ where: { sessionId: ids.draft }, orderBy: { position: "desc" }, select: { snapshot: true } });
    return (last?.snapshot as Record<string, string> | null)?.[key];
  },
});

let lastInterview: string | null = null;
const interviewTitle: Field = {
  name: "interview title",
  limit: 200,
  save: async (value) => {
    await as("recruiter");
    const fields = { candidateId: ids.candidate, title: value, panel: [people.interviewer.id], startFrom: "" };
    return outcome(
      () => sessions.createInterviewAction({}, form(fields)),
      (target) => (lastInterview = target.split("/").pop()!),
    );
  },
  read: async () => (lastInterview ? (await db.interviewSession.findUniqueOrThrow({ where: { id: lastInterview }, select: { title: true } })).title : null),
};

async function currentRevision(target: "question" | "summary") {
  if (target === "summary") return (await db.scorecard.findUniqueOrThrow({ where: { id: ids.scorecard }, select: { revision: true } })).revision;
  return (await db.score.findFirstOrThrow({ where: { scorecardId: ids.scorecard }, select: { revision: true } })).revision;
}

/** Submitting locks the scorecard; these put it back in the state each field needs. */
async function ensureOpen() {
  const card = await db.scorecard.findUniqueOrThrow({ where: { id: ids.scorecard }, select: { submittedAt: true } });
  if (card.submittedAt) expect(await outcome(() => scoring.reopenScorecardAction(ids.scorecard, {}, form({ reason: "Next value" })))).toBeNull();
}
async function ensureSubmitted() {
  const card = await db.scorecard.findUniqueOrThrow({ where: { id: ids.scorecard }, select: { submittedAt: true } });
  if (!card.submittedAt)
    expect(await outcome(() => scoring.submitScorecardAction(ids.scorecard, {}, form({ recommendation: "YES", summary: "Fine.", disagreementReason: "" })))).toBeNull();
}

const scoreNotes: Field = {
  name: "scorecard notes (autosave)",
  limit: 20_000,
  save: async (value) => {
    await as("interviewer");
    await ensureOpen();
    const value_ = { rating: 3, notes: value, keyPointsCovered: [], redFlagsRaised: [], elapsedSeconds: 0 };
    const write = { target: "question", sessionQuestionId: ids.scoreQuestion, writeId: crypto.randomUUID(), baseRevision: await currentRevision("question"), value: value_ };
    return postJson(autosaveRoute.POST, `/api/scorecards/${ids.scorecard}/autosave`, write, { id: ids.scorecard });
  },
  read: async () => (await db.score.findFirstOrThrow({ where: { scorecardId: ids.scorecard }, select: { notes: true } })).notes,
};

const summaryDraft: Field = {
  name: "scorecard summary (autosave)",
  limit: 20_000,
  save: async (value) => {
    await as("interviewer");
    await ensureOpen();
    const write = { target: "summary", writeId: crypto.randomUUID(), baseRevision: await currentRevision("summary"), value: { summary: value, recommendation: null } };
    return postJson(autosaveRoute.POST, `/api/scorecards/${ids.scorecard}/autosave`, write, { id: ids.scorecard });
  },
  read: async () => (await db.scorecard.findUniqueOrThrow({ where: { id: ids.scorecard }, select: { summary: true } })).summary,
};

const submitted = (key: "summary" | "disagreementReason", limit: number): Field => ({
  name: `submitted scorecard ${key === "summary" ? "summary" : "disagreement reason"}`,
  limit,
  save: async (value) => {
    await as("interviewer");
    await ensureOpen();
    // "Strong no" over a composite of 3 disagrees with it, so the reason is kept.
    const fields = { recommendation: "STRONG_NO", summary: "Fine.", disagreementReason: "Because.", [key]: value };
    return outcome(() => scoring.submitScorecardAction(ids.scorecard, {}, form(fields)));
  },
  read: async () => (await db.scorecard.findUniqueOrThrow({ where: { id: ids.scorecard }, select: { summary: true, disagreementReason: true } }))[key],
});

const reopenReason: Field = {
  name: "reopen reason (scorecard history and audit log)",
  limit: 300,
  save: async (value) => {
    await as("interviewer");
    await ensureSubmitted();
    return outcome(() => scoring.reopenScorecardAction(ids.scorecard, {}, form({ reason: value })));
  },
  read: async () => {
    const [event, audit] = await Promise.all([
      db.scorecardEvent.findFirst({ where: { scorecardId: ids.scorecard, kind: "REOPENED" }, orderBy: { createdAt: "desc" }, select: { reason: true } }),
      db.auditEvent.findFirst({ where: { action: "scorecard.reopen", targetId: ids.scorecard }, orderBy: { createdAt: "desc" }, select: { details: true } }),
    ]);
    const audited = (audit?.details as { reason?: string } | undefined)?.reason;
    return event?.reason === audited ? event?.reason : `history says ${JSON.stringify(event?.reason)}, audit log says ${JSON.stringify(audited)}`;
  },
};

let lastSignUp = "";
const signUpName: Field = {
  name: "name at sign-up",
  limit: 120,
  save: async (value) => {
    await as(null);
    const email = `signup-${crypto.randomUUID()}@hostile.test`;
    const refused = await outcome(() => auth.signUp({}, form({ name: value, email, password: "a-long-enough-password" })));
    if (refused === null) lastSignUp = email;
    return refused;
  },
  read: async () => (await db.user.findUnique({ where: { email: lastSignUp }, select: { name: true } }))?.name,
};

let lastReview = "";
const practiceAnswer: Field = {
  name: "practice answer",
  limit: 20_000,
  save: async (value) => {
    await as("interviewer");
    const id = crypto.randomUUID();
    const refused = await postJson(reviewsRoute.POST, "/api/practice/reviews", {
      reviews: [{ id, questionId: "hostile-q2", grade: 3, answer: value, reviewedAt: new Date().toISOString() }],
    });
    if (refused === null) lastReview = id;
    return refused;
  },
  read: async () => (await db.reviewLog.findUnique({ where: { id: lastReview }, select: { answer: true } }))?.answer,
};

export const FIELDS: Field[] = [
  candidateField("name", 200),
  candidateField("position", 200),
  candidateField("notes", 20_000),
  interviewTitle,
  customQuestionField("title", 500),
  customQuestionField("prompt", 10_000),
  planField("name"),
  planField("position"),
  scoreNotes,
  summaryDraft,
  submitted("summary", 20_000),
  submitted("disagreementReason", 300),
  reopenReason,
  signUpName,
  practiceAnswer,
];
