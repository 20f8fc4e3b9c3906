import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import type { BankSearch } from "@/lib/questions/schema";
import { searchQuestions } from "@/lib/questions/search-questions";
import { STAFF } from "@/lib/users/roles";
import { visibleInterviewsWhere } from "./access";
import { INTERVIEW_AUDIENCES, type InterviewListQuery } from "./schema";
import { listInterviewsPage } from "./list";
import { getViewerTimeZone } from "@/lib/scheduling/queries";
import { questionsAskedBefore } from "./builder";
import { practiceExposure } from "./exposure";
import { decisionSelect } from "@/lib/debrief/read-debrief";

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
      targetMinutes: true,
      candidate: { select: { id: true, name: true, position: true, email: true } },
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
  const [askedBefore, exposure] = await Promise.all([
    questionsAskedBefore(prisma, session.candidate.id, session.id),
    session.status === "DRAFT"
      ? practiceExposure(
          prisma,
          session.candidate.email,
          session.questions.flatMap((item) => (item.questionId ? [item.questionId] : [])),
        )
      : [],
  ]);
  return { ...session, askedBefore, exposure };
}

export async function listInterviewsOfCandidate(candidateId: string) {
  const user = await requireUser(STAFF);
  return prisma.interviewSession.findMany({
    where: { AND: [{ candidateId }, visibleInterviewsWhere(user)!] },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      title: true,
      status: true,
      createdAt: true,
      _count: { select: { questions: true } },
      decisions: { orderBy: { createdAt: "desc" }, take: 1, select: decisionSelect },
    },
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

/** A page of the interviews list (lib/interviews/list.ts), dates read in the viewer's zone. */
export async function listInterviews(query: InterviewListQuery) {
  const user = await requireUser(STAFF);
  const timeZone = (await getViewerTimeZone()) ?? "UTC";
  return { timeZone, ...(await listInterviewsPage(prisma, user, query, timeZone)) };
}
