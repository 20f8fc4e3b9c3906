"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import type { FormState } from "@/lib/form-state";
import { reopenScorecardSchema, submitScorecardSchema } from "./schema";
import { reopenScorecard, submitScorecard, type ScoringResult } from "./scorecards";

const SIGNED_OUT: FormState = { message: "Your session has ended. Sign in again; your scorecard is kept on this device." };

function outcome(result: ScoringResult<{ sessionId: string }>): FormState {
  if (!result.ok) return { message: result.message, errors: result.errors };
  revalidatePath(`/interviews/${result.value.sessionId}`, "layout");
  return { ok: true };
}

export async function submitScorecardAction(scorecardId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = submitScorecardSchema.safeParse({
    recommendation: formData.get("recommendation") ?? undefined,
    summary: formData.get("summary") ?? "",
    disagreementReason: formData.get("disagreementReason") ?? "",
  });
  if (!parsed.success) return { errors: parsed.error.flatten().fieldErrors, message: "Please complete the scorecard." };
  return outcome(await submitScorecard(prisma, user, scorecardId, parsed.data));
}

export async function reopenScorecardAction(scorecardId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = reopenScorecardSchema.safeParse({ reason: formData.get("reason") ?? "" });
  if (!parsed.success) return { errors: parsed.error.flatten().fieldErrors, message: "Say why you reopen it." };
  return outcome(await reopenScorecard(prisma, user, scorecardId, parsed.data.reason));
}
