// Recording self-graded reviews: the only write of practice. Takes the database and the user so
// it is tested directly against PostgreSQL. Idempotent by review id (made by the browser), safe
// against concurrent submissions (one advisory lock per user and question), and order-independent:
// each question's card is rebuilt by replaying all of the user's reviews of it through ts-fsrs,
// so a late offline grade or a merged guest history lands where it belongs in time.
import type { Database, Transaction } from "@/lib/db-client";
import { practiceQuestionWhere } from "./exposure";
import { fromCard, replay, schedulerFor } from "./scheduler";
import type { ParsedReview, ParsedUndo, ReviewBatchResult } from "./schema";
import type { FSRS } from "ts-fsrs";

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

/**
 * Stores grades, then undoes grades (the browser's outbox sends both in the order they were made,
 * and an undo always comes after the grade it undoes). An undo names the review it undoes, never
 * "the last one": sent again (a lost answer, a replay from the outbox, a second tab) it finds the
 * review already undone and changes nothing, so a grade is undone at most once.
 */
export async function recordReviews(db: Database, userId: string, inputs: ParsedReview[], now = new Date(), undos: ParsedUndo[] = []): Promise<ReviewBatchResult> {
  const unique = [...new Map(inputs.map((input) => [input.id, input])).values()];
  const targets = await db.reviewLog.findMany({ where: { userId, id: { in: undos.map((undo) => undo.undoOf) } }, select: { id: true, questionId: true } });
  // A grade and its undo may travel in one batch (both made while offline).
  const undoQuestion = new Map([...unique.map((input) => [input.id, input.questionId] as const), ...targets.map((row) => [row.id, row.questionId] as const)]);
  const questionIds = [...new Set(undoQuestion.values())].sort();
  // The exposure rule: reviews of questions practice may not show are refused, never stored.
  const allowed = new Set((await db.question.findMany({ where: { AND: [{ id: { in: questionIds } }, practiceQuestionWhere()] }, select: { id: true } })).map((q) => q.id));
  // An undo of a review this user never stored (or of a question no longer in practice) has nothing to undo.
  const knownUndos = undos.filter((undo) => allowed.has(undoQuestion.get(undo.undoOf) ?? ""));
  const skipped = [...unique.filter((input) => !allowed.has(input.questionId)), ...undos.filter((undo) => !knownUndos.includes(undo))].map((input) => input.id);
  const wanted = unique.filter((input) => allowed.has(input.questionId));
  if (wanted.length === 0 && knownUndos.length === 0) return { status: "saved", accepted: [], duplicates: [], skipped };
  const using = schedulerFor((await db.practiceSettings.findUnique({ where: { userId }, select: { retention: true } }))?.retention);

  return db.$transaction(async (tx) => {
    // Sorted, so two batches touching the same questions never wait on each other in a cycle.
    const locked = [...new Set([...wanted.map((input) => input.questionId), ...knownUndos.map((undo) => undoQuestion.get(undo.undoOf)!)])].sort();
    for (const questionId of locked) {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`review:${userId}:${questionId}`}, 0))`;
    }
    const existing = new Set((await tx.reviewLog.findMany({ where: { id: { in: wanted.map((input) => input.id) } }, select: { id: true } })).map((row) => row.id));
    const fresh = wanted.filter((input) => !existing.has(input.id));
    const duplicates = wanted.filter((input) => existing.has(input.id)).map((input) => input.id);
    for (const questionId of new Set(fresh.map((input) => input.questionId))) {
      await applyQuestion(
        tx,
        userId,
        questionId,
        fresh.filter((input) => input.questionId === questionId),
        now,
        using,
      );
    }
    const undone: string[] = [];
    const undoneAgain: string[] = [];
    const touched = new Set<string>();
    for (const undo of knownUndos) {
      // Under the question's lock: of two undos of one review racing, exactly one finds it not yet undone.
      const { count } = await tx.reviewLog.updateMany({ where: { id: undo.undoOf, userId, undoneAt: null }, data: { undoneAt: now } });
      (count === 1 ? undone : undoneAgain).push(undo.id);
      if (count === 1) touched.add(undoQuestion.get(undo.undoOf)!);
    }
    for (const questionId of touched) await applyQuestion(tx, userId, questionId, [], now, using);
    return { status: "saved", accepted: [...fresh.map((input) => input.id), ...undone], duplicates: [...duplicates, ...undoneAgain], skipped } satisfies ReviewBatchResult;
  });
}

async function applyQuestion(tx: Transaction, userId: string, questionId: string, fresh: ParsedReview[], now: Date, using: FSRS) {
  // Undone reviews are kept (history, export) but no longer shape the card.
  const previous = await tx.reviewLog.findMany({
    where: { userId, questionId, undoneAt: null },
    select: {
      id: true,
      grade: true,
      reviewedAt: true,
      state: true,
      due: true,
      stability: true,
      difficulty: true,
      elapsedDays: true,
      lastElapsedDays: true,
      scheduledDays: true,
      learningSteps: true,
    },
  });
  const incoming = fresh.map((input) => ({ id: input.id, grade: input.grade, reviewedAt: clampTime(input.reviewedAt, now), input }));
  const { card, logs } = replay<{ id: string; grade: number; reviewedAt: Date; input?: ParsedReview }>([...previous, ...incoming], using);
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
  // Every review undone: the question is new again, as it was before its first grade.
  if (logs.length === 0) {
    await tx.reviewState.deleteMany({ where: { userId, questionId } });
    return;
  }
  const state = fromCard(card);

  await tx.reviewState.upsert({ where: { userId_questionId: { userId, questionId } }, create: { userId, questionId, ...state }, update: state });
}
