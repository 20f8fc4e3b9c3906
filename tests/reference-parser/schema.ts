// FROZEN REFERENCE for tests/parser-equivalence.test.ts: lib/content/schema.ts as it was before the
// bank format's v2 (reviewed, practice-twin, "Listen for:", introductions), so the reference parser
// keeps reading the format it was written for. Not used by the app.
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
export const METADATA_KEYS = ["id", "difficulty", "level", "competency", "tags", "minutes", "audience"] as const;
export type MetadataKey = (typeof METADATA_KEYS)[number];

export const SECTION_NAMES = ["Answer", "Key points", "Red flags", "Follow-ups", "Scoring"] as const;
export type SectionName = (typeof SECTION_NAMES)[number];
export const REQUIRED_SECTIONS: readonly SectionName[] = ["Answer", "Key points"];

export const audienceSchema = z.enum(AUDIENCES);
export const difficultySchema = z.enum(DIFFICULTIES);
export const levelSchema = z.enum(LEVELS);
export const slugSchema = z.string().regex(SLUG_PATTERN);
export const minutesSchema = z.number().int().min(MIN_MINUTES).max(MAX_MINUTES);

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
  followUps: string[];
  /** Four anchors (levels 1..4), or [] when the question has no Scoring section. */
  scoring: string[];
  /** 1-based line of the `##` heading. */
  line: number;
}

export interface ParsedSet {
  slug: string;
  title: string;
  description: string | null;
  audience: Audience;
  ownAudience: Audience | null;
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
  followUps: z.array(nonEmptyText),
  scoring: z.union([z.array(nonEmptyText).length(SCORING_ANCHORS), z.array(z.string()).length(0)]),
  line: z.number().int().min(1),
}) satisfies z.ZodType<ParsedQuestion>;

export const parsedSetSchema = z.strictObject({
  slug: slugSchema,
  title: nonEmptyText,
  description: nonEmptyText.nullable(),
  audience: audienceSchema,
  ownAudience: audienceSchema.nullable(),
  sourcePath: z.string().min(1),
  questions: z.array(parsedQuestionSchema),
}) satisfies z.ZodType<ParsedSet>;
