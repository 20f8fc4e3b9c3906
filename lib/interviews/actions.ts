"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import type { FormState } from "@/lib/form-state";
import { addCustomQuestion, addQuestion, createInterview, moveQuestion, removeQuestion, setPanel, startInterview, type BuilderResult } from "./builder";
import { customRubric } from "./custom-question";
import { createInterviewSchema, customQuestionSchema, startFromSchema } from "./schema";

const SIGNED_OUT: FormState = { message: "Your session has ended. Sign in again." };
const id = z.string().min(1).max(100);

function outcome(result: BuilderResult<unknown>, sessionId: string): FormState {
  if (!result.ok) return { message: result.message };
  revalidatePath(`/interviews/${sessionId}`);
  return { ok: true };
}

export async function createInterviewAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const startFrom = startFromSchema.safeParse(formData.get("startFrom") ?? "");
  if (!startFrom.success) return { errors: { startFrom: startFrom.error.issues.map((issue) => issue.message) }, message: "Please correct the fields below." };
  const parsed = createInterviewSchema.safeParse({
    candidateId: formData.get("candidateId"),
    title: formData.get("title"),
    panel: formData.getAll("panel"),
    ...startFrom.data,
  });
  if (!parsed.success) return { errors: parsed.error.flatten().fieldErrors, message: "Please correct the fields below." };
  const result = await createInterview(prisma, user, parsed.data);
  if (!result.ok) return { message: result.message };
  revalidatePath(`/candidates/${parsed.data.candidateId}`);
  redirect(`/interviews/${result.value}`);
}

export async function addQuestionAction(sessionId: string, questionId: string): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  if (!id.safeParse(questionId).success) return { message: "Unknown question." };
  return outcome(await addQuestion(prisma, user, sessionId, questionId), sessionId);
}

export async function removeQuestionAction(sessionId: string, sessionQuestionId: string): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  return outcome(await removeQuestion(prisma, user, sessionId, sessionQuestionId), sessionId);
}

export async function moveQuestionAction(sessionId: string, sessionQuestionId: string, toIndex: number): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  if (!Number.isInteger(toIndex)) return { message: "Invalid position." };
  return outcome(await moveQuestion(prisma, user, sessionId, sessionQuestionId, toIndex), sessionId);
}

export async function addCustomQuestionAction(sessionId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = customQuestionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { errors: parsed.error.flatten().fieldErrors, message: "Please correct the question." };
  const { rubric, errors } = customRubric(parsed.data);
  if (errors) return { errors, message: "Please correct the question." };
  const { title, prompt, minutes } = parsed.data;
  return outcome(await addCustomQuestion(prisma, user, sessionId, { title, prompt, minutes, rubric }), sessionId);
}

export async function startInterviewAction(sessionId: string): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  return outcome(await startInterview(prisma, user, sessionId), sessionId);
}

export async function setPanelAction(sessionId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = z.array(id).max(10).safeParse(formData.getAll("panel"));
  if (!parsed.success) return { message: "Invalid panel." };
  const result = await setPanel(prisma, user, sessionId, parsed.data);
  if (!result.ok) return { errors: { panel: [result.message] }, message: result.message };
  revalidatePath(`/interviews/${sessionId}`);
  return { ok: true, message: "Panel saved." };
}
