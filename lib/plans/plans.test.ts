import { beforeAll, describe, expect, it } from "vitest";
import { makeQuestion, makeSet } from "../../tests/factories";
import { createTestDatabase } from "../../tests/test-database";
import type { Viewer } from "../candidates/access";
import { seedQuestionBank } from "../content/seed-question-bank";
import type { Database } from "../db-client";
import type { Role } from "../generated/prisma/enums";
import { describeBudget, timeBudget } from "./budget";
import { addPlanQuestion, createPlan, deletePlan, movePlanQuestion, removePlanQuestion, updatePlan } from "./plans";
import { planSchema } from "./schema";

let db: Database;
const viewers = {} as Record<"admin" | "recruiter" | "interviewer" | "candidate", Viewer>;

const user = (email: string, role: Role) => db.user.create({ data: { email, role }, select: { id: true, role: true } });
const set = makeSet({
  slug: "plan-set",
  questions: [
    makeQuestion({ id: "p-1", minutes: 10 }),
    makeQuestion({ id: "p-2", minutes: 5 }),
    makeQuestion({ id: "p-3", audience: "interview", minutes: null }),
    makeQuestion({ id: "p-practice", audience: "practice" }),
  ],
});

async function newPlan(viewer: Viewer = viewers.recruiter, name = "Senior DevOps Engineer, tech screen") {
  const result = await createPlan(db, viewer, { name, position: "Senior DevOps Engineer" });
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

async function order(planId: string) {
  const rows = await db.interviewPlanQuestion.findMany({ where: { planId }, orderBy: { position: "asc" }, select: { questionId: true, position: true } });
  expect(rows.map((row) => row.position)).toEqual(rows.map((_, index) => index));
  return rows.map((row) => row.questionId);
}

const rowOf = async (planId: string, questionId: string) => (await db.interviewPlanQuestion.findFirstOrThrow({ where: { planId, questionId }, select: { id: true } })).id;

beforeAll(async () => {
  ({ prisma: db } = await createTestDatabase());
  viewers.admin = await user("admin@test.dev", "ADMIN");
  viewers.recruiter = await user("recruiter@test.dev", "RECRUITER");
  viewers.interviewer = await user("interviewer@test.dev", "INTERVIEWER");
  viewers.candidate = await user("candidate@test.dev", "CANDIDATE");
  await seedQuestionBank(db, [set]);
});

describe("the plan form", () => {
  it("requires a name, trims, and turns an empty position into null", () => {
    expect(planSchema.parse({ name: "  Tech screen ", position: " " })).toEqual({ name: "Tech screen", position: null });
    expect(planSchema.safeParse({ name: " ", position: "" }).error?.flatten().fieldErrors).toEqual({ name: ["Give the plan a name."] });
    expect(planSchema.safeParse({ name: "x".repeat(201), position: "y".repeat(201) }).error?.flatten().fieldErrors).toEqual({
      name: ["Use at most 200 characters."],
      position: ["Use at most 200 characters."],
    });
  });
});

describe("editing a plan's questions", () => {
  it("adds, reorders and removes questions, keeping positions dense", async () => {
    const id = await newPlan();
    for (const q of ["p-1", "p-2", "p-3"]) expect(await addPlanQuestion(db, viewers.recruiter, id, q)).toEqual({ ok: true, value: undefined });
    expect(await order(id)).toEqual(["p-1", "p-2", "p-3"]);

    expect(await movePlanQuestion(db, viewers.interviewer, id, await rowOf(id, "p-3"), 0)).toEqual({ ok: true, value: undefined });
    expect(await order(id)).toEqual(["p-3", "p-1", "p-2"]);
    // Out-of-range targets are clamped, as the ↑ on the first row or ↓ on the last would ask.
    await movePlanQuestion(db, viewers.recruiter, id, await rowOf(id, "p-3"), 99);
    expect(await order(id)).toEqual(["p-1", "p-2", "p-3"]);

    expect(await removePlanQuestion(db, viewers.admin, id, await rowOf(id, "p-2"))).toEqual({ ok: true, value: undefined });
    expect(await order(id)).toEqual(["p-1", "p-3"]);
    expect(await removePlanQuestion(db, viewers.admin, id, "gone")).toEqual({ ok: false, message: "That question is no longer in this plan." });
  });

  it("refuses duplicates, practice-only, archived and unknown questions", async () => {
    const id = await newPlan();
    await addPlanQuestion(db, viewers.recruiter, id, "p-1");
    expect(await addPlanQuestion(db, viewers.recruiter, id, "p-1")).toEqual({ ok: false, message: "That question is already in this plan." });
    expect(await addPlanQuestion(db, viewers.recruiter, id, "p-practice")).toEqual({ ok: false, message: "That question cannot be used in interviews." });
    expect(await addPlanQuestion(db, viewers.recruiter, id, "no-such-question")).toMatchObject({ ok: false });

    await db.question.update({ where: { id: "p-2" }, data: { archived: true } });
    expect(await addPlanQuestion(db, viewers.recruiter, id, "p-2")).toEqual({ ok: false, message: "That question cannot be used in interviews." });
    await db.question.update({ where: { id: "p-2" }, data: { archived: false } });
    expect(await order(id)).toEqual(["p-1"]);
  });

  it("keeps one row per question when the same question is added concurrently", async () => {
    const id = await newPlan();
    const results = await Promise.all([1, 2, 3].map(() => addPlanQuestion(db, viewers.recruiter, id, "p-2")));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await order(id)).toEqual(["p-2"]);
  });

  it("says so when the plan is gone", async () => {
    expect(await addPlanQuestion(db, viewers.recruiter, "no-such-plan", "p-1")).toEqual({ ok: false, message: "This plan no longer exists." });
    expect(await movePlanQuestion(db, viewers.recruiter, "no-such-plan", "x", 0)).toEqual({ ok: false, message: "This plan no longer exists." });
  });
});

