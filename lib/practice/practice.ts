// Practice reads: what a run holds, the counts per set, one user's progress and history. Each
// takes the database (and the user, for everything but guest runs) so it is tested against
// PostgreSQL, and every one filters questions through practiceQuestionWhere().
import type { Database } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { practiceQuestionWhere } from "./exposure";
import { endOfLocalDay, startOfLocalDay } from "./days";
import { type CardFields } from "./scheduler";
import type { RunFilters } from "./schema";
import { readLearner, type Learner } from "./settings";

/** Reviews graded today (the learner's day) that count against the daily limits: new cards started, and the rest. */
export async function gradedToday(db: Database, userId: string, since: Date) {
  const rows = await db.reviewLog.groupBy({ by: ["state"], where: { userId, undoneAt: null, reviewedAt: { gte: since } }, _count: { _all: true } });
  const count = (match: (state: number) => boolean) => rows.filter((row) => match(row.state)).reduce((sum, row) => sum + row._count._all, 0);
  // The log's state is the card's before the review: 0 means the review started a new card.
  return { newDone: count((state) => state === 0), reviewsDone: count((state) => state !== 0) };
}

/** How many new cards and reviews the learner may still do today. */
export async function leftToday(db: Database, userId: string, learner: Learner, now: Date) {
  const done = await gradedToday(db, userId, startOfLocalDay(now, learner.zone));
  return { newLeft: Math.max(0, learner.newPerDay - done.newDone), reviewsLeft: Math.max(0, learner.reviewsPerDay - done.reviewsDone) };
}

/** A signed-in learner never sees a question they suspended. */
export function notSuspended(userId: string | null): Prisma.QuestionWhereInput {
  return userId ? { practiceMarks: { none: { userId, suspended: true } } } : {};
}

const MARK_SELECT = { flagged: true, bookmarked: true, note: true } as const satisfies Prisma.PracticeMarkSelect;

export const CARD_SELECT = {
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  state: true,
  lastReview: true,
} as const satisfies Prisma.ReviewStateSelect;

function filtersWhere(filters: Pick<RunFilters, "set" | "tag" | "difficulty" | "level">, userId: string | null): Prisma.QuestionWhereInput {
  const and: Prisma.QuestionWhereInput[] = [practiceQuestionWhere(), notSuspended(userId)];
  if (filters.set.length > 0) and.push({ set: { slug: { in: filters.set } } });
  if (filters.tag.length > 0) and.push({ tags: { some: { tag: { name: { in: filters.tag } } } } });
  if (filters.difficulty) and.push({ difficulty: filters.difficulty.toUpperCase() as "EASY" | "MEDIUM" | "HARD" });
  if (filters.level) and.push({ level: filters.level.toUpperCase() as "JUNIOR" | "MID" | "SENIOR" | "STAFF" });
  return { AND: and };
}

/**
 * The question ids of a new run. Signed in: what is due today (longest overdue first, up to the
 * reviews left today), then new questions in bank order (up to the new cards left today), then
 * (unless only due ones were asked for) the soonest due, within the reviews left. "Today" is the
 * learner's day. Guests have no schedule: a random sample of the matching questions.
 */
export async function pickRun(db: Database, userId: string | null, filters: RunFilters, now: Date, random: () => number = Math.random): Promise<string[]> {
  const questions = await db.question.findMany({
    where: filtersWhere(filters, userId),
    orderBy: [{ set: { title: "asc" } }, { position: "asc" }],
    select: { id: true, reviewStates: userId ? { where: { userId }, select: { due: true } } : false },
  });
  if (!userId) {
    const ids = questions.map((q) => q.id);
    for (let i = ids.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    }
    return ids.slice(0, filters.count);
  }
  const learner = await readLearner(db, userId);
  const { newLeft, reviewsLeft } = await leftToday(db, userId, learner, now);
  const cutoff = endOfLocalDay(now, learner.zone).getTime();
  const withDue = questions.map((q) => ({ id: q.id, due: q.reviewStates?.[0]?.due.getTime() ?? null }));
  const due = withDue
    .filter((q) => q.due !== null && q.due < cutoff)
    .sort((a, b) => a.due! - b.due!)
    .slice(0, reviewsLeft);
  if (filters.due) return due.slice(0, filters.count).map((q) => q.id);
  const fresh = withDue.filter((q) => q.due === null).slice(0, newLeft);
  const later = withDue
    .filter((q) => q.due !== null && q.due >= cutoff)
    .sort((a, b) => a.due! - b.due!)
    .slice(0, reviewsLeft - due.length);
  return [...due, ...fresh, ...later].slice(0, filters.count).map((q) => q.id);
}

/** The questions of a run, in the run's order; ids practice may not show are simply not there. */
export async function readRunQuestions(db: Database, userId: string | null, ids: string[]) {
  const rows = await db.question.findMany({
    where: { AND: [{ id: { in: ids } }, practiceQuestionWhere(), notSuspended(userId)] },
    select: {
      id: true,
      title: true,
      prompt: true,
      answer: true,
      keyPoints: true,
      redFlags: true,
      difficulty: true,
      level: true,
      competency: true,
      set: { select: { slug: true, title: true } },
      reviewStates: userId ? { where: { userId }, select: CARD_SELECT } : false,
      practiceMarks: userId ? { where: { userId }, select: MARK_SELECT } : false,
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const { reviewStates, practiceMarks, ...question } = row;
    return [{ ...question, card: (reviewStates?.[0] ?? null) as CardFields | null, mark: practiceMarks?.[0] ?? null }];
  });
}

/** Every set practice may show, with its question count and, for a user, what is due today (their day) and new. */
export async function practiceSets(db: Database, userId: string | null, now: Date) {
  const [sets, questions, learner] = await Promise.all([
    db.questionSet.findMany({ orderBy: { title: "asc" }, select: { id: true, slug: true, title: true, description: true } }),
    db.question.findMany({
      where: { AND: [practiceQuestionWhere(), notSuspended(userId)] },
      select: { setId: true, reviewStates: userId ? { where: { userId }, select: { due: true } } : false },
    }),
    userId ? readLearner(db, userId) : null,
  ]);
  const cutoff = endOfLocalDay(now, learner?.zone ?? "UTC").getTime();
  const counts = new Map<string, { total: number; due: number; fresh: number }>();
  for (const question of questions) {
    const count = counts.get(question.setId) ?? { total: 0, due: 0, fresh: 0 };
    count.total++;
    const state = question.reviewStates?.[0];
    if (!state) count.fresh++;
    else if (state.due.getTime() < cutoff) count.due++;
    counts.set(question.setId, count);
  }
  return sets.flatMap((set) => {
    const count = counts.get(set.id);
    return count ? [{ ...set, questionCount: count.total, dueToday: count.due, newCount: count.fresh }] : [];
  });
}

/** Tags for the run filters, from questions practice may show. */
export async function practiceTags(db: Database) {
  const tags = await db.tag.findMany({ where: { questions: { some: { question: practiceQuestionWhere() } } }, orderBy: { name: "asc" }, select: { name: true }, take: 300 });
  return tags.map((tag) => tag.name);
}

/** One user's reviews of questions practice may show, oldest first (the CSV export). */
export async function readReviewHistory(db: Database, userId: string) {
  return db.reviewLog.findMany({
    where: { userId, question: practiceQuestionWhere() },
    orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      grade: true,
      answer: true,
      keyPointsTicked: true,
      reviewedAt: true,
      fromGuest: true,
      question: { select: { id: true, title: true, keyPoints: true, set: { select: { title: true } } } },
    },
  });
}
