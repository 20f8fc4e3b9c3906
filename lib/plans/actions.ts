"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { allow, args, authedAction, form, SESSION_ENDED } from "@/lib/auth/authed-action";
import { prisma } from "@/lib/db";
import type { FormState } from "@/lib/form-state";
import { SIGNED_IN } from "@/lib/users/roles";
import { addPlanQuestion, createPlan, deletePlan, movePlanQuestion, removePlanQuestion, updatePlan, type PlanResult } from "./plans";
import { planSchema, type PlanField } from "./schema";

type PlanFormState = FormState<PlanField>;

// Who may use plans is decided by the verbs in plans.ts (canUsePlans), for every caller.
const SIGNED_IN_USERS = allow(SIGNED_IN, { signedOut: SESSION_ENDED });
const id = z.string().min(1).max(100);
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

export const addPlanQuestionAction = authedAction(SIGNED_IN_USERS, args(z.tuple([planId, id]), "Unknown question."), async (user, [planId, questionId]) =>
  outcome(await addPlanQuestion(prisma, user, planId, questionId), planId),
);

export const removePlanQuestionAction = authedAction(SIGNED_IN_USERS, args(z.tuple([planId, z.string()]), "That question is no longer in this plan."), async (user, [planId, planQuestionId]) =>
  outcome(await removePlanQuestion(prisma, user, planId, planQuestionId), planId),
);

export const movePlanQuestionAction = authedAction(SIGNED_IN_USERS, args(z.tuple([planId, z.string(), z.number().int()]), "Invalid position."), async (user, [planId, planQuestionId, toIndex]) =>
  outcome(await movePlanQuestion(prisma, user, planId, planQuestionId, toIndex), planId),
);
