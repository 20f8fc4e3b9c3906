import "server-only";
import { getCurrentUser } from "@/lib/auth/current-user";
import type { QuestionSnapshot } from "@/lib/content/question-text";
import { prisma } from "@/lib/db";
import { canEditBank } from "./access";
import { QUESTION_CONTENT_SELECT, questionEnumsOf } from "@/lib/questions/question-content-select";

/** A question as its editor opens it, or null when it is missing or this user may not edit. */
export async function getQuestionForEdit(id: string) {
  const user = await getCurrentUser();
  if (!canEditBank(user)) return null;
  const question = await prisma.question.findUnique({
    where: { id },
    select: {
      ...QUESTION_CONTENT_SELECT,
      version: true,
      archived: true,
      set: { select: { slug: true, title: true, audience: true } },
      tags: { select: { tag: { select: { name: true } } }, orderBy: { tag: { name: "asc" } } },
    },
  });
  if (!question) return null;
  const { tags, difficulty, level, audience, set, ...rest } = question;
  const { ownAudience, ...enums } = questionEnumsOf({ difficulty, level, audience }, set.audience);
  return { ...rest, set, parsed: { ...rest, tags: tags.map((row) => row.tag.name), ...enums }, ownAudience };
}

/** The set a new question goes into, or null when it is missing or this user may not edit. */
export async function getSetForNewQuestion(slug: string) {
  const user = await getCurrentUser();
  if (!canEditBank(user)) return null;
  return prisma.questionSet.findUnique({ where: { slug }, select: { slug: true, title: true, audience: true } });
}

/** Every version of a question, newest first, for people who may see the question's answers. */
export async function listQuestionVersions(questionId: string) {
  const user = await getCurrentUser();
  if (!user || user.role === "CANDIDATE") return null;
  const rows = await prisma.questionVersion.findMany({
    where: { questionId },
    orderBy: { version: "desc" },
    select: { version: true, origin: true, createdAt: true, snapshot: true, author: { select: { name: true, email: true } } },
  });
  return rows.map((row) => ({ ...row, snapshot: row.snapshot as unknown as QuestionSnapshot }));
}
