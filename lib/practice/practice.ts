// Practice reads: what a run holds, the counts per set, one user's progress and history. Each
// takes the database (and the user, for everything but guest runs) so it is tested against
// PostgreSQL, and every one filters questions through practiceQuestionWhere().
import type { Database } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { practiceQuestionWhere } from "./exposure";
import { retrievability, type CardFields } from "./scheduler";
import type { RunFilters } from "./schema";

const DAY = 86_400_000;

/** Days are UTC days: "due today" means due before the next UTC midnight. */
export function startOfDay(time: Date) {
  return new Date(Math.floor(time.getTime() / DAY) * DAY);
}
export function endOfToday(now: Date) {
  return new Date(startOfDay(now).getTime() + DAY);
}

const CARD_SELECT = {
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

function filtersWhere(filters: Pick<RunFilters, "set" | "tag" | "difficulty" | "level">): Prisma.QuestionWhereInput {
  const and: Prisma.QuestionWhereInput[] = [practiceQuestionWhere()];
  if (filters.set.length > 0) and.push({ set: { slug: { in: filters.set } } });
  if (filters.tag.length > 0) and.push({ tags: { some: { tag: { name: { in: filters.tag } } } } });
  if (filters.difficulty) and.push({ difficulty: filters.difficulty.toUpperCase() as "EASY" | "MEDIUM" | "HARD" });
  if (filters.level) and.push({ level: filters.level.toUpperCase() as "JUNIOR" | "MID" | "SENIOR" | "STAFF" });
  return { AND: and };
}

/**
 * The question ids of a new run. Signed in: what is due today (longest overdue first), then new
 * questions in bank order, then (unless only due ones were asked for) the soonest due. Guests have
 * no schedule: a random sample of the matching questions.
 */
export async function pickRun(db: Database, userId: string | null, filters: RunFilters, now: Date, random: () => number = Math.random): Promise<string[]> {
  const questions = await db.question.findMany({
    where: filtersWhere(filters),
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
  const cutoff = endOfToday(now).getTime();
  const withDue = questions.map((q) => ({ id: q.id, due: q.reviewStates?.[0]?.due.getTime() ?? null }));
  const due = withDue.filter((q) => q.due !== null && q.due < cutoff).sort((a, b) => a.due! - b.due!);
  if (filters.due) return due.slice(0, filters.count).map((q) => q.id);
  const fresh = withDue.filter((q) => q.due === null);
  const later = withDue.filter((q) => q.due !== null && q.due >= cutoff).sort((a, b) => a.due! - b.due!);
  return [...due, ...fresh, ...later].slice(0, filters.count).map((q) => q.id);
}

/** The questions of a run, in the run's order; ids practice may not show are simply not there. */
export async function readRunQuestions(db: Database, userId: string | null, ids: string[]) {
  const rows = await db.question.findMany({
    where: { AND: [{ id: { in: ids } }, practiceQuestionWhere()] },
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
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const { reviewStates, ...question } = row;
    return [{ ...question, card: (reviewStates?.[0] ?? null) as CardFields | null }];
  });
}

/** Every set practice may show, with its question count and, for a user, what is due today and new. */
export async function practiceSets(db: Database, userId: string | null, now: Date) {
  const [sets, questions] = await Promise.all([
    db.questionSet.findMany({ orderBy: { title: "asc" }, select: { id: true, slug: true, title: true, description: true } }),
    db.question.findMany({
      where: practiceQuestionWhere(),
      select: { setId: true, reviewStates: userId ? { where: { userId }, select: { due: true } } : false },
    }),
  ]);
  const cutoff = endOfToday(now).getTime();
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

export interface ProgressGroup {
  name: string;
  total: number;
  seen: number;
  dueToday: number;
  /** Mean estimated recall probability (0–1) over the questions seen, or null when none. */
  retention: number | null;
}

export const FORECAST_DAYS = 14;

/** Per set and competency, the streak, and the 14-day due forecast of one user. */
export async function readProgress(db: Database, userId: string, now: Date) {
  const [questions, reviewDays] = await Promise.all([
    db.question.findMany({
      where: practiceQuestionWhere(),
      select: { competency: true, set: { select: { title: true } }, reviewStates: { where: { userId }, select: CARD_SELECT } },
    }),
    db.$queryRaw<{ day: Date }[]>`
      SELECT DISTINCT date_trunc('day', l."reviewedAt") AS day
      FROM "ReviewLog" l JOIN "Question" q ON q."id" = l."questionId" JOIN "QuestionSet" s ON s."id" = q."setId"
      WHERE l."userId" = ${userId} AND NOT q."archived"
        AND q."audience"::text IN ('PRACTICE', 'BOTH') AND s."audience"::text IN ('PRACTICE', 'BOTH')
      ORDER BY day DESC LIMIT 1000`,
  ]);
  const cutoff = endOfToday(now).getTime();
  const today = startOfDay(now).getTime();
  const groups = (key: (q: (typeof questions)[number]) => string) => {
    const map = new Map<string, ProgressGroup & { sum: number; counted: number }>();
    for (const question of questions) {
      const name = key(question);
      const group = map.get(name) ?? { name, total: 0, seen: 0, dueToday: 0, retention: null, sum: 0, counted: 0 };
      group.total++;
      const card = question.reviewStates[0];
      if (card) {
        group.seen++;
        if (card.due.getTime() < cutoff) group.dueToday++;
        const r = retrievability(card, now);
        if (r !== null) {
          group.sum += r;
          group.counted++;
        }
      }
      map.set(name, group);
    }
    return [...map.values()]
      .map(({ sum, counted, ...group }) => ({ ...group, retention: counted > 0 ? sum / counted : null }))
      .sort((a, b) => a.name.localeCompare(b.name));
  };
  const forecast = Array.from({ length: FORECAST_DAYS }, (_, i) => ({ date: new Date(today + i * DAY), count: 0 }));
  for (const question of questions) {
    const card = question.reviewStates[0];
    if (!card) continue;
    // Overdue cards count on day 0: they are due today.
    const index = Math.max(0, Math.floor((card.due.getTime() - today) / DAY));
    if (index < FORECAST_DAYS) forecast[index]!.count++;
  }
  const days = new Set(reviewDays.map((row) => startOfDay(row.day).getTime()));
  // A streak survives until the end of a day without practice: today not done yet keeps yesterday's.
  let streak = 0;
  for (let day = days.has(today) ? today : today - DAY; days.has(day); day -= DAY) streak++;
  const seen = questions.filter((q) => q.reviewStates.length > 0).length;
  return {
    total: questions.length,
    seen,
    dueToday: questions.filter((q) => q.reviewStates[0] && q.reviewStates[0].due.getTime() < cutoff).length,
    streak,
    practisedToday: days.has(today),
    bySet: groups((q) => q.set.title),
    byCompetency: groups((q) => q.competency ?? "Other"),
    forecast,
  };
}

/** One user's reviews of questions practice may show, oldest first (the CSV export). */
export async function readReviewHistory(db: Database, userId: string) {
  return db.reviewLog.findMany({
    where: { userId, question: practiceQuestionWhere() },
    orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
    select: { id: true, grade: true, answer: true, keyPointsTicked: true, reviewedAt: true, fromGuest: true, question: { select: { id: true, title: true, keyPoints: true, set: { select: { title: true } } } } },
  });
}
