"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import type { FormState } from "@/lib/form-state";
import { addPlanQuestion, createPlan, deletePlan, movePlanQuestion, removePlanQuestion, updatePlan, type PlanResult } from "./plans";
import { planSchema, type PlanField } from "./schema";

type PlanFormState = FormState<PlanField>;

const SIGNED_OUT: FormState = { message: "Your session has ended. Sign in again." };
const id = z.string().min(1).max(100);

function parse(formData: FormData) {
  return planSchema.safeParse({ name: String(formData.get("name") ?? ""), position: String(formData.get("position") ?? "") });
}

// The list shows each plan's count and budget, so it changes with every edit too.
function outcome(result: PlanResult<unknown>, planId: string): FormState {
  if (!result.ok) return { message: result.message };
  revalidatePath("/plans");
  revalidatePath(`/plans/${planId}`);
  return { ok: true };
}

export async function createPlanAction(_previous: PlanFormState, formData: FormData): Promise<PlanFormState> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = parse(formData);
  if (!parsed.success) return { errors: parsed.error.flatten().fieldErrors, message: "Please correct the fields below." };
  const result = await createPlan(prisma, user, parsed.data);
  if (!result.ok) return { message: result.message };
  revalidatePath("/plans");
  redirect(`/plans/${result.value}`);
}

export async function updatePlanAction(planId: string, _previous: PlanFormState, formData: FormData): Promise<PlanFormState> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = parse(formData);
  if (!parsed.success) return { errors: parsed.error.flatten().fieldErrors, message: "Please correct the fields below." };
  const result = outcome(await updatePlan(prisma, user, planId, parsed.data), planId);
  return result.ok ? { ok: true, message: "Saved." } : result;
}

export async function deletePlanAction(planId: string): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const result = await deletePlan(prisma, user, planId);
  if (!result.ok) return { message: result.message };
  revalidatePath("/plans");
  redirect("/plans");
}

export async function addPlanQuestionAction(planId: string, questionId: string): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  if (!id.safeParse(questionId).success) return { message: "Unknown question." };
  return outcome(await addPlanQuestion(prisma, user, planId, questionId), planId);
}

export async function removePlanQuestionAction(planId: string, planQuestionId: string): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  return outcome(await removePlanQuestion(prisma, user, planId, planQuestionId), planId);
}

export async function movePlanQuestionAction(planId: string, planQuestionId: string, toIndex: number): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  if (!Number.isInteger(toIndex)) return { message: "Invalid position." };
  return outcome(await movePlanQuestion(prisma, user, planId, planQuestionId, toIndex), planId);
}
