import type { Audience, Difficulty, Level } from "@/lib/content/schema";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Audience as DbAudience, Difficulty as DbDifficulty, Level as DbLevel } from "@/lib/generated/prisma/enums";

/** The columns that make up a question's content (what a version snapshot holds, tags apart). */
export const QUESTION_CONTENT_SELECT = {
  id: true,
  title: true,
  prompt: true,
  answer: true,
  keyPoints: true,
  redFlags: true,
  followUps: true,
  followUpListenFor: true,
  scoring: true,
  difficulty: true,
  level: true,
  competency: true,
  minutes: true,
  audience: true,
  reviewed: true,
  practiceTwinId: true,
} as const satisfies Prisma.QuestionSelect;

/**
 * A stored question's difficulty, level and audience in the file format's words. The database keeps
 * the effective audience; the question's own is the one that differs from its set's.
 */
export function questionEnumsOf(question: { difficulty: DbDifficulty; level: DbLevel | null; audience: DbAudience }, setAudience: DbAudience) {
  const audience = question.audience.toLowerCase() as Audience;
  return {
    difficulty: question.difficulty.toLowerCase() as Difficulty,
    level: question.level === null ? null : (question.level.toLowerCase() as Level),
    audience,
    ownAudience: question.audience === setAudience ? null : audience,
  };
}
