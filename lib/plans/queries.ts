import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { STAFF } from "@/lib/users/roles";

const LIST_LIMIT = 200;

/** Every plan with its questions' minutes, for the count and time budget. */
export async function listPlans() {
  await requireUser(STAFF);
  const plans = await prisma.interviewPlan.findMany({
    orderBy: [{ name: "asc" }, { createdAt: "asc" }],
    take: LIST_LIMIT,
    select: { id: true, name: true, position: true, updatedAt: true, questions: { select: { question: { select: { minutes: true } } } } },
  });
  return plans.map(({ questions, ...plan }) => ({ ...plan, questions: questions.map((item) => item.question) }));
}

/** The plan with its questions in order, or null when it does not exist (callers 404). */
export async function getPlan(id: string) {
  await requireUser(STAFF);
  return prisma.interviewPlan.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      position: true,
      updatedAt: true,
      questions: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          questionId: true,
          question: { select: { title: true, minutes: true, archived: true, audience: true, set: { select: { title: true } } } },
        },
      },
    },
  });
}

/** Plans to start an interview from. */
export async function listPlanOptions() {
  await requireUser(STAFF);
  return prisma.interviewPlan.findMany({
    orderBy: [{ name: "asc" }, { createdAt: "asc" }],
    take: LIST_LIMIT,
    select: { id: true, name: true, _count: { select: { questions: true } } },
  });
}
