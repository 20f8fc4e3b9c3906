// Recording self-graded reviews: the only write of practice. Takes the database and the user so
// it is tested directly against PostgreSQL. Idempotent by review id (made by the browser), safe
// against concurrent submissions (one advisory lock per user and question), and order-independent:
// each question's card is rebuilt by replaying all of the user's reviews of it through ts-fsrs,
// so a late offline grade or a merged guest history lands where it belongs in time.
import type { Database, Transaction } from "@/lib/db-client";
import { practiceQuestionWhere } from "./exposure";
import { fromCard, replay } from "./scheduler";
import type { ParsedReview, ReviewBatchResult } from "./schema";

/** A review "from the future" (a fast device clock) is taken as made now. */
function clampTime(iso: string, now: Date) {
  const time = new Date(iso);
  return time.getTime() > now.getTime() ? now : time;
}

const sameLog = (a: object, b: object) =>
  Object.keys(b).every((key) => {
    const x = (a as Record<string, unknown>)[key];
    const y = (b as Record<string, unknown>)[key];
    return x instanceof Date && y instanceof Date ? x.getTime() === y.getTime() : x === y;
  });

export async function recordReviews(db: Database, userId: string, inputs: ParsedReview[], now = new Date()): Promise<ReviewBatchResult> {
  const unique = [...new Map(inputs.map((input) => [input.id, input])).values()];
  const questionIds = [...new Set(unique.map((input) => input.questionId))].sort();
  // The exposure rule: reviews of questions practice may not show are refused, never stored.
  const allowed = new Set(
    (await db.question.findMany({ where: { AND: [{ id: { in: questionIds } }, practiceQuestionWhere()] }, select: { id: true } })).map((q) => q.id),
  );
  const skipped = unique.filter((input) => !allowed.has(input.questionId)).map((input) => input.id);
  const wanted = unique.filter((input) => allowed.has(input.questionId));
  if (wanted.length === 0) return { status: "saved", accepted: [], duplicates: [], skipped };

  return db.$transaction(async (tx) => {
    // Sorted, so two batches touching the same questions never wait on each other in a cycle.
    for (const questionId of [...new Set(wanted.map((input) => input.questionId))].sort()) {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`review:${userId}:${questionId}`}, 0))`;
    }
    const existing = new Set((await tx.reviewLog.findMany({ where: { id: { in: wanted.map((input) => input.id) } }, select: { id: true } })).map((row) => row.id));
    const fresh = wanted.filter((input) => !existing.has(input.id));
    const duplicates = wanted.filter((input) => existing.has(input.id)).map((input) => input.id);
    for (const questionId of new Set(fresh.map((input) => input.questionId))) {
      await applyQuestion(tx, userId, questionId, fresh.filter((input) => input.questionId === questionId), now);
    }
    return { status: "saved", accepted: fresh.map((input) => input.id), duplicates, skipped } satisfies ReviewBatchResult;
  });
}

async function applyQuestion(tx: Transaction, userId: string, questionId: string, fresh: ParsedReview[], now: Date) {
  const previous = await tx.reviewLog.findMany({
    where: { userId, questionId },
    select: { id: true, grade: true, reviewedAt: true, state: true, due: true, stability: true, difficulty: true, elapsedDays: true, lastElapsedDays: true, scheduledDays: true, learningSteps: true },
  });
  const incoming = fresh.map((input) => ({ id: input.id, grade: input.grade, reviewedAt: clampTime(input.reviewedAt, now), input }));
  const { card, logs } = replay<{ id: string; grade: number; reviewedAt: Date; input?: ParsedReview }>([...previous, ...incoming]);
  const stored = new Map(previous.map((row) => [row.id, row]));
  const inserts = [];
  for (const { review, log } of logs) {
    if (review.input) {
      inserts.push({
        id: review.id,
        userId,
        questionId,
        grade: review.grade,
        answer: review.input.answer,
        keyPointsTicked: review.input.keyPointsTicked,
        reviewedAt: review.reviewedAt,
        fromGuest: review.input.fromGuest,
        ...log,
      });
      continue;
    }
    // A review inserted before this one (in time) changes the card this one was made on.
    const row = stored.get(review.id);
    if (row && !sameLog(row, log)) await tx.reviewLog.update({ where: { id: review.id }, data: log });
  }
  // skipDuplicates: an id taken by another user's review is not this user's to overwrite.
  await tx.reviewLog.createMany({ data: inserts, skipDuplicates: true });
  const state = fromCard(card);

  await tx.reviewState.upsert({ where: { userId_questionId: { userId, questionId } }, create: { userId, questionId, ...state }, update: state });
}
