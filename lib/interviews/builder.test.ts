import { beforeAll, describe, expect, it } from "vitest";
import { makeQuestion, makeSet } from "../../tests/factories";
import { createTestDatabase } from "../../tests/test-database";
import type { Viewer } from "../candidates/access";
import { seedQuestionBank } from "../content/seed-question-bank";
import type { Database } from "../db-client";
import type { Role } from "../generated/prisma/enums";
import { addCustomQuestion, addQuestion, createInterview, moveQuestion, questionsAskedBefore, removeQuestion, setPanel, startInterview } from "./builder";
import { createInterviewSchema, startFromSchema } from "./schema";

let db: Database;
let recruiter: Viewer;
let onPanel: Viewer;
let offPanel: Viewer;
let candidateUser: Viewer;
let candidateId: string;

const user = (email: string, role: Role) => db.user.create({ data: { email, role }, select: { id: true, role: true } });
const set = makeSet({
  slug: "builder-set",
  questions: [
    makeQuestion({ id: "b-1", minutes: 10 }),
    makeQuestion({ id: "b-2", minutes: 5 }),
    makeQuestion({ id: "b-practice", audience: "practice" }),
    makeQuestion({ id: "b-3", audience: "interview" }),
  ],
});

async function order(sessionId: string) {
  const rows = await db.sessionQuestion.findMany({ where: { sessionId }, orderBy: { position: "asc" }, select: { questionId: true, position: true } });
  return rows.map((row) => row.questionId ?? "custom");
}

