// The question and set forms, shared by the browser (field names, limits) and the server actions.
// Content rules (what a valid question is) are not repeated here: the assembled Markdown goes
// through the same parser as a file, so the form and the importer can never disagree.
import { z } from "zod";
import { AUDIENCES, DIFFICULTIES, LEVELS, SLUG_PATTERN } from "@/lib/content/schema";
import { MARKDOWN_LIMITS } from "@/lib/markdown/limits";
import { renderableMarkdown } from "@/lib/markdown/schema";

const singleLine = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters.`)
    .refine((value) => !/[\r\n]/.test(value), "Keep this on one line.");
// Rendered fields: within the Markdown rendering limits too, or they would show as plain text.
const markdown = (field: string, max: number = MARKDOWN_LIMITS.characters) =>
  z
    .string()
    .max(max, `At most ${max.toLocaleString("en")} characters.`)
    .superRefine(renderableMarkdown(field));

export const questionFormSchema = z.object({
  title: singleLine(300).pipe(z.string().min(1, "Write the question.")),
  /** Only for a new question; an existing question's id never changes. */
  id: singleLine(120)
    .refine((value) => value === "" || SLUG_PATTERN.test(value), "Lower-case letters, digits and single hyphens, e.g. k8s-liveness-probe.")
    .optional(),
  difficulty: z.enum(DIFFICULTIES, "Choose a difficulty."),
  level: z.union([z.enum(LEVELS), z.literal("")]),
  competency: singleLine(120),
  tags: singleLine(500),
  minutes: z.string().trim().regex(/^\d*$/, "Whole minutes, e.g. 10."),
  /** "" keeps the set's audience. */
  audience: z.union([z.enum(AUDIENCES), z.literal("")]),
  /** YYYY-MM (a month input's value); the bank rules require it and refuse a future month. */
  reviewed: singleLine(20),
  /** The practice twin's id, for an interview-only question. */
  practiceTwin: singleLine(120),
  prompt: markdown("Extra prompt detail"),
  answer: markdown("Expected answer"),
  keyPoints: markdown("Key points"),
  redFlags: markdown("Red flags"),
  followUps: markdown("Follow-ups"),
  scoring1: markdown("Scoring anchor 1", 5_000),
  scoring2: markdown("Scoring anchor 2", 5_000),
  scoring3: markdown("Scoring anchor 3", 5_000),
  scoring4: markdown("Scoring anchor 4", 5_000),
});

export type QuestionForm = z.infer<typeof questionFormSchema>;
export type QuestionField = keyof QuestionForm;

export const QUESTION_FIELDS = Object.keys(questionFormSchema.shape) as QuestionField[];

/** A new question's form before anything is typed. */
export const BLANK_QUESTION_FORM: QuestionForm = {
  title: "",
  id: "",
  difficulty: "medium",
  level: "",
  competency: "",
  tags: "",
  minutes: "",
  audience: "",
  reviewed: "",
  practiceTwin: "",
  prompt: "",
  answer: "",
  keyPoints: "",
  redFlags: "",
  followUps: "",
  scoring1: "",
  scoring2: "",
  scoring3: "",
  scoring4: "",
};

/** Which version the editor started from: a save from an older one is refused, not applied. */
export const baseVersionSchema = z.coerce.number().int().min(1);

/** The editor's form when it edits a stored question: the fields and the version it started from. */
export const questionEditSchema = questionFormSchema.extend({ baseVersion: baseVersionSchema });

export const setFormSchema = z.object({
  title: singleLine(200).pipe(z.string().min(1, "Give the set a name.")),
  slug: singleLine(80).pipe(z.string().regex(SLUG_PATTERN, "Lower-case letters, digits and single hyphens, e.g. kubernetes.")),
  description: singleLine(500),
  audience: z.enum(AUDIENCES, "Choose who may see the set's questions."),
});

export type SetForm = z.infer<typeof setFormSchema>;
export type SetField = keyof SetForm;
