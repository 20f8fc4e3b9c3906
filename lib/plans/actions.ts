"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { allow, args, authedAction, form, SESSION_ENDED } from "@/lib/auth/authed-action";
import { orderedListActions } from "@/lib/auth/ordered-list-actions";
import { prisma } from "@/lib/db";
import type { FormState } from "@/lib/form-state";
import { SIGNED_IN } from "@/lib/users/roles";
import { addPlanQuestion, createPlan, deletePlan, movePlanQuestion, removePlanQuestion, updatePlan, type PlanResult } from "./plans";
import { planSchema, type PlanField } from "./schema";

type PlanFormState = FormState<PlanField>;

// Who may use plans is decided by the verbs in plans.ts (canUsePlans), for every caller.
const SIGNED_IN_USERS = allow(SIGNED_IN, { signedOut: SESSION_ENDED });
const planId = z.string();

// The list shows each plan's count and budget, so it changes with every edit too.
function outcome(result: PlanResult<unknown>, planId: string): FormState {
  if (!result.ok) return { message: result.message };
  revalidatePath("/plans");
  revalidatePath(`/plans/${planId}`);
  return { ok: true };
}

export const createPlanAction = authedAction(SIGNED_IN_USERS, form(planSchema), async (user, data): Promise<PlanFormState> => {
  const result = await createPlan(prisma, user, data);
  if (!result.ok) return { message: result.message };
  revalidatePath("/plans");
  redirect(`/plans/${result.value}`);
});

export const updatePlanAction = authedAction(SIGNED_IN_USERS, form(planSchema), async (user, data, planId: string): Promise<PlanFormState> => {
  const result = outcome(await updatePlan(prisma, user, planId, data), planId);
  return result.ok ? { ok: true, message: "Saved." } : result;
});

export const deletePlanAction = authedAction(SIGNED_IN_USERS, args(z.tuple([planId]), "This plan no longer exists."), async (user, [planId]): Promise<FormState> => {
  const result = await deletePlan(prisma, user, planId);
  if (!result.ok) return { message: result.message };
  revalidatePath("/plans");
  redirect("/plans");
});

const questions = orderedListActions(SIGNED_IN_USERS, {
  add: addPlanQuestion,
  remove: removePlanQuestion,
  move: movePlanQuestion,
  outcome,
  gone: "That question is no longer in this plan.",
});
export const addPlanQuestionAction = questions.add;
export const removePlanQuestionAction = questions.remove;
export const movePlanQuestionAction = questions.move;
