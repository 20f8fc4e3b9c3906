import type { Prisma } from "@/lib/generated/prisma/client";

/** The columns that make up a question's content (what a version snapshot holds, tags apart). */
export const QUESTION_CONTENT_SELECT = {
  id: true,
  title: true,
  prompt: true,
  answer: true,
  keyPoints: true,
  redFlags: true,
  followUps: true,
  scoring: true,
  difficulty: true,
  level: true,
  competency: true,
  minutes: true,
  audience: true,
} as const satisfies Prisma.QuestionSelect;
