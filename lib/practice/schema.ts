import { z } from "zod";
import { atMost, textInput } from "@/lib/text-input";
import { DIFFICULTIES, LEVELS } from "@/lib/questions/schema";

export const MAX_RUN = 50;
export const DEFAULT_RUN = 10;

// Invalid values in a shared URL are dropped rather than failing the page.
const text = textInput().trim().min(1).max(100);
const list = z
  .union([text, z.array(textInput())])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
  .transform((values) => [...new Set(values.map((v) => v.trim()).filter((v) => v.length > 0 && v.length <= 100))].slice(0, 50))
  .catch([]);

export const runFiltersSchema = z.object({
  set: list,
  tag: list,
  difficulty: z.enum(DIFFICULTIES).optional().catch(undefined),
  level: z.enum(LEVELS).optional().catch(undefined),
  count: z.coerce.number().int().min(1).max(MAX_RUN).default(DEFAULT_RUN).catch(DEFAULT_RUN),
  // "due": only what is due today; otherwise due first, then new, then the soonest due.
  due: z.enum(["1"]).optional().catch(undefined),
});

export type RunFilters = z.infer<typeof runFiltersSchema>;

export function parseRunFilters(searchParams: Record<string, string | string[] | undefined>): RunFilters {
  return runFiltersSchema.parse(searchParams);
}

/** The question ids of a started run, as they travel in its URL (`?ids=a,b,c`). */
export function parseRunIds(value: string | string[] | undefined): string[] {
  const raw = Array.isArray(value) ? value.join(",") : (value ?? "");
  return [
    ...new Set(
      raw
        .split(",")
        .map((id) => id.trim())
        .filter((id) => /^[A-Za-z0-9_.-]{1,200}$/.test(id)),
    ),
  ].slice(0, MAX_RUN);
}

export function runFiltersHref(filters: Partial<RunFilters>) {
  const params = new URLSearchParams();
  for (const set of filters.set ?? []) params.append("set", set);
  for (const tag of filters.tag ?? []) params.append("tag", tag);
  if (filters.difficulty) params.set("difficulty", filters.difficulty);
  if (filters.level) params.set("level", filters.level);
  if (filters.count) params.set("count", String(filters.count));
  if (filters.due) params.set("due", filters.due);
  return `/practice/run?${params.toString()}`;
}

/** One self-graded review, as the browser sends it (and keeps it until the server has it). */
export const reviewInputSchema = z.object({
  // Made by the browser when the grade is given; the same id is stored once however often it is sent.
  id: z.string().uuid(),
  questionId: z.string().min(1).max(200),
  grade: z.number().int().min(1).max(4),
  answer: textInput().max(20_000, atMost(20_000)).default(""),
  keyPointsTicked: z.array(z.number().int().min(0).max(200)).max(200).default([]),
  reviewedAt: z.string().datetime({ offset: true }),
  fromGuest: z.boolean().default(false),
});

export type ReviewInput = z.input<typeof reviewInputSchema>;
export type ParsedReview = z.output<typeof reviewInputSchema>;

/** Undoes one stored review (named by its id); made in the browser with its own id, like a grade. */
export const undoInputSchema = z.object({ id: z.string().uuid(), undoOf: z.string().uuid() });
export type UndoInput = z.input<typeof undoInputSchema>;
export type ParsedUndo = z.output<typeof undoInputSchema>;

export const reviewBatchSchema = z
  .object({ reviews: z.array(reviewInputSchema).max(500).default([]), undos: z.array(undoInputSchema).max(500).default([]) })
  .refine((batch) => batch.reviews.length + batch.undos.length >= 1 && batch.reviews.length + batch.undos.length <= 500, { message: "Send between 1 and 500 grades and undos." });

export type ReviewBatchResult = { status: "saved"; accepted: string[]; duplicates: string[]; skipped: string[] };
