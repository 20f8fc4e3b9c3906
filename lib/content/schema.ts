// The question-set format (content/README.md) as data: allowed values, the shape of a parsed set,
// and zod schemas that let other code (seed, --json consumers, tests) validate that shape.
import { z } from "zod";

export const AUDIENCES = ["interview", "practice", "both"] as const;
export const DIFFICULTIES = ["easy", "medium", "hard"] as const;
export const LEVELS = ["junior", "mid", "senior", "staff"] as const;

export type Audience = (typeof AUDIENCES)[number];
export type Difficulty = (typeof DIFFICULTIES)[number];
export type Level = (typeof LEVELS)[number];

/** Set slugs and question ids: lower-case letters and digits in groups joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MIN_MINUTES = 1;
export const MAX_MINUTES = 120;
/** Scoring anchors, from 1 (poor) to 4 (excellent). */
export const SCORING_ANCHORS = 4;

export const FRONT_MATTER_KEYS = ["title", "slug", "description", "audience"] as const;
export const METADATA_KEYS = ["id", "difficulty", "level", "competency", "tags", "minutes", "audience", "reviewed", "practice-twin"] as const;
export type MetadataKey = (typeof METADATA_KEYS)[number];

export const SECTION_NAMES = ["Answer", "Key points", "Red flags", "Follow-ups", "Scoring"] as const;
export type SectionName = (typeof SECTION_NAMES)[number];
export const REQUIRED_SECTIONS: readonly SectionName[] = ["Answer", "Key points"];

export const audienceSchema = z.enum(AUDIENCES);
export const difficultySchema = z.enum(DIFFICULTIES);
export const levelSchema = z.enum(LEVELS);
export const slugSchema = z.string().regex(SLUG_PATTERN);
export const minutesSchema = z.number().int().min(MIN_MINUTES).max(MAX_MINUTES);
/** `reviewed:` is a month, YYYY-MM: when someone last checked the question against the documentation. */
export const REVIEWED_PATTERN = /^\d{4}-(?:0[1-9]|1[0-2])$/;
export const reviewedSchema = z.string().regex(REVIEWED_PATTERN);

/** A follow-up question and, from its "Listen for:" line, what a good reply contains. */
// A type, not an interface, so it is JSON (Prisma's InputJsonValue) as it is.
export type FollowUp = {
  question: string;
  listenFor: string | null;
};

export interface ParsedQuestion {
  id: string;
  title: string;
  difficulty: Difficulty;
  level: Level | null;
  competency: string | null;
  tags: string[];
  minutes: number | null;
  /** Effective audience: the question's own, else the set's. */
  audience: Audience;
  /** What the file says on the question, so an export can reproduce the file. */
  ownAudience: Audience | null;
  /** Markdown between the metadata block and the first `###` (trimmed, "" if none). */
  prompt: string;
  /** Markdown of the Answer section (trimmed, verbatim slice of the file). */
  answer: string;
  /** Each list item's Markdown, trimmed. */
  keyPoints: string[];
  redFlags: string[];
  followUps: FollowUp[];
  /** Four anchors (levels 1..4), or [] when the question has no Scoring section. */
  scoring: string[];
  /** Month of the last review against the documentation, YYYY-MM; required by the bank rules (bank-rules.ts). */
  reviewed: string | null;
  /** On an interview-only question: the id of its practice twin (same concept, another scenario). */
  practiceTwin: string | null;
  /** 1-based line of the `##` heading. */
  line: number;
  /** 1-based line of each metadata key present, for errors found after parsing (bank-rules.ts). */
  keyLines: Partial<Record<MetadataKey, number>>;
}

export interface ParsedSet {
  slug: string;
  title: string;
  description: string | null;
  audience: Audience;
  ownAudience: Audience | null;
  /** Markdown between the front matter and the first question (trimmed, "" if none). */
  introduction: string;
  sourcePath: string;
  questions: ParsedQuestion[];
}

export interface ContentError {
  file: string;
  line: number;
  message: string;
}

const nonEmptyText = z.string().trim().min(1);

export const parsedQuestionSchema = z.strictObject({
  id: slugSchema,
  title: nonEmptyText,
  difficulty: difficultySchema,
  level: levelSchema.nullable(),
  competency: nonEmptyText.nullable(),
  tags: z.array(nonEmptyText),
  minutes: minutesSchema.nullable(),
  audience: audienceSchema,
  ownAudience: audienceSchema.nullable(),
  prompt: z.string(),
  answer: nonEmptyText,
  keyPoints: z.array(nonEmptyText).min(1),
  redFlags: z.array(nonEmptyText),
  followUps: z.array(z.strictObject({ question: nonEmptyText, listenFor: nonEmptyText.nullable() })),
  scoring: z.union([z.array(nonEmptyText).length(SCORING_ANCHORS), z.array(z.string()).length(0)]),
  reviewed: reviewedSchema.nullable(),
  practiceTwin: slugSchema.nullable(),
  line: z.number().int().min(1),
  keyLines: z.partialRecord(z.enum(METADATA_KEYS), z.number().int().min(1)),
}) satisfies z.ZodType<ParsedQuestion>;

export const parsedSetSchema = z.strictObject({
  slug: slugSchema,
  title: nonEmptyText,
  description: nonEmptyText.nullable(),
  audience: audienceSchema,
  ownAudience: audienceSchema.nullable(),
  introduction: z.string(),
  sourcePath: z.string().min(1),
  questions: z.array(parsedQuestionSchema),
}) satisfies z.ZodType<ParsedSet>;

// ─── Import form (admin upload page) ─────────────────────────────────────────

export const importFormSchema = z.object({
  intent: z.enum(["check", "apply"]),
  /** The dry run's fingerprint; apply refuses to write when files or bank no longer match it. */
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  pastedName: z
    .string()
    .trim()
    .max(120)
    .regex(/^[\w.-]*$/, "Use letters, digits, dots, hyphens and underscores in the file name.")
    .transform((name) => (name === "" ? "pasted.md" : name.toLowerCase().endsWith(".md") ? name : `${name}.md`)),
  pasted: z.string(),
});
