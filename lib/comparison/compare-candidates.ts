// Side-by-side results of 2–20 candidates: a questions × candidates matrix of every interviewer's
// rating, with the mean and spread per cell, roll-ups per competency and overall, the
// recommendation tally and the mechanical composite. A fixed number of queries whatever the number
// of candidates (no N+1): the sessions with their scorecards, then the interviewers' histories.
// Every scorecard and rating read, histories included, is one the viewer may read
// (lib/scoring/visibility.ts): a panel the viewer sits on and has not submitted for moves nothing.
import type { Viewer } from "@/lib/candidates/access";
import type { Database } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Recommendation } from "@/lib/generated/prisma/enums";
import { readAskedQuestion } from "@/lib/scoring/asked-question";
import { RECOMMENDATIONS } from "@/lib/scoring/composite";
import { readableSubmittedScorecardsWhere } from "@/lib/scoring/visibility";
import { comparableSessionsWhere } from "./access";
import { describe, panelAgreement, toScale, zScore, type PanelAgreement, type Spread } from "./statistics";

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 20;
export const NO_COMPETENCY = "Other";

export interface RatingEntry {
  interviewerId: string;
  interviewer: string;
  sessionId: string;
  raw: number;
  /** The rating on the 1–4 scale after leniency normalisation, or null when it could not be. */
  normalised: number | null;
}

export interface ComparedCandidate {
  id: string;
  name: string;
  email: string | null;
  position: string | null;
  sessions: { id: string; title: string; startedAt: Date | null; agreement: PanelAgreement }[];
  overall: Spread;
  /** Mean of the submitted scorecards' composites: the mechanical score, never a judgement. */
  composite: number | null;
  scorecards: number;
  recommendations: Record<Recommendation, number>;
}

export interface MatrixRow {
  key: string;
  title: string;
  competency: string;
  /** Rubric versions asked (bank questions), e.g. [3] or [2, 3]. */
  versions: number[];
  /** Per candidate (same order as `candidates`): null when this candidate was not asked it. */
  cells: ({ ratings: RatingEntry[]; spread: Spread } | null)[];
}

export interface Comparison {
  candidates: ComparedCandidate[];
  rows: MatrixRow[];
  competencies: { name: string; perCandidate: Spread[] }[];
  normalised: boolean;
  /** Interviewers whose history is too short to normalise (their ratings are shown raw). */
  notNormalised: string[];
}

interface History {
  interviewerId: string;
  n: number;
  mean: number | null;
  sd: number | null;
}

const roundTo = (value: number, places = 2) => Math.round(value * 10 ** places) / 10 ** places;

/** `max` raises the page's limit of 20 for the benchmark, which measures 50. */
export async function compareCandidates(db: Database, viewer: Viewer, candidateIds: readonly string[], options: { normalise: boolean; max?: number }): Promise<Comparison | null> {
  const where = comparableSessionsWhere(viewer);
  const readable = readableSubmittedScorecardsWhere(viewer);
  if (!where || !readable) return null;
  const ids = [...new Set(candidateIds)].slice(0, options.max ?? MAX_COMPARED);
  const sessions = await db.interviewSession.findMany({
    where: { AND: [where, { candidateId: { in: ids } }] },
    orderBy: { startedAt: "asc" },
    select: {
      id: true,
      title: true,
      startedAt: true,
      candidate: { select: { id: true, name: true, email: true, position: true } },
      questions: { orderBy: { position: "asc" }, select: { id: true, questionId: true, questionVersion: true, snapshot: true } },
      scorecards: {
        where: readable,
        orderBy: { submittedAt: "asc" },
        select: {
          interviewerId: true,
          interviewer: { select: { name: true, email: true } },
          recommendation: true,
          composite: true,
          scores: { where: { rating: { not: null } }, select: { sessionQuestionId: true, rating: true } },
        },
      },
    },
  });

  const interviewerIds = [...new Set(sessions.flatMap((session) => session.scorecards.map((card) => card.interviewerId)))];
  const histories = options.normalise ? await interviewerHistories(db, viewer, interviewerIds) : new Map<string, History>();
  const pool = poolOf([...histories.values()]);

  const candidateOrder = ids.filter((id) => sessions.some((session) => session.candidate.id === id));
  const candidates: ComparedCandidate[] = candidateOrder.map((id) => {
    const own = sessions.filter((session) => session.candidate.id === id);
    const person = own[0]!.candidate;
    const cards = own.flatMap((session) => session.scorecards);
    const composites = cards.flatMap((card) => (card.composite === null ? [] : [Number(card.composite)]));
    const recommendations = Object.fromEntries(RECOMMENDATIONS.map((rec) => [rec, cards.filter((card) => card.recommendation === rec).length])) as Record<Recommendation, number>;
    return {
      ...person,
      sessions: own.map((session) => ({ id: session.id, title: session.title, startedAt: session.startedAt, agreement: sessionAgreement(session) })),
      overall: describe([]),
      composite: composites.length ? roundTo(composites.reduce((a, b) => a + b, 0) / composites.length) : null,
      scorecards: cards.length,
      recommendations,
    };
  });

  const rows = new Map<string, MatrixRow>();
  const notNormalised = new Set<string>();
  for (const session of sessions) {
    const column = candidateOrder.indexOf(session.candidate.id);
    for (const item of session.questions) {
      const asked = readAskedQuestion(item.snapshot);
      const key = item.questionId ?? `custom:${item.id}`;
      const row = rows.get(key) ?? { key, title: asked.title, competency: asked.competency ?? NO_COMPETENCY, versions: [], cells: candidateOrder.map(() => null) };
      rows.set(key, row);
      if (item.questionVersion !== null && !row.versions.includes(item.questionVersion)) row.versions.push(item.questionVersion);
      const cell = row.cells[column] ?? { ratings: [], spread: describe([]) };
      for (const card of session.scorecards) {
        const score = card.scores.find((s) => s.sessionQuestionId === item.id);
        if (!score || score.rating === null) continue;
        const history = histories.get(card.interviewerId);
        const z = history ? zScore(score.rating, { n: history.n, mean: history.mean, sd: history.sd, min: null, max: null }) : null;
        const interviewer = card.interviewer.name ?? card.interviewer.email;
        if (options.normalise && z === null) notNormalised.add(interviewer);
        cell.ratings.push({
          interviewerId: card.interviewerId,
          interviewer,
          sessionId: session.id,
          raw: score.rating,
          normalised: z === null || pool.sd === null ? null : roundTo(toScale(z, pool)),
        });
      }
      row.cells[column] = cell;
    }
  }

  const value = (entry: RatingEntry) => (options.normalise ? (entry.normalised ?? entry.raw) : entry.raw);
  for (const row of rows.values()) {
    row.versions.sort((a, b) => a - b);
    for (const cell of row.cells) if (cell) cell.spread = describe(cell.ratings.map(value));
  }
  const matrix = [...rows.values()];
  candidates.forEach((candidate, column) => {
    candidate.overall = describe(matrix.flatMap((row) => row.cells[column]?.ratings.map(value) ?? []));
  });
  const competencyNames = [...new Set(matrix.map((row) => row.competency))].sort((a, b) => (a === NO_COMPETENCY ? 1 : b === NO_COMPETENCY ? -1 : a.localeCompare(b)));
  const competencies = competencyNames.map((name) => ({
    name,
    perCandidate: candidates.map((_, column) => describe(matrix.filter((row) => row.competency === name).flatMap((row) => row.cells[column]?.ratings.map(value) ?? []))),
  }));

  return { candidates, rows: matrix, competencies, normalised: options.normalise, notNormalised: [...notNormalised].sort() };
}

