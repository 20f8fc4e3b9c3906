import "server-only";
import { getCurrentUser } from "@/lib/auth/current-user";
import { loadCompetencies } from "@/lib/content/competencies";
import { followUpsOf } from "@/lib/content/follow-ups";
import { readQuestionSnapshot } from "@/lib/content/question-text";
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
  const { tags, difficulty, level, audience, set, followUps, followUpListenFor, practiceTwinId, ...rest } = question;
  const { ownAudience, ...enums } = questionEnumsOf({ difficulty, level, audience }, set.audience);
  const parsed = { ...rest, tags: tags.map((row) => row.tag.name), ...enums, followUps: followUpsOf({ followUps, followUpListenFor }), practiceTwin: practiceTwinId };
  return { ...rest, set, parsed, ownAudience };
}

/** What the editor suggests: the competency list's names, and the live questions that may be a practice twin. */
export async function getEditorChoices() {
  const user = await getCurrentUser();
  if (!canEditBank(user)) return { competencies: [], practiceQuestions: [] };
  const [list, candidates, taken] = await Promise.all([
    loadCompetencies(),
    prisma.question.findMany({ where: { archived: false, audience: { in: ["PRACTICE", "BOTH"] } }, orderBy: { id: "asc" }, select: { id: true, title: true } }),
    prisma.question.findMany({ where: { archived: false, audience: "INTERVIEW", practiceTwinId: { not: null } }, select: { practiceTwinId: true } }),
  ]);
  // A question may be the twin of only one other (bank-rules.ts): suggesting a taken one only earns an error.
  const takenIds = new Set(taken.map((row) => row.practiceTwinId));
  const practiceQuestions = candidates.filter((question) => !takenIds.has(question.id));
  return { competencies: list.competencies.map((competency) => competency.name), practiceQuestions };
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
  return rows.map((row) => ({ ...row, snapshot: readQuestionSnapshot(row.snapshot) }));
}
