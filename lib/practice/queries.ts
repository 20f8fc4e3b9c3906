import "server-only";
import { getCurrentUser, requireUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { pickRun, practiceSets, practiceTags, readReviewHistory, readRunQuestions } from "./practice";
import { readProgress } from "./progress";
import { DEFAULT_SETTINGS, readLearner } from "./settings";
import { leftToday } from "./practice";
import { readTimeZone } from "@/lib/scheduling/time-zone";
import type { RunFilters } from "./schema";

// Practice is open to guests (no account: their reviews stay in the browser) and to every role.
// What it may show is decided by practiceQuestionWhere() alone, never by the role.

export async function practiceStart() {
  const user = await getCurrentUser();
  const now = new Date();
  const [sets, tags, left] = await Promise.all([
    practiceSets(prisma, user?.id ?? null, now),
    practiceTags(prisma),
    user ? readLearner(prisma, user.id).then((learner) => leftToday(prisma, user.id, learner, now)) : null,
  ]);
  return { user, sets, tags, left };
}

/**
 * Picks a new run's questions and returns its URL, or null when nothing matches. `at` tells this
 * run from an earlier one of the same questions (the browser keeps each run's progress).
 */
export async function startRun(filters: RunFilters) {
  const user = await getCurrentUser();
  const now = new Date();
  const ids = await pickRun(prisma, user?.id ?? null, filters, now);
  return ids.length > 0 ? `/practice/run?ids=${ids.map(encodeURIComponent).join(",")}&at=${now.getTime().toString(36)}` : null;
}

export async function runQuestions(ids: string[]) {
  const user = await getCurrentUser();
  const [questions, learner] = await Promise.all([readRunQuestions(prisma, user?.id ?? null, ids), user ? readLearner(prisma, user.id) : null]);
  return { user, questions, retention: learner?.retention ?? DEFAULT_SETTINGS.retention };
}

export async function myPracticeSettings() {
  const user = await requireUser();
  const [learner, timeZone] = await Promise.all([readLearner(prisma, user.id), readTimeZone(prisma, user.id)]);
  const left = await leftToday(prisma, user.id, learner, new Date());
  return { user, learner, timeZone, left };
}

export async function myProgress() {
  const user = await requireUser();
  return { user, progress: await readProgress(prisma, user.id, new Date()) };
}

export async function myReviewHistory() {
  const user = await getCurrentUser();
  return user ? readReviewHistory(prisma, user.id) : null;
}
