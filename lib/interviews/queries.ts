import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import type { BankSearch } from "@/lib/questions/schema";
import { searchQuestions } from "@/lib/questions/search-questions";
import { ownScorecardWhere } from "@/lib/scoring/visibility";
import { STAFF } from "@/lib/users/roles";
import { visibleInterviewsWhere } from "./access";
import { INTERVIEW_AUDIENCES, INTERVIEW_PAGE_SIZE, type InterviewListQuery } from "./schema";
import { questionsAskedBefore } from "./builder";

/** The interview with its panel and questions, or null when missing or not visible (callers 404). */
export async function getInterview(id: string) {
  const user = await requireUser(STAFF);
  const session = await prisma.interviewSession.findFirst({
    where: { AND: [{ id }, visibleInterviewsWhere(user)!] },
    select: {
      id: true,
      title: true,
      status: true,
      startedAt: true,
      createdAt: true,
      candidate: { select: { id: true, name: true, position: true } },
      panel: { select: { user: { select: { id: true, name: true, email: true } } }, orderBy: { createdAt: "asc" } },
      questions: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          questionId: true,
          questionVersion: true,
          snapshot: true,
          question: { select: { title: true, minutes: true, difficulty: true, set: { select: { title: true } } } },
        },
      },
    },
  });
  if (!session) return null;
  const askedBefore = await questionsAskedBefore(prisma, session.candidate.id, session.id);
  return { ...session, askedBefore };
}

export async function listInterviewsOfCandidate(candidateId: string) {
  const user = await requireUser(STAFF);
  return prisma.interviewSession.findMany({
    where: { AND: [{ candidateId }, visibleInterviewsWhere(user)!] },
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, status: true, createdAt: true, _count: { select: { questions: true } } },
  });
}

/** People who can sit on a panel. */
export async function listPanelCandidates() {
  await requireUser(STAFF);
  return prisma.user.findMany({
    where: { role: { in: [...STAFF] } },
    orderBy: [{ name: "asc" }, { email: "asc" }],
    select: { id: true, name: true, email: true, role: true },
  });
}

/** Bank search for the builder: interview-eligible questions only (never practice-only). */
export async function searchInterviewQuestions(search: BankSearch) {
  await requireUser(STAFF);
  return searchQuestions(prisma, search, [...INTERVIEW_AUDIENCES]);
}

/** Interviews this user may see, newest first, a page at a time, with their own scorecard's state. */
export async function listInterviews({ status, page }: InterviewListQuery) {
  const user = await requireUser(STAFF);
  const where = { AND: [visibleInterviewsWhere(user)!, status ? { status } : {}] };
  const [total, rows] = await Promise.all([
    prisma.interviewSession.count({ where }),
    prisma.interviewSession.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * INTERVIEW_PAGE_SIZE,
      take: INTERVIEW_PAGE_SIZE,
      select: {
        id: true,
        title: true,
        status: true,
        createdAt: true,
        candidate: { select: { name: true } },
        panel: { where: { userId: user.id }, select: { userId: true } },
        scorecards: { where: ownScorecardWhere(user), select: { submittedAt: true } },
      },
    }),
  ]);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / INTERVIEW_PAGE_SIZE)),
    interviews: rows.map(({ panel, scorecards, ...row }) => ({
      ...row,
      onPanel: panel.length > 0,
      submitted: Boolean(scorecards[0]?.submittedAt),
    })),
  };
}
