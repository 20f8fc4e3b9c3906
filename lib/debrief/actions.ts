"use server";

import { revalidatePath } from "next/cache";
import { allow, authedAction, form, SESSION_ENDED } from "@/lib/auth/authed-action";
import { prisma } from "@/lib/db";
import type { FormState } from "@/lib/form-state";
import { recordDecision, reviseScorecard } from "./debrief";
import { SIGNED_IN } from "@/lib/users/roles";
import { decisionSchema, DECISION_LABELS, revisionFields, revisionSchema } from "./schema";

// Who decides and who revises depends on the interview (recordDecision, reviseScorecard decide).
const SIGNED_IN_USERS = allow(SIGNED_IN, { signedOut: SESSION_ENDED });

export const recordDecisionAction = authedAction(SIGNED_IN_USERS, form(decisionSchema), async (user, data, sessionId: string): Promise<FormState> => {
  const result = await recordDecision(prisma, user, sessionId, data);
  if (!result.ok) return { message: result.message };
  revalidatePath(`/interviews/${sessionId}`, "layout");
  revalidatePath(`/candidates/${result.value.candidateId}`, "layout");
  revalidatePath("/");
  return { ok: true, message: `Decision recorded: ${DECISION_LABELS[result.value.outcome]}.` };
});

export const reviseScorecardAction = authedAction(SIGNED_IN_USERS, form(revisionSchema, { read: revisionFields }), async (user, data, scorecardId: string): Promise<FormState> => {
  const result = await reviseScorecard(prisma, user, scorecardId, data);
  if (!result.ok) return { message: result.message };
  revalidatePath(`/interviews/${result.value.sessionId}`, "layout");
  return { ok: true, message: "Revision recorded. Your submitted scorecard is kept as it was." };
});
