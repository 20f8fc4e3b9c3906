// Scheduling is ts-fsrs's alone: this file only converts between its Card / ReviewLog and our rows,
// and replays a history through it. No fuzz, so a history always gives the same schedule (on the
// server, in the browser's interval preview, and when a guest history is merged later).
import { createEmptyCard, fsrs, generatorParameters, type Card, type FSRS, type Grade, type ReviewLog as FsrsLog, type State } from "ts-fsrs";

export const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

export const MIN_RETENTION = 0.7;
export const MAX_RETENTION = 0.97;
const byRetention = new Map<number, FSRS>([[0.9, scheduler]]);

/** The scheduler for a learner's desired retention (ts-fsrs request_retention), default parameters otherwise. */
export function schedulerFor(retention = 0.9): FSRS {
  let made = byRetention.get(retention);
  if (!made) {
    made = fsrs(generatorParameters({ enable_fuzz: false, request_retention: retention }));
    byRetention.set(retention, made);
  }
  return made;
}

export interface CardFields {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
}

export interface LogFields {
  state: number;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
}

export function toCard(fields: CardFields): Card {
  return {
    due: fields.due,
    stability: fields.stability,
    difficulty: fields.difficulty,
    elapsed_days: fields.elapsedDays,
    scheduled_days: fields.scheduledDays,
    learning_steps: fields.learningSteps,
    reps: fields.reps,
    lapses: fields.lapses,
    state: fields.state as State,
    last_review: fields.lastReview ?? undefined,
  };
}

export function fromCard(card: Card): CardFields {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  };
}

export function fromLog(log: FsrsLog): LogFields {
  return {
    state: log.state,
    due: log.due,
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsed_days,
    lastElapsedDays: log.last_elapsed_days,
    scheduledDays: log.scheduled_days,
    learningSteps: log.learning_steps,
  };
}

/**
 * Replays reviews (sorted by time; ties by id so every replay agrees) through ts-fsrs from a new
 * card: the card after the last one, and each review's ts-fsrs log.
 */
export function replay<R extends { id: string; grade: number; reviewedAt: Date }>(reviews: R[], using: FSRS = scheduler) {
  const ordered = [...reviews].sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let card: Card = createEmptyCard(ordered[0]?.reviewedAt ?? new Date(0));
  const logs: { review: R; log: LogFields }[] = [];
  for (const review of ordered) {
    const next = using.next(card, review.reviewedAt, review.grade as Grade);
    logs.push({ review, log: fromLog(next.log) });
    card = next.card;
  }
  return { card, logs };
}

/** Estimated probability of recalling the card now (ts-fsrs's forgetting curve). */
export function retrievability(fields: CardFields, now: Date) {
  if (fields.state === 0 || !fields.lastReview) return null;
  return scheduler.get_retrievability(toCard(fields), now, false);
}
