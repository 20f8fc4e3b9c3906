"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { allow, args, authedAction, form, SESSION_ENDED } from "@/lib/auth/authed-action";
import { orderedListActions } from "@/lib/auth/ordered-list-actions";
import { prisma } from "@/lib/db";
import type { FormState } from "@/lib/form-state";
import { SIGNED_IN } from "@/lib/users/roles";
import { addCustomQuestion, addQuestion, createInterview, moveQuestion, removeQuestion, setPanel, startInterview, type BuilderResult } from "./builder";
import { customRubric } from "./custom-question";
import { customQuestionSchema, interviewFormSchema, panelFormSchema } from "./schema";

// Who may change which interview is decided by the builder's verbs (lib/interviews/access.ts), for every caller.
const SIGNED_IN_USERS = allow(SIGNED_IN, { signedOut: SESSION_ENDED });
const sessionId = z.string();

function outcome(result: BuilderResult<unknown>, sessionId: string): FormState {
  if (!result.ok) return { message: result.message };
  revalidatePath(`/interviews/${sessionId}`);
  return { ok: true };
}

export const createInterviewAction = authedAction(SIGNED_IN_USERS, form(interviewFormSchema), async (user, data): Promise<FormState> => {
  const result = await createInterview(prisma, user, data);
  if (!result.ok) return { message: result.message };
  revalidatePath(`/candidates/${data.candidateId}`);
  redirect(`/interviews/${result.value}`);
});

const questions = orderedListActions(SIGNED_IN_USERS, {
  add: addQuestion,
  remove: removeQuestion,
  move: moveQuestion,
  outcome,
  gone: "That question is no longer in this interview.",
});
export const addQuestionAction = questions.add;
export const removeQuestionAction = questions.remove;
export const moveQuestionAction = questions.move;

export const addCustomQuestionAction = authedAction(
  SIGNED_IN_USERS,
  form(customQuestionSchema, { invalid: "Please correct the question." }),
  async (user, data, sessionId: string): Promise<FormState> => {
    const { rubric, errors } = customRubric(data);
    if (errors) return { errors, message: "Please correct the question." };
    const { title, prompt, minutes } = data;
    return outcome(await addCustomQuestion(prisma, user, sessionId, { title, prompt, minutes, rubric }), sessionId);
  },
);

export const startInterviewAction = authedAction(SIGNED_IN_USERS, args(z.tuple([sessionId]), "This interview does not exist or you cannot change it."), async (user, [sessionId]) =>
  outcome(await startInterview(prisma, user, sessionId), sessionId),
);

export const setPanelAction = authedAction(
  SIGNED_IN_USERS,
  form(panelFormSchema, { invalid: { message: "Invalid panel." } }),
  async (user, { panel }, sessionId: string): Promise<FormState> => {
    const result = await setPanel(prisma, user, sessionId, panel);
    if (!result.ok) return { errors: { panel: [result.message] }, message: result.message };
    revalidatePath(`/interviews/${sessionId}`);
    return { ok: true, message: "Panel saved." };
  },
);
