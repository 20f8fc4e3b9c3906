// The panel composite of one interview with its standard error of measurement. The variance
// components come from the G study (lib/comparison/g-study.ts) of every readable submitted
// scorecard of interviews with the same plan (or, for an interview built without one, of those
// built without one); the interview's own design (its interviewers, questions and ratings) then
// gives the SEM of its mean rating (lib/comparison/measurement-error.ts, Brennan 2001). Below the
// G study's minimum sample there is no standard error, and the page says how many more candidates
// it needs. Only the submitted, pre-debrief ratings count: revisions never enter it.
import type { Viewer } from "@/lib/candidates/access";
import type { Database } from "@/lib/db-client";
import { gStudy, type PlanRating } from "@/lib/comparison/g-study";
import { candidateDesign, compositeStandardError, Z_95 } from "@/lib/comparison/measurement-error";
import { readableScoresWhere } from "@/lib/scoring/visibility";

export type DebriefPrecision =
  | { kind: "none" }
  | { kind: "standard-error"; composite: number; ratings: number; standardError: number; margin: number; candidates: number }
  | { kind: "not-yet"; composite: number; ratings: number; reason: string; candidates: number; needed: number };

const questionKey = (row: { sessionQuestionId: string; sessionQuestion: { questionId: string | null } }) => row.sessionQuestion.questionId ?? `custom:${row.sessionQuestionId}`;

export async function debriefPrecision(db: Database, viewer: Viewer, interview: { id: string; planId: string | null }): Promise<DebriefPrecision> {
  const readable = readableScoresWhere(viewer);
  if (!readable) return { kind: "none" };
  const rows = await db.score.findMany({
    where: {
      AND: [readable, { rating: { not: null }, scorecard: { submittedAt: { not: null }, session: { status: { not: "CANCELLED" }, planId: interview.planId } } }],
    },
    select: {
      rating: true,
      sessionQuestionId: true,
      sessionQuestion: { select: { questionId: true } },
      scorecard: { select: { interviewerId: true, sessionId: true, session: { select: { candidateId: true } } } },
    },
  });
  const ratings: PlanRating[] = rows.map((row) => ({
    candidateId: row.scorecard.session.candidateId,
    interviewerId: row.scorecard.interviewerId,
    questionKey: questionKey(row),
    rating: row.rating!,
  }));
  const own = rows.filter((row) => row.scorecard.sessionId === interview.id);
  if (own.length === 0) return { kind: "none" };
  const composite = Math.round((own.reduce((sum, row) => sum + row.rating!, 0) / own.length) * 100) / 100;
  const g = gStudy(ratings);
  if (g.kind === "insufficient") return { kind: "not-yet", composite, ratings: own.length, reason: g.reason, candidates: g.candidates, needed: g.needed };
  if (!g.sample.sufficient)
    return { kind: "not-yet", composite, ratings: own.length, reason: g.sample.reason ?? "too few candidates", candidates: g.sample.candidates, needed: g.sample.needed };
  const design = candidateDesign(own.map((row) => ({ interviewerId: row.scorecard.interviewerId, questionKey: questionKey(row) })));
  const standardError = compositeStandardError(g.components, design);
  return { kind: "standard-error", composite, ratings: own.length, standardError, margin: Z_95 * standardError, candidates: g.sample.candidates };
}
