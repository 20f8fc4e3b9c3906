import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import type { BankSearch } from "./schema";
import { searchQuestions } from "./search-questions";
import { canSeeArchived, visibleAudiences } from "./visibility";
import { followUpsOf } from "@/lib/content/follow-ups";
import type { Audience } from "@/lib/generated/prisma/enums";
import { QUESTION_CONTENT_SELECT } from "@/lib/questions/question-content-select";

export async function searchBank(search: BankSearch) {
  const user = await requireUser();
  return searchQuestions(prisma, search, visibleAudiences(user.role));
}

/**
 * Sets with the number of questions this user may see in each, by audience (for candidates only
 * practice and both: they learn nothing of the interview-only ones), and each set's introduction.
 */
export async function listSetsWithCounts() {
  const user = await requireUser();
  const audiences = visibleAudiences(user.role);
  const [sets, counts] = await Promise.all([
    prisma.questionSet.findMany({ orderBy: { title: "asc" }, select: { id: true, slug: true, title: true, description: true, introduction: true } }),
    prisma.question.groupBy({
      by: ["setId", "audience"],
      where: { archived: false, audience: { in: audiences } },
      _count: { _all: true },
    }),
  ]);
  const bySet = new Map<string, Record<Audience, number>>();
  for (const row of counts) {
    const entry = bySet.get(row.setId) ?? { INTERVIEW: 0, PRACTICE: 0, BOTH: 0 };
    entry[row.audience] = row._count._all;
    bySet.set(row.setId, entry);
  }
  return sets
    .map((set) => {
      const byAudience = bySet.get(set.id) ?? { INTERVIEW: 0, PRACTICE: 0, BOTH: 0 };
      return { ...set, byAudience, questionCount: byAudience.INTERVIEW + byAudience.PRACTICE + byAudience.BOTH };
    })
    .filter((set) => set.questionCount > 0);
}

/** Values for the filter menus, from the questions this user may see. */
export async function listFilterOptions() {
  const user = await requireUser();
  const visible = { archived: false, audience: { in: visibleAudiences(user.role) } };
  const [competencies, tags] = await Promise.all([
    prisma.question.findMany({
      where: { ...visible, competency: { not: null } },
      distinct: ["competency"],
      orderBy: { competency: "asc" },
      select: { competency: true },
    }),
    prisma.tag.findMany({
      where: { questions: { some: { question: visible } } },
      orderBy: { name: "asc" },
      select: { name: true },
      take: 300,
    }),
  ]);
  return {
    competencies: competencies.map((row) => row.competency).filter((value): value is string => Boolean(value)),
    tags: tags.map((tag) => tag.name),
  };
}

/**
 * One question, or null when it does not exist or this user may not see it (callers 404). Staff
 * also get its practice twin and the interview questions it is the twin of; candidates never
 * do, so a practice question leads nobody to the interview question it stands in for.
 */
export async function getQuestion(id: string) {
  const user = await requireUser();
  const audiences = visibleAudiences(user.role);
  const row = await prisma.question.findFirst({
    where: {
      id,
      audience: { in: audiences },
      ...(canSeeArchived(user.role) ? {} : { archived: false }),
    },
    select: {
      ...QUESTION_CONTENT_SELECT,
      version: true,
      archived: true,
      updatedAt: true,
      set: { select: { slug: true, title: true } },
      tags: { select: { tag: { select: { name: true } } }, orderBy: { tag: { name: "asc" } } },
    },
  });
  if (!row) return null;
  const staff = audiences.includes("INTERVIEW");
  const [twin, twinOf] = staff
    ? await Promise.all([
        row.practiceTwinId ? prisma.question.findUnique({ where: { id: row.practiceTwinId }, select: { id: true, title: true, archived: true } }) : null,
        prisma.question.findMany({ where: { practiceTwinId: row.id, archived: false }, orderBy: { id: "asc" }, select: { id: true, title: true, archived: true } }),
      ])
    : [null, []];
  const { followUps, followUpListenFor, practiceTwinId, tags, ...question } = row;
  return {
    ...question,
    tags: tags.map(({ tag }) => tag.name),
    followUps: followUpsOf({ followUps, followUpListenFor }),
    /** For staff only (null for candidates). */
    practiceTwin: staff && practiceTwinId ? (twin ?? { id: practiceTwinId, title: null, archived: false }) : null,
    twinOf,
  };
}