/** Agreement of one interview's panel over its questions (rows) and interviewers (columns). */
function sessionAgreement(session: { questions: { id: string }[]; scorecards: { scores: { sessionQuestionId: string; rating: number | null }[] }[] }) {
  const matrix = session.questions.map((question) => session.scorecards.map((card) => card.scores.find((score) => score.sessionQuestionId === question.id)?.rating ?? null));
  return panelAgreement(matrix);
}

/**
 * Each interviewer's mean and spread over every rating of theirs the viewer may read. Ratings are
 * 1–4, so one grouped query gives at most four rows a scorecard (count per rating), and a second
 * says whose scorecard each is; the statistics follow from the counts.
 */
async function interviewerHistories(db: Database, viewer: Viewer, interviewerIds: string[]) {
  const readable = readableSubmittedScorecardsWhere(viewer);
  if (interviewerIds.length === 0 || !readable) return new Map<string, History>();
  const cardsWhere: Prisma.ScorecardWhereInput = { AND: [readable, { interviewerId: { in: interviewerIds } }] };
  const [counts, cards] = await Promise.all([
    db.score.groupBy({ by: ["scorecardId", "rating"], where: { rating: { not: null }, scorecard: cardsWhere }, _count: { _all: true } }),
    db.scorecard.findMany({ where: cardsWhere, select: { id: true, interviewerId: true } }),
  ]);
  const ownerOf = new Map(cards.map((card) => [card.id, card.interviewerId]));
  const tallies = new Map<string, Map<number, number>>();
  for (const row of counts) {
    const owner = ownerOf.get(row.scorecardId);
    if (!owner || row.rating === null) continue;
    const tally = tallies.get(owner) ?? new Map<number, number>();
    tally.set(row.rating, (tally.get(row.rating) ?? 0) + row._count._all);
    tallies.set(owner, tally);
  }
  return new Map([...tallies].map(([interviewerId, tally]) => [interviewerId, historyOf(interviewerId, tally)]));
}

/** n, mean and sample standard deviation (null below two ratings, as stddev_samp) from counts per rating. */
function historyOf(interviewerId: string, tally: Map<number, number>): History {
  const entries = [...tally];
  const n = entries.reduce((sum, [, count]) => sum + count, 0);
  const mean = entries.reduce((sum, [rating, count]) => sum + rating * count, 0) / n;
  const squares = entries.reduce((sum, [rating, count]) => sum + count * (rating - mean) ** 2, 0);
  return { interviewerId, n, mean, sd: n < 2 ? null : Math.sqrt(squares / (n - 1)) };
}

/** The scale normalised ratings are shown on: the pooled mean and spread of these interviewers. */
function poolOf(histories: History[]): Spread {
  const n = histories.reduce((sum, h) => sum + h.n, 0);
  if (n < 2) return describe([]);
  const mean = histories.reduce((sum, h) => sum + h.n * (h.mean ?? 0), 0) / n;
  // Pooled variance: within-interviewer sums of squares plus between-interviewer spread of means.
  const squares = histories.reduce((sum, h) => sum + (h.n - 1) * (h.sd ?? 0) ** 2 + h.n * ((h.mean ?? 0) - mean) ** 2, 0);
  return { n, mean, sd: Math.sqrt(squares / (n - 1)), min: null, max: null };
}
