// One learner's progress, counted in their own days (days.ts): per set and competency what is
// new, young and mature and what is due; true recall measured from their grades; a year of review
// days (the heatmap), the streak, and the 14-day forecast.
import type { Database } from "@/lib/db-client";
import { addDays, dayKey, daysBetween, endOfLocalDay } from "./days";
import { practiceQuestionWhere } from "./exposure";
import { CARD_SELECT, notSuspended } from "./practice";
import { readLearner } from "./settings";

/** Anki's line: a card whose interval is 21 days or more is mature. */
export const MATURE_DAYS = 21;
export const FORECAST_DAYS = 14;
export const HEATMAP_DAYS = 371; // 53 weeks: a full year of columns whatever the weekday.
const REVIEW_STATE = 2;

export interface ProgressGroup {
  name: string;
  total: number;
  fresh: number;
  young: number;
  mature: number;
  dueToday: number;
}

export interface RecallPeriod {
  label: string;
  days: number | null;
  reviews: number;
  recalled: number;
  /** Share of reviews not graded Again (0–1), or null with no reviews in the period. */
  recall: number | null;
}

export interface ReviewDay {
  day: string;
  count: number;
}

type Card = { due: Date; state: number; scheduledDays: number };

function maturity(card: Card | undefined): "fresh" | "young" | "mature" {
  if (!card) return "fresh";
  return card.state === REVIEW_STATE && card.scheduledDays >= MATURE_DAYS ? "mature" : "young";
}

export async function readProgress(db: Database, userId: string, now: Date) {
  const learner = await readLearner(db, userId);
  const zone = learner.zone;
  const [questions, dayRows] = await Promise.all([
    db.question.findMany({
      where: { AND: [practiceQuestionWhere(), notSuspended(userId)] },
      select: { competency: true, set: { select: { title: true } }, reviewStates: { where: { userId }, select: CARD_SELECT } },
    }),
    // Grouped by the learner's calendar day in PostgreSQL (its IANA data; the zone is checked by
    // Intl first). "reviewedAt" is a UTC timestamp without zone, hence the double AT TIME ZONE.
    db.$queryRaw<{ day: string; count: number; reviewed: number; recalled: number }[]>`
      SELECT to_char((l."reviewedAt" AT TIME ZONE 'UTC') AT TIME ZONE ${zone}, 'YYYY-MM-DD') AS day,
        count(*)::int AS count,
        (count(*) FILTER (WHERE l."state" = ${REVIEW_STATE}))::int AS reviewed,
        (count(*) FILTER (WHERE l."state" = ${REVIEW_STATE} AND l."grade" > 1))::int AS recalled
      FROM "ReviewLog" l JOIN "Question" q ON q."id" = l."questionId" JOIN "QuestionSet" s ON s."id" = q."setId"
      WHERE l."userId" = ${userId} AND l."undoneAt" IS NULL AND NOT q."archived"
        AND q."audience"::text IN ('PRACTICE', 'BOTH') AND s."audience"::text IN ('PRACTICE', 'BOTH')
      GROUP BY 1 ORDER BY 1 DESC LIMIT 2000`,
  ]);
  const cutoff = endOfLocalDay(now, zone).getTime();
  const today = dayKey(now, zone);

  const groups = (key: (q: (typeof questions)[number]) => string) => {
    const map = new Map<string, ProgressGroup>();
    for (const question of questions) {
      const name = key(question);
      const group = map.get(name) ?? { name, total: 0, fresh: 0, young: 0, mature: 0, dueToday: 0 };
      const card = question.reviewStates[0];
      group.total++;
      group[maturity(card)]++;
      if (card && card.due.getTime() < cutoff) group.dueToday++;
      map.set(name, group);
    }
    return [...map.values()].sort((a, b) => a.name.localeCompare(b.name));
  };

  const forecast = Array.from({ length: FORECAST_DAYS }, (_, i) => ({ day: addDays(today, i), count: 0 }));
  for (const question of questions) {
    const card = question.reviewStates[0];
    if (!card) continue;
    // Overdue cards count on day 0: they are due today.
    const index = Math.max(0, daysBetween(today, dayKey(card.due, zone)));
    if (index < FORECAST_DAYS) forecast[index]!.count++;
  }

  const byDay = new Map(dayRows.map((row) => [row.day, row]));
  // A streak survives until the end of a day without practice: today not done yet keeps yesterday's.
  let streak = 0;
  for (let day = byDay.has(today) ? today : addDays(today, -1); byDay.has(day); day = addDays(day, -1)) streak++;

  const periods: RecallPeriod[] = [
    { label: "Last 7 days", days: 7 },
    { label: "Last 30 days", days: 30 },
    { label: "Last 365 days", days: 365 },
  ].map(({ label, days }) => {
    const from = addDays(today, -(days - 1));
    const rows = dayRows.filter((row) => row.day >= from && row.day <= today);
    const reviews = rows.reduce((sum, row) => sum + row.reviewed, 0);
    const recalled = rows.reduce((sum, row) => sum + row.recalled, 0);
    return { label, days, reviews, recalled, recall: reviews > 0 ? recalled / reviews : null };
  });

  const firstDay = addDays(today, -(HEATMAP_DAYS - 1));
  const heatmap: ReviewDay[] = Array.from({ length: HEATMAP_DAYS }, (_, i) => {
    const day = addDays(firstDay, i);
    return { day, count: byDay.get(day)?.count ?? 0 };
  });

  const seen = questions.filter((q) => q.reviewStates.length > 0).length;
  return {
    zone,
    today,
    total: questions.length,
    seen,
    reviewsEver: dayRows.reduce((sum, row) => sum + row.count, 0),
    dueToday: questions.filter((q) => q.reviewStates[0] && q.reviewStates[0].due.getTime() < cutoff).length,
    streak,
    practisedToday: byDay.has(today),
    bySet: groups((q) => q.set.title),
    byCompetency: groups((q) => q.competency ?? "Other"),
    recall: periods,
    heatmap,
    forecast,
  };
}
