import { z } from "zod";
import { renderableMarkdown } from "@/lib/markdown/schema";
import { atMost, textInput } from "@/lib/text-input";

export const createInterviewSchema = z.object({
  candidateId: z.string().min(1),
  title: textInput().trim().min(1, { message: "Give the interview a title." }).max(200, atMost(200)),
  panel: z.array(z.string().min(1)).min(1, { message: "Choose at least one interviewer." }).max(10),
  fromSet: z
    .string()
    .trim()
    .max(100)
    .transform((value) => value || null),
  fromPlan: z
    .string()
    .trim()
    .max(100)
    .transform((value) => value || null)
    .optional(),
}).refine((input) => !(input.fromSet && input.fromPlan), { message: "Start from a set or a plan, not both.", path: ["startFrom"] });

/** The form's one "Start from" select: empty, "set:<slug>" or "plan:<id>", as fromSet / fromPlan. */
export const startFromSchema = z
  .string()
  .regex(/^(?:(?:set|plan):\S+)?$/, { message: "Choose a set or a plan to start from." })
  .transform((value) => ({
    fromSet: value.startsWith("set:") ? value.slice("set:".length) : "",
    fromPlan: value.startsWith("plan:") ? value.slice("plan:".length) : "",
  }));

/**
 * The new-interview form: its "Start from" select is read first (a bad one is the only error
 * shown), then the whole form as createInterviewSchema.
 */
export const interviewFormSchema = z
  .object({ candidateId: z.string(), title: z.string(), panel: z.array(z.string()), startFrom: startFromSchema })
  .transform(({ startFrom, ...fields }): z.input<typeof createInterviewSchema> => ({ ...fields, ...startFrom }))
  .pipe(createInterviewSchema);

/** A draft interview's panel: who sits on it (checkboxes). */
export const panelFormSchema = z.object({ panel: z.array(z.string().min(1).max(100)).max(10) });

export const customQuestionSchema = z.object({
  title: textInput().trim().min(1, { message: "Write the question." }).max(500, atMost(500)),
  prompt: textInput().trim().max(10_000, atMost(10_000)).superRefine(renderableMarkdown("Details")).default(""),
  minutes: z.coerce.number().int().min(1).max(120).optional().catch(undefined),
});

export type CreateInterviewInput = z.infer<typeof createInterviewSchema>;
export type CustomQuestionInput = z.infer<typeof customQuestionSchema>;

/** Interviews are built from questions an interviewer may ask: never practice-only ones. */
export const INTERVIEW_AUDIENCES = ["INTERVIEW", "BOTH"] as const;

export const INTERVIEW_PAGE_SIZE = 25;

/** The interviews list's URL: ?status=IN_PROGRESS&page=2. */
export const interviewListSchema = z.object({
  status: z.enum(["DRAFT", "IN_PROGRESS", "COMPLETED", "CANCELLED"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export type InterviewListQuery = z.infer<typeof interviewListSchema>;
