// Interview plans: what the plan editor's actions do, taking the database and the acting user so
// the rules are tested directly against PostgreSQL. Refusals come back as a message, not a throw.
import type { Database, Transaction } from "@/lib/db-client";
import type { Viewer } from "@/lib/candidates/access";
import { INTERVIEW_AUDIENCES } from "@/lib/interviews/schema";
import { canUsePlans } from "./access";
import type { PlanInput } from "./schema";

export type PlanResult<T = undefined> = { ok: true; value: T } | { ok: false; message: string };

const fail = (message: string) => ({ ok: false, message }) as const;
const done = { ok: true, value: undefined } as const;
const NOT_ALLOWED = "You cannot change interview plans.";
const NOT_FOUND = "This plan no longer exists.";
const GONE = "That question is no longer in this plan.";

/**
 * Bumps the plan's updatedAt, which also locks its row until the transaction ends: concurrent
 * edits of one plan then run one after the other and never interleave positions.
 */
async function lockPlan(tx: Transaction, planId: string) {
  const { count } = await tx.interviewPlan.updateMany({ where: { id: planId }, data: { updatedAt: new Date() } });
  return count > 0;
}

async function orderedIds(tx: Transaction, planId: string) {
  const rows = await tx.interviewPlanQuestion.findMany({ where: { planId }, orderBy: { position: "asc" }, select: { id: true } });
  return rows.map((row) => row.id);
}

async function renumber(tx: Transaction, ids: string[]) {
  for (const [position, id] of ids.entries()) await tx.interviewPlanQuestion.update({ where: { id }, data: { position } });
}

export async function createPlan(db: Database, viewer: Viewer, input: PlanInput): Promise<PlanResult<string>> {
  if (!canUsePlans(viewer)) return fail(NOT_ALLOWED);
  const plan = await db.interviewPlan.create({ data: { ...input, createdById: viewer.id }, select: { id: true } });
  return { ok: true, value: plan.id };
}

export async function updatePlan(db: Database, viewer: Viewer, planId: string, input: PlanInput): Promise<PlanResult> {
  if (!canUsePlans(viewer)) return fail(NOT_ALLOWED);
  const { count } = await db.interviewPlan.updateMany({ where: { id: planId }, data: input });
  return count > 0 ? done : fail(NOT_FOUND);
}

/** Deleting a plan never touches interviews started from it: they hold their own copies. */
export async function deletePlan(db: Database, viewer: Viewer, planId: string): Promise<PlanResult> {
  if (!canUsePlans(viewer)) return fail(NOT_ALLOWED);
  const { count } = await db.interviewPlan.deleteMany({ where: { id: planId } });
  return count > 0 ? done : fail(NOT_FOUND);
}

export async function addPlanQuestion(db: Database, viewer: Viewer, planId: string, questionId: string): Promise<PlanResult> {
  if (!canUsePlans(viewer)) return fail(NOT_ALLOWED);
  return db.$transaction(async (tx) => {
    if (!(await lockPlan(tx, planId))) return fail(NOT_FOUND);
    const question = await tx.question.findFirst({
      where: { id: questionId, archived: false, audience: { in: [...INTERVIEW_AUDIENCES] } },
      select: { id: true },
    });
    if (!question) return fail("That question cannot be used in interviews.");
    if ((await tx.interviewPlanQuestion.count({ where: { planId, questionId } })) > 0) return fail("That question is already in this plan.");
    const last = await tx.interviewPlanQuestion.aggregate({ where: { planId }, _max: { position: true } });
    await tx.interviewPlanQuestion.create({ data: { planId, questionId, position: (last._max.position ?? -1) + 1 } });
    return done;
  });
}

export async function removePlanQuestion(db: Database, viewer: Viewer, planId: string, planQuestionId: string): Promise<PlanResult> {
  if (!canUsePlans(viewer)) return fail(NOT_ALLOWED);
  return db.$transaction(async (tx) => {
    if (!(await lockPlan(tx, planId))) return fail(NOT_FOUND);
    const { count } = await tx.interviewPlanQuestion.deleteMany({ where: { id: planQuestionId, planId } });
    if (count === 0) return fail(GONE);
    await renumber(tx, await orderedIds(tx, planId));
    return done;
  });
}

/** Moves a question to `toIndex` (0-based, clamped), shifting the others. */
export async function movePlanQuestion(db: Database, viewer: Viewer, planId: string, planQuestionId: string, toIndex: number): Promise<PlanResult> {
  if (!canUsePlans(viewer)) return fail(NOT_ALLOWED);
  return db.$transaction(async (tx) => {
    if (!(await lockPlan(tx, planId))) return fail(NOT_FOUND);
    const ids = await orderedIds(tx, planId);
    const from = ids.indexOf(planQuestionId);
    if (from === -1) return fail(GONE);
    ids.splice(from, 1);
    ids.splice(Math.max(0, Math.min(toIndex, ids.length)), 0, planQuestionId);
    await renumber(tx, ids);
    return done;
  });
}
