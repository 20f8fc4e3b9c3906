// A learner's marks on a question (flag, bookmark, suspend, a personal note). Only questions
// practice may show can be marked (the exposure rule); a suspended one leaves every run.
import { z } from "zod";
import type { Database } from "@/lib/db-client";
import { atMost, textInput } from "@/lib/text-input";
import { practiceQuestionWhere } from "./exposure";

import { MAX_NOTE } from "./mark-limits";

export const markChangeSchema = z
  .object({
    flagged: z.boolean().optional(),
    bookmarked: z.boolean().optional(),
    suspended: z.boolean().optional(),
    note: textInput().max(MAX_NOTE, atMost(MAX_NOTE)).optional(),
  })
  .strict();

export type MarkChange = z.infer<typeof markChangeSchema>;
export type Mark = { flagged: boolean; bookmarked: boolean; suspended: boolean; note: string };

export async function saveMark(db: Database, userId: string, questionId: string, change: MarkChange): Promise<{ ok: true; mark: Mark } | { ok: false; message: string }> {
  const question = await db.question.findFirst({ where: { AND: [{ id: questionId }, practiceQuestionWhere()] }, select: { id: true } });
  if (!question) return { ok: false, message: "This question is not in practice." };
  const mark = await db.practiceMark.upsert({
    where: { userId_questionId: { userId, questionId } },
    create: { userId, questionId, ...change },
    update: change,
    select: { flagged: true, bookmarked: true, suspended: true, note: true },
  });
  return { ok: true, mark };
}
