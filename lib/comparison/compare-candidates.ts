// Side-by-side results of 2–20 candidates: a questions × candidates matrix of every interviewer's
// rating, raw and (when asked) adjusted for the interviewer's leniency, with roll-ups per
// competency, the composite with its standard error, which pairs differ by more than measurement
// error, the panel's agreement per interview (r_wg(J)) and the recommendation tally.
//
// Nothing about who else is on the page enters a candidate's figures: leniency is estimated from
// the interviewer's scorecards of other candidates submitted before this one (leniency.ts), and the
// standard errors from the G study of the candidate's own plan (compare-precision.ts).
// A fixed number of statements whatever the number of candidates (no N+1). Every scorecard and
// rating read, histories included, is one the viewer may read (lib/scoring/visibility.ts).
import type { Viewer } from "@/lib/candidates/access";
import type { Database } from "@/lib/db-client";
import type { Recommendation } from "@/lib/generated/prisma/enums";
import { readAskedQuestion } from "@/lib/scoring/asked-question";
import { RECOMMENDATIONS } from "@/lib/scoring/composite";
import { readableSubmittedScorecardsWhere } from "@/lib/scoring/visibility";
import { comparableSessionsWhere } from "./access";
import { comparePrecision, type CompositePrecision, type PairComparison } from "./compare-precision";
import { describe, type Spread } from "./describe";
import { adjustRating, historyBefore, leniencyOf, type Leniency } from "./leniency";
import { readScopedScorecards, scorecardMeans } from "./rating-records";
import { rwgJ, type RwgResult } from "./rwg";
import { digestOf, memoised } from "./statistics-cache";

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 20;
export const NO_COMPETENCY = "Other";

export interface RatingEntry {
  interviewerId: string;
  interviewer: string;
  sessionId: string;
  scorecardId: string;
  raw: number;
  /** raw − the interviewer's leniency, unrounded and unclamped; null when not adjusted (see the scorecard's reason). */
  adjusted: number | null;
  outside: "above" | "below" | null;
}

/** A mean of raw ratings and, only when every one of them was adjusted, the mean of the adjusted values. */
export interface RawAndAdjusted {
  raw: Spread;
  adjusted: number | null;
  /** Ratings among them shown as given (not adjusted). */
  notAdjusted: number;
}

export interface ScorecardAdjustment {
  scorecardId: string;
  candidateId: string;
  sessionId: string;
  interviewer: string;
  leniency: Leniency;
}

export interface ComparedSession {
  id: string;
  title: string;
  startedAt: Date | null;
  plan: { id: string; name: string } | null;
  /** Within-interview agreement of the panel over the questions two or more of them rated. */
  agreement: RwgResult;
}

export interface ComparedCandidate {
  id: string;
  name: string;
  email: string | null;
  position: string | null;
  sessions: ComparedSession[];
  /** The composite: the mean of every rating the candidate was given (raw), adjusted beside it. */
  overall: RawAndAdjusted;
  /** Its standard error of measurement, or why it cannot be sized yet (null: nothing rated). */
  precision: CompositePrecision | null;
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
  cells: ({ ratings: RatingEntry[]; summary: RawAndAdjusted } | null)[];
}

export interface Comparison {
  candidates: ComparedCandidate[];
  rows: MatrixRow[];
  competencies: { name: string; perCandidate: RawAndAdjusted[] }[];
  /** Whether leniency adjustment was asked for (the raw values are always there). */
  adjusted: boolean;
  /** One per compared scorecard when adjusted: the interviewer's leniency at the time, or why it was not estimated. */
  adjustments: ScorecardAdjustment[];
  pairs: PairComparison[];
}