async function newInterview(fromSet: string | null = null) {
  const result = await createInterview(db, recruiter, { candidateId, title: "Tech screen", panel: [onPanel.id], fromSet });
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

beforeAll(async () => {
  ({ prisma: db } = await createTestDatabase());
  recruiter = await user("r@test.dev", "RECRUITER");
  onPanel = await user("on@test.dev", "INTERVIEWER");
  offPanel = await user("off@test.dev", "INTERVIEWER");
  candidateUser = await user("c@test.dev", "CANDIDATE");
  candidateId = (await db.candidate.create({ data: { name: "Casey" } })).id;
  await seedQuestionBank(db, [set]);
});

describe("creating an interview", () => {
  it("from a whole set takes its interview questions in order, never practice-only ones", async () => {
    const id = await newInterview("builder-set");
    expect(await order(id)).toEqual(["b-1", "b-2", "b-3"]);
    expect(await db.sessionQuestion.count({ where: { sessionId: id, questionId: "b-practice" } })).toBe(0);
    await db.interviewSession.delete({ where: { id } });
  });

  it("refuses a panel member who is a candidate, and candidates the user cannot see", async () => {
    expect(await createInterview(db, recruiter, { candidateId, title: "x", panel: [candidateUser.id], fromSet: null })).toMatchObject({ ok: false });
    expect(await createInterview(db, offPanel, { candidateId, title: "x", panel: [offPanel.id], fromSet: null })).toEqual({
      ok: false,
      message: "That candidate does not exist or you cannot see them.",
    });
    expect(await createInterview(db, candidateUser, { candidateId, title: "x", panel: [onPanel.id], fromSet: null })).toMatchObject({ ok: false });
  });
});

describe("creating an interview from a plan", () => {
  it("copies the plan's questions in plan order, leaving out practice-only, archived and already asked ones", async () => {
    const other = (await db.candidate.create({ data: { name: "Pat" } })).id;
    const setId = (await db.questionSet.findUniqueOrThrow({ where: { slug: "builder-set" }, select: { id: true } })).id;
    // A question the bank archived after it was put into the plan.
    await db.question.create({
      data: { id: "b-archived", setId, position: 99, title: "Retired?", answer: "", difficulty: "EASY", audience: "BOTH", contentHash: "retired", archived: true },
    });
    const plan = await db.interviewPlan.create({
      data: {
        name: "Platform tech screen",
        questions: { create: ["b-3", "b-practice", "b-2", "b-1", "b-archived"].map((questionId, position) => ({ questionId, position })) },
      },
      select: { id: true },
    });
    const input = { candidateId: other, title: "From the plan", panel: [onPanel.id], fromSet: null, fromPlan: plan.id };

    const first = await createInterview(db, recruiter, input);
    if (!first.ok) throw new Error(first.message);
    expect(await order(first.value)).toEqual(["b-3", "b-2", "b-1"]);

    // The first interview keeps b-3 and b-1 only, so a second one from the same plan gets just b-2.
    await removeQuestion(db, recruiter, first.value, (await db.sessionQuestion.findFirstOrThrow({ where: { sessionId: first.value, questionId: "b-2" } })).id);
    const second = await createInterview(db, recruiter, input);
    if (!second.ok) throw new Error(second.message);
    expect(await order(second.value)).toEqual(["b-2"]);

    expect(await createInterview(db, recruiter, { ...input, fromPlan: "no-such-plan" })).toEqual({ ok: false, message: "That plan no longer exists." });
    await db.interviewSession.deleteMany({ where: { candidateId: other } });
  });

  it("takes one starting point from the form's select", () => {
    expect(startFromSchema.parse("plan:abc")).toEqual({ fromSet: "", fromPlan: "abc" });
    expect(startFromSchema.parse("set:serverless")).toEqual({ fromSet: "serverless", fromPlan: "" });
    expect(startFromSchema.parse("")).toEqual({ fromSet: "", fromPlan: "" });
    expect(startFromSchema.safeParse("other:abc").success).toBe(false);
    const both = createInterviewSchema.safeParse({ candidateId: "c", title: "t", panel: ["u"], fromSet: "s", fromPlan: "p" });
    expect(both.error?.flatten().fieldErrors).toEqual({ startFrom: ["Start from a set or a plan, not both."] });
  });
});

describe("never repeating a question to the same candidate", () => {
  it("marks questions asked in an earlier interview and leaves them out of a new one built from the set", async () => {
    const first = await newInterview();
    await addQuestion(db, onPanel, first, "b-2");
    const asked = await questionsAskedBefore(db, candidateId);
    expect([...asked.keys()]).toEqual(["b-2"]);

    const second = await newInterview("builder-set");
    expect(await order(second)).toEqual(["b-1", "b-3"]);
    // Seen from the second interview, only the first one counts as "before".
    expect([...(await questionsAskedBefore(db, candidateId, second)).keys()]).toEqual(["b-2"]);

    await db.interviewSession.update({ where: { id: first }, data: { status: "CANCELLED" } });
    expect((await questionsAskedBefore(db, candidateId)).has("b-2")).toBe(false);
    await db.interviewSession.deleteMany({ where: { id: { in: [first, second] } } });
  });
});

describe("editing the question list", () => {
  it("adds, reorders and removes questions, keeping positions dense", async () => {
    const id = await newInterview();
    for (const q of ["b-1", "b-2", "b-3"]) expect(await addQuestion(db, onPanel, id, q)).toEqual({ ok: true, value: undefined });
    await addCustomQuestion(db, onPanel, id, { title: "Tell me about an outage you caused.", prompt: "", minutes: 5 });
    expect(await order(id)).toEqual(["b-1", "b-2", "b-3", "custom"]);

    await moveQuestion(db, onPanel, id, (await db.sessionQuestion.findFirstOrThrow({ where: { sessionId: id, questionId: "b-3" } })).id, 0);
    expect(await order(id)).toEqual(["b-3", "b-1", "b-2", "custom"]);

    await removeQuestion(db, onPanel, id, (await db.sessionQuestion.findFirstOrThrow({ where: { sessionId: id, questionId: "b-1" } })).id);
    const rows = await db.sessionQuestion.findMany({ where: { sessionId: id }, orderBy: { position: "asc" }, select: { position: true } });
    expect(rows.map((row) => row.position)).toEqual([0, 1, 2]);
  });

  it("refuses duplicates, practice-only questions, outsiders and started interviews", async () => {
    const id = await newInterview();
    await addQuestion(db, onPanel, id, "b-1");
    expect(await addQuestion(db, onPanel, id, "b-1")).toEqual({ ok: false, message: "That question is already in this interview." });
    expect(await addQuestion(db, onPanel, id, "b-practice")).toEqual({ ok: false, message: "That question cannot be used in interviews." });
    expect(await addQuestion(db, offPanel, id, "b-2")).toMatchObject({ ok: false });
    expect(await addQuestion(db, candidateUser, id, "b-2")).toMatchObject({ ok: false });

    expect(await startInterview(db, onPanel, id)).toEqual({ ok: true, value: undefined });
    expect(await addQuestion(db, onPanel, id, "b-2")).toMatchObject({ ok: false });
  });
});

describe("starting an interview freezes what is asked", () => {
  it("keeps the asked version's text after the bank changes", async () => {
    const id = await newInterview();
    await addQuestion(db, onPanel, id, "b-2");
    expect(await startInterview(db, onPanel, id)).toEqual({ ok: true, value: undefined });

    const edited = { ...set, questions: set.questions.map((q) => (q.id === "b-2" ? { ...q, answer: "A rewritten answer." } : q)) };
    await seedQuestionBank(db, [edited]);
    expect(await db.question.findUniqueOrThrow({ where: { id: "b-2" }, select: { version: true } })).toEqual({ version: 2 });

    const frozen = await db.sessionQuestion.findFirstOrThrow({ where: { sessionId: id, questionId: "b-2" }, select: { questionVersion: true, snapshot: true } });
    expect(frozen.questionVersion).toBe(1);
    expect((frozen.snapshot as { answer: string }).answer).toBe(set.questions[1]!.answer);
  });

  it("needs at least one question", async () => {
    const id = await newInterview();
    expect(await startInterview(db, onPanel, id)).toEqual({ ok: false, message: "Add at least one question before starting." });
  });
});

describe("the panel of a draft", () => {
  it("is replaced as a whole, only with staff, only while a draft, and only by someone who may change it", async () => {
    const id = await newInterview("builder-set");
    expect(await setPanel(db, recruiter, id, [onPanel.id, offPanel.id])).toEqual({ ok: true, value: undefined });
    expect((await db.sessionInterviewer.findMany({ where: { sessionId: id }, select: { userId: true } })).map((row) => row.userId).sort()).toEqual(
      [onPanel.id, offPanel.id].sort(),
    );
    expect(await setPanel(db, recruiter, id, [offPanel.id])).toMatchObject({ ok: true });
    expect((await db.sessionInterviewer.findMany({ where: { sessionId: id }, select: { userId: true } })).map((row) => row.userId)).toEqual([offPanel.id]);

    expect(await setPanel(db, recruiter, id, [])).toEqual({ ok: false, message: "Choose at least one interviewer." });
    expect(await setPanel(db, recruiter, id, [candidateUser.id])).toMatchObject({ ok: false });
    expect(await setPanel(db, onPanel, id, [onPanel.id])).toMatchObject({ ok: false }); // no longer on it, did not create it
    expect(await setPanel(db, candidateUser, id, [onPanel.id])).toMatchObject({ ok: false });

    await addCustomQuestion(db, recruiter, id, { title: "Tell me about a recent incident.", prompt: "" });
    expect(await startInterview(db, recruiter, id)).toMatchObject({ ok: true });
    expect(await setPanel(db, recruiter, id, [onPanel.id])).toMatchObject({ ok: false });
  });
});
