import { z } from "zod";
import { atMost, textInput } from "@/lib/text-input";
import { RECOMMENDATIONS } from "./composite";
import { MAX_NOTES } from "./limits";

/** What one interviewer recorded for one question. */
export const questionScoreSchema = z.object({
  rating: z.number().int().min(1).max(4).nullable(),
  notes: textInput().max(MAX_NOTES, { message: `Notes are limited to ${MAX_NOTES.toLocaleString("en")} characters.` }),
  keyPointsCovered: z.array(z.number().int().min(0).max(200)).max(200),
  redFlagsRaised: z.array(z.number().int().min(0).max(200)).max(200),
  elapsedSeconds: z
    .number()
    .int()
    .min(0)
    .max(24 * 3600),
});

/** The scorecard's own draft: the summary and the recommendation, before submitting. */
export const summaryDraftSchema = z.object({
  summary: textInput().max(MAX_NOTES, atMost(MAX_NOTES)),
  recommendation: z.enum(RECOMMENDATIONS).nullable(),
});

export type QuestionScore = z.infer<typeof questionScoreSchema>;
export type SummaryDraft = z.infer<typeof summaryDraftSchema>;

/**
 * One autosave write. `baseRevision` is the revision the client last saw for this target; the
 * server applies the write only if it is still current (compare-and-set), so a stale retry can
 * never overwrite a newer value. `writeId` makes a replay of an applied write a harmless no-op.
 */
export const autosaveWriteSchema = z.discriminatedUnion("target", [
  z.object({
    target: z.literal("question"),
    sessionQuestionId: z.string().min(1).max(100),
    writeId: z.string().min(8).max(100),
    baseRevision: z.number().int().min(0),
    value: questionScoreSchema,
  }),
  z.object({
    target: z.literal("summary"),
    writeId: z.string().min(8).max(100),
    baseRevision: z.number().int().min(0),
    value: summaryDraftSchema,
  }),
]);

export type AutosaveWrite = z.infer<typeof autosaveWriteSchema>;

export type AutosaveResult =
  | { status: "saved"; revision: number }
  | { status: "conflict"; revision: number; value: QuestionScore | SummaryDraft }
  | { status: "read-only" }
  | { status: "not-found" }
  | { status: "signed-out" };

export const submitScorecardSchema = z.object({
  recommendation: z.enum(RECOMMENDATIONS, { message: "Choose a recommendation." }),
  summary: textInput().trim().min(1, { message: "Write a short summary." }).max(MAX_NOTES, atMost(MAX_NOTES)),
  disagreementReason: textInput()
    .trim()
    .max(300, atMost(300))
    .transform((value) => value || null),
});

export type SubmitScorecardInput = z.infer<typeof submitScorecardSchema>;

export const reopenScorecardSchema = z.object({
  reason: textInput().trim().min(1, { message: "Say why the scorecard is reopened." }).max(300, atMost(300)),
});