describe("who may use plans", () => {
  it("every staff member may create and edit plans", async () => {
    const byInterviewer = await newPlan(viewers.interviewer, "Interviewer's plan");
    expect(await updatePlan(db, viewers.admin, byInterviewer, { name: "Renamed", position: null })).toEqual({ ok: true, value: undefined });
    expect(await db.interviewPlan.findUniqueOrThrow({ where: { id: byInterviewer }, select: { name: true, position: true, createdById: true } })).toEqual({
      name: "Renamed",
      position: null,
      createdById: viewers.interviewer.id,
    });
  });

  it("a candidate account can do nothing with plans", async () => {
    const id = await newPlan();
    await addPlanQuestion(db, viewers.recruiter, id, "p-1");
    const refused = { ok: false, message: "You cannot change interview plans." };
    expect(await createPlan(db, viewers.candidate, { name: "Mine", position: null })).toEqual(refused);
    expect(await updatePlan(db, viewers.candidate, id, { name: "Mine", position: null })).toEqual(refused);
    expect(await addPlanQuestion(db, viewers.candidate, id, "p-2")).toEqual(refused);
    expect(await movePlanQuestion(db, viewers.candidate, id, await rowOf(id, "p-1"), 0)).toEqual(refused);
    expect(await removePlanQuestion(db, viewers.candidate, id, await rowOf(id, "p-1"))).toEqual(refused);
    expect(await deletePlan(db, viewers.candidate, id)).toEqual(refused);
    expect(await order(id)).toEqual(["p-1"]);
  });
});

describe("deleting a plan", () => {
  it("removes the plan and its question list, and not the questions", async () => {
    const id = await newPlan();
    await addPlanQuestion(db, viewers.recruiter, id, "p-1");
    expect(await deletePlan(db, viewers.recruiter, id)).toEqual({ ok: true, value: undefined });
    expect(await db.interviewPlanQuestion.count({ where: { planId: id } })).toBe(0);
    expect(await db.question.count({ where: { id: "p-1" } })).toBe(1);
    expect(await deletePlan(db, viewers.recruiter, id)).toEqual({ ok: false, message: "This plan no longer exists." });
  });
});

describe("the time budget", () => {
  it("sums the questions' minutes, a question without minutes counting 0", async () => {
    const id = await newPlan();
    for (const q of ["p-1", "p-2", "p-3"]) await addPlanQuestion(db, viewers.recruiter, id, q);
    const rows = await db.interviewPlanQuestion.findMany({ where: { planId: id }, orderBy: { position: "asc" }, select: { question: { select: { minutes: true } } } });
    const questions = rows.map((row) => row.question);
    expect(questions.map((q) => q.minutes)).toEqual([10, 5, null]);
    expect(timeBudget(questions)).toBe(15);
    expect(describeBudget(questions)).toBe("3 questions · time budget 15 min");
    expect(describeBudget([{ minutes: 7 }])).toBe("1 question · time budget 7 min");
    expect(describeBudget([])).toBe("0 questions · time budget 0 min");
  });
});
