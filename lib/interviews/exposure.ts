// Exposure: where the candidate has a practice account (a user with the candidate's email), the
// builder marks the questions of the draft they have practised and how often, and offers
// interview-only alternatives of the same competency and set (until the content format's
// practice-twin link lands, which will name the exact twin).
import type { Database } from "@/lib/db-client";

export interface Exposure {
  questionId: string;
  title: string;
  reviews: number;
  alternatives: { id: string; title: string }[];
}

export async function practiceExposure(db: Database, candidateEmail: string | null, questionIds: readonly string[]): Promise<Exposure[]> {
  if (!candidateEmail || questionIds.length === 0) return [];
  const account = await db.user.findUnique({ where: { email: candidateEmail.toLowerCase() }, select: { id: true } });
  if (!account) return [];
  const counts = await db.reviewLog.groupBy({ by: ["questionId"], where: { userId: account.id, questionId: { in: [...questionIds] } }, _count: { _all: true } });
  if (counts.length === 0) return [];
  const practised = await db.question.findMany({ where: { id: { in: counts.map((row) => row.questionId) } }, select: { id: true, title: true, setId: true, competency: true } });
  return Promise.all(
    practised.map(async (question) => ({
      questionId: question.id,
      title: question.title,
      reviews: counts.find((row) => row.questionId === question.id)?._count._all ?? 0,
      alternatives: await db.question.findMany({
        where: { audience: "INTERVIEW", archived: false, setId: question.setId, competency: question.competency, id: { notIn: [...questionIds] } },
        orderBy: { position: "asc" },
        take: 3,
        select: { id: true, title: true },
      }),
    })),
  );
}
