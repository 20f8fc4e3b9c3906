import { z } from "zod";
import type { DecisionOutcome } from "@/lib/generated/prisma/enums";
import { RECOMMENDATIONS } from "@/lib/scoring/composite";
import { atMost, textInput } from "@/lib/text-input";

export const DECISION_OUTCOMES = ["ADVANCE", "REJECT", "HOLD", "HIRE"] as const satisfies readonly DecisionOutcome[];

export const DECISION_LABELS: Record<DecisionOutcome, string> = {
  ADVANCE: "Advance",
  REJECT: "Reject",
  HOLD: "Hold",
  HIRE: "Hire",
};

export const MAX_REASON = 2_000;

const reason = (missing: string) => textInput().trim().min(1, { message: missing }).max(MAX_REASON, atMost(MAX_REASON));

/** The debrief's decision form. */
export const decisionSchema = z.object({
  outcome: z.enum(DECISION_OUTCOMES, { message: "Choose advance, reject, hold or hire." }),
  reason: reason("Say why: the reason is kept with the decision."),
});

export type DecisionInput = z.infer<typeof decisionSchema>;

/**
 * A rating revision after the debrief: a new recommendation and/or new ratings for some questions
 * ("rating:<session question id>" fields; empty means unchanged), and why.
 */
export const revisionSchema = z
  .object({
    recommendation: z.enum(RECOMMENDATIONS).nullable(),
    ratings: z.record(z.string().min(1).max(100), z.number().int().min(1).max(4)),
    reason: reason("Say why you revise it: the debrief reads it."),
  })
  .refine((input) => input.recommendation !== null || Object.keys(input.ratings).length > 0, { message: "Change the recommendation or at least one rating.", path: ["ratings"] });

export type RevisionInput = z.infer<typeof revisionSchema>;

/** Reads the revision form, for revisionSchema: "recommendation", "reason" and one "rating:<id>" select per question. */
export function revisionFields(formData: FormData) {
  const ratings: Record<string, number> = {};
  for (const [key, value] of formData.entries()) {
    if (!key.startsWith("rating:") || typeof value !== "string" || value === "") continue;
    ratings[key.slice("rating:".length)] = Number(value);
  }
  const recommendation = formData.get("recommendation");
  return {
    recommendation: typeof recommendation === "string" && recommendation !== "" ? recommendation : null,
    ratings,
    reason: formData.get("reason") ?? "",
  };
}
