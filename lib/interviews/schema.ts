import { z } from "zod";
import { renderableMarkdown } from "@/lib/markdown/schema";
import { atMost, textInput } from "@/lib/text-input";

export const createInterviewSchema = z
  .object({
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
  })
  .refine((input) => !(input.fromSet && input.fromPlan), { message: "Start from a set or a plan, not both.", path: ["startFrom"] });

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

function rubricText(field: string, max = 10_000) {
  return textInput().max(max, atMost(max)).superRefine(renderableMarkdown(field)).default("");
}

export const customQuestionSchema = z.object({
  title: textInput().trim().min(1, { message: "Write the question." }).max(500, atMost(500)),
  prompt: textInput().trim().max(10_000, atMost(10_000)).superRefine(renderableMarkdown("Details")).default(""),
  minutes: z.coerce.number().int().min(1).max(120).optional().catch(undefined),
  // The rubric, as in the bank's question editor; its structure (an answer, at least one key
  // point, four anchors or none) is checked by the bank's own parser in custom-question.ts.
  answer: rubricText("Expected answer"),
  keyPoints: rubricText("Key points"),
  redFlags: rubricText("Red flags"),
  followUps: rubricText("Follow-ups"),
  scoring1: rubricText("Scoring anchor 1", 5_000),
  scoring2: rubricText("Scoring anchor 2", 5_000),
  scoring3: rubricText("Scoring anchor 3", 5_000),
  scoring4: rubricText("Scoring anchor 4", 5_000),
});

export type CreateInterviewInput = z.infer<typeof createInterviewSchema>;
export type CustomQuestionInput = z.infer<typeof customQuestionSchema>;
export type CustomQuestionField = keyof CustomQuestionInput;

/** Interviews are built from questions an interviewer may ask: never practice-only ones. */
export const INTERVIEW_AUDIENCES = ["INTERVIEW", "BOTH"] as const;

export const INTERVIEW_PAGE_SIZE = 25;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

/** The interviews list's URL: ?q=&status=&from=&to=&mine=1&sort=&page=. Invalid values are dropped. */
export const interviewListSchema = z.object({
  q: textInput().trim().min(1).max(200).optional().catch(undefined),
  status: z.enum(["DRAFT", "IN_PROGRESS", "COMPLETED", "CANCELLED"]).optional().catch(undefined),
  /** Scheduled on or after / on or before these days, in the viewer's time zone. */
  from: day,
  to: day,
  mine: z.enum(["1"]).optional().catch(undefined),
  sort: z.enum(["created", "scheduled", "scheduled-desc"]).default("created").catch("created"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export type InterviewListQuery = z.infer<typeof interviewListSchema>;

export function parseInterviewList(params: Record<string, string | string[] | undefined>): InterviewListQuery {
  const one = (key: string) => (typeof params[key] === "string" ? params[key] : undefined);
  return interviewListSchema.parse({ q: one("q"), status: one("status"), from: one("from"), to: one("to"), mine: one("mine"), sort: one("sort"), page: one("page") });
}

export function interviewListHref(query: Partial<InterviewListQuery>) {
  const params = new URLSearchParams();
  for (const key of ["q", "status", "from", "to", "mine"] as const) if (query[key]) params.set(key, query[key]!);
  if (query.sort && query.sort !== "created") params.set("sort", query.sort);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  const search = params.toString();
  return search ? `/interviews?${search}` : "/interviews";
}