/** `max` raises the page's limit of 20 for the benchmark. */
export async function compareCandidates(db: Database, viewer: Viewer, candidateIds: readonly string[], options: { adjust: boolean; max?: number }): Promise<Comparison | null> {
  const where = comparableSessionsWhere(viewer);
  const readable = readableSubmittedScorecardsWhere(viewer);
  if (!where || !readable) return null;
  const ids = [...new Set(candidateIds)].slice(0, options.max ?? MAX_COMPARED);
  const [sessions, all] = await Promise.all([
    db.interviewSession.findMany({
      where: { AND: [where, { candidateId: { in: ids } }] },
      orderBy: [{ startedAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        title: true,
        startedAt: true,
        plan: { select: { id: true, name: true } },
        candidate: { select: { id: true, name: true, email: true, position: true } },
        questions: { orderBy: { position: "asc" }, select: { id: true, questionId: true, questionVersion: true, snapshot: true } },
        scorecards: {
          where: readable,
          orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
          select: {
            id: true,
            interviewerId: true,
            submittedAt: true,
            interviewer: { select: { name: true, email: true } },
            recommendation: true,
            scores: { where: { rating: { not: null } }, select: { sessionQuestionId: true, rating: true } },
          },
        },
      },
    }),
    // Every readable scorecard: the interviewers' histories and the G studies need them all, whoever is compared.
    readScopedScorecards(db, viewer, { kind: "all" }),
  ]);
  const means = options.adjust ? scorecardMeans(all) : [];

  const candidateOrder = ids.filter((id) => sessions.some((session) => session.candidate.id === id));
  const column = new Map(candidateOrder.map((id, index) => [id, index]));
  const adjustments: ScorecardAdjustment[] = [];
  const leniencyOfCard = new Map<string, Leniency>();
  if (options.adjust) {
    for (const session of sessions) {
      for (const card of session.scorecards) {
        const leniency = leniencyOf(card.interviewerId, historyBefore({ candidateId: session.candidate.id, submittedAt: card.submittedAt! }, means));
        leniencyOfCard.set(card.id, leniency);
        adjustments.push({
          scorecardId: card.id,
          candidateId: session.candidate.id,
          sessionId: session.id,
          interviewer: card.interviewer.name ?? card.interviewer.email,
          leniency,
        });
      }
    }
  }

  const rows = new Map<string, MatrixRow>();
  const perCandidate = candidateOrder.map(() => ({ entries: [] as RatingEntry[], design: [] as { interviewerId: string; questionKey: string }[] }));
  for (const session of sessions) {
    const at = column.get(session.candidate.id)!;
    for (const item of session.questions) {
      const asked = readAskedQuestion(item.snapshot);
      const key = item.questionId ?? `custom:${item.id}`;
      const row = rows.get(key) ?? { key, title: asked.title, competency: asked.competency ?? NO_COMPETENCY, versions: [], cells: candidateOrder.map(() => null) };
      rows.set(key, row);
      if (item.questionVersion !== null && !row.versions.includes(item.questionVersion)) row.versions.push(item.questionVersion);
      const cell = row.cells[at] ?? { ratings: [], summary: summarise([]) };
      for (const card of session.scorecards) {
        const score = card.scores.find((s) => s.sessionQuestionId === item.id);
        if (!score || score.rating === null) continue;
        const leniency = leniencyOfCard.get(card.id);
        const adjusted = leniency ? adjustRating(score.rating, leniency) : { adjusted: null, outside: null };
        const entry: RatingEntry = {
          interviewerId: card.interviewerId,
          interviewer: card.interviewer.name ?? card.interviewer.email,
          sessionId: session.id,
          scorecardId: card.id,
          raw: score.rating,
          adjusted: adjusted.adjusted,
          outside: adjusted.outside,
        };
        cell.ratings.push(entry);
        perCandidate[at]!.entries.push(entry);
        perCandidate[at]!.design.push({ interviewerId: card.interviewerId, questionKey: key });
      }
      row.cells[at] = cell;
    }
  }
  const matrix = [...rows.values()];
  for (const row of matrix) {
    row.versions.sort((a, b) => a - b);
    for (const cell of row.cells) if (cell) cell.summary = summarise(cell.ratings);
  }

  const candidates: ComparedCandidate[] = candidateOrder.map((id, at) => {
    const own = sessions.filter((session) => session.candidate.id === id);
    const cards = own.flatMap((session) => session.scorecards);
    return {
      ...own[0]!.candidate,
      sessions: own.map((session) => ({ id: session.id, title: session.title, startedAt: session.startedAt, plan: session.plan, agreement: sessionAgreement(session) })),
      overall: summarise(perCandidate[at]!.entries),
      precision: null,
      scorecards: cards.length,
      recommendations: Object.fromEntries(RECOMMENDATIONS.map((rec) => [rec, cards.filter((card) => card.recommendation === rec).length])) as Record<Recommendation, number>,
    };
  });
  const { precision, pairs } = await comparePrecision(
    db,
    viewer,
    candidates.map((candidate, at) => ({
      id: candidate.id,
      plans: candidate.sessions.map((session) => ({ id: session.plan?.id ?? null, name: session.plan?.name ?? null })),
      composite: candidate.overall.raw.mean,
      ratings: perCandidate[at]!.design,
    })),
    { all },
  );
  candidates.forEach((candidate, at) => (candidate.precision = precision[at] ?? null));

  const competencyNames = [...new Set(matrix.map((row) => row.competency))].sort((a, b) => (a === NO_COMPETENCY ? 1 : b === NO_COMPETENCY ? -1 : a.localeCompare(b)));
  const competencies = competencyNames.map((name) => ({
    name,
    perCandidate: candidates.map((_, at) => summarise(matrix.filter((row) => row.competency === name).flatMap((row) => row.cells[at]?.ratings ?? []))),
  }));

  return { candidates, rows: matrix, competencies, adjusted: options.adjust, adjustments, pairs };
}

/**
 * Raw mean and spread, and the adjusted mean only when every rating was adjusted: averaging adjusted
 * values with ratings shown as given would mix two scales (issue 13).
 */
function summarise(entries: readonly RatingEntry[]): RawAndAdjusted {
  const notAdjusted = entries.filter((entry) => entry.adjusted === null).length;
  const adjusted = entries.length > 0 && notAdjusted === 0 ? entries.reduce((sum, entry) => sum + entry.adjusted!, 0) / entries.length : null;
  return { raw: describe(entries.map((entry) => entry.raw)), adjusted, notAdjusted };
}

/**
 * r_wg(J) of one interview's panel over its questions (rows) and interviewers (columns). Its bootstrap is
 * most of a comparison's arithmetic, so it is computed once per interview and set of readable scorecards.
 */
function sessionAgreement(session: {
  id: string;
  questions: { id: string }[];
  scorecards: { id: string; submittedAt: Date | null; scores: { sessionQuestionId: string; rating: number | null }[] }[];
}) {
  const key = `rwg:${session.id}:${digestOf(session.scorecards.map((card) => ({ id: card.id, submittedAt: card.submittedAt!, planId: null })))}`;
  return memoised(key, () =>
    rwgJ(session.questions.map((question) => session.scorecards.map((card) => card.scores.find((score) => score.sessionQuestionId === question.id)?.rating ?? null))),
  );
}
