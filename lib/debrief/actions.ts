"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import type { FormState } from "@/lib/form-state";
import { recordDecision, reviseScorecard } from "./debrief";
import { decisionSchema, DECISION_LABELS, revisionFromForm } from "./schema";

const SIGNED_OUT: FormState = { message: "Your session has ended. Sign in again." };

export async function recordDecisionAction(sessionId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = decisionSchema.safeParse({ outcome: formData.get("outcome") ?? "", reason: formData.get("reason") ?? "" });
  if (!parsed.success) return { errors: parsed.error.flatten().fieldErrors, message: "Please correct the fields below." };
  const result = await recordDecision(prisma, user, sessionId, parsed.data);
  if (!result.ok) return { message: result.message };
  revalidatePath(`/interviews/${sessionId}`, "layout");
  revalidatePath(`/candidates/${result.value.candidateId}`, "layout");
  revalidatePath("/");
  return { ok: true, message: `Decision recorded: ${DECISION_LABELS[result.value.outcome]}.` };
}

export async function reviseScorecardAction(scorecardId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = revisionFromForm(formData);
  if (!parsed.success) return { errors: parsed.error.flatten().fieldErrors, message: "Please correct the fields below." };
  const result = await reviseScorecard(prisma, user, scorecardId, parsed.data);
  if (!result.ok) return { message: result.message };
  revalidatePath(`/interviews/${result.value.sessionId}`, "layout");
  return { ok: true, message: "Revision recorded. Your submitted scorecard is kept as it was." };
}
