"use server";

import { revalidatePath } from "next/cache";
import { allow, authedAction, form } from "@/lib/auth/authed-action";
import { prisma } from "@/lib/db";
import type { FormState } from "@/lib/form-state";
import { SIGNED_IN } from "@/lib/users/roles";
import { reopenScorecardSchema, submitScorecardSchema } from "./schema";
import { reopenScorecard, submitScorecard, type ScoringResult } from "./scorecards";

// The role and the panel seat are checked by scorecards.ts inside the write, as committed (lib/scoring/access.ts).
const SIGNED_IN_USERS = allow(SIGNED_IN, { signedOut: "Your session has ended. Sign in again; your scorecard is kept on this device." });

function outcome(result: ScoringResult<{ sessionId: string }>): FormState {
  if (!result.ok) return { message: result.message, errors: result.errors };
  revalidatePath(`/interviews/${result.value.sessionId}`, "layout");
  return { ok: true };
}

export const submitScorecardAction = authedAction(
  SIGNED_IN_USERS,
  form(submitScorecardSchema, { invalid: "Please complete the scorecard." }),
  async (user, data, scorecardId: string) => outcome(await submitScorecard(prisma, user, scorecardId, data)),
);

export const reopenScorecardAction = authedAction(
  SIGNED_IN_USERS,
  form(reopenScorecardSchema, { invalid: "Say why you reopen it." }),
  async (user, { reason }, scorecardId: string) => outcome(await reopenScorecard(prisma, user, scorecardId, reason)),
);
