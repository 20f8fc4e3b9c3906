// Calibration: how each interviewer rates compared with the rest of their panels, and which
// questions' rubrics get panels to agree. For recruiters and admins, from the submitted scorecards
// they may read (lib/scoring/visibility.ts): an interview whose panel they sit on and have not
// submitted for yet is left out entirely, so a colleague's scorecard there moves no figure.
import type { Viewer } from "@/lib/candidates/access";
import type { Database } from "@/lib/db-client";
import { readAskedQuestion } from "@/lib/scoring/asked-question";
import { readableSubmittedScorecardsWhere } from "@/lib/scoring/visibility";
import { canCalibrate } from "./access";
import { iccOneWay, type OneWayIcc } from "./icc-one-way";
import { describe, type Spread } from "./statistics";

export interface InterviewerCalibration {
  id: string;
  name: string;
  scorecards: number;
  ratings: Spread;
  /** Mean of (own rating − the rest of the panel's mean) on co-rated questions: > 0 is lenient. */
  leniency: number | null;
  coRated: number;
  /** Share of their scorecards whose recommendation disagreed with the composite. */
  disagreementRate: number | null;
}

export interface QuestionCalibration {
  key: string;
  title: string;
  uses: number;
  agreement: OneWayIcc;
  /** The rubric does not get panels to agree: ICC below .5. */
  flagged: boolean;
}

export async function calibration(db: Database, viewer: Viewer) {
  const readable = readableSubmittedScorecardsWhere(viewer);
  if (!canCalibrate(viewer) || !readable) return null;
  const cards = await db.scorecard.findMany({
    where: { AND: [readable, { session: { status: { not: "CANCELLED" } } }] },
    select: {
      sessionId: true,
      interviewerId: true,
      disagreementReason: true,
      interviewer: { select: { name: true, email: true } },
      scores: { where: { rating: { not: null } }, select: { rating: true, sessionQuestion: { select: { id: true, questionId: true, snapshot: true } } } },
    },
  });

  // Ratings per (session question): who gave what.
  const byItem = new Map<string, { key: string; title: string; sessionId: string; ratings: Map<string, number> }>();
  for (const card of cards) {
    for (const score of card.scores) {
      const item = score.sessionQuestion;
      const entry = byItem.get(item.id) ?? { key: item.questionId ?? `custom:${item.id}`, title: readAskedQuestion(item.snapshot).title, sessionId: card.sessionId, ratings: new Map() };
      entry.ratings.set(card.interviewerId, score.rating!);
      byItem.set(item.id, entry);
    }
  }

  const interviewers = new Map<string, { name: string; cards: number; disagreements: number; ratings: number[]; deltas: number[] }>();
  for (const card of cards) {
    const row = interviewers.get(card.interviewerId) ?? { name: card.interviewer.name ?? card.interviewer.email, cards: 0, disagreements: 0, ratings: [], deltas: [] };
    row.cards += 1;
    if (card.disagreementReason) row.disagreements += 1;
    for (const score of card.scores) row.ratings.push(score.rating!);
    interviewers.set(card.interviewerId, row);
  }
  for (const item of byItem.values()) {
    for (const [interviewerId, rating] of item.ratings) {
      const others = [...item.ratings].filter(([id]) => id !== interviewerId).map(([, value]) => value);
      if (others.length === 0) continue;
      interviewers.get(interviewerId)!.deltas.push(rating - others.reduce((a, b) => a + b, 0) / others.length);
    }
  }
  const perInterviewer: InterviewerCalibration[] = [...interviewers.entries()]
    .map(([id, row]) => ({
      id,
      name: row.name,
      scorecards: row.cards,
      ratings: describe(row.ratings),
      leniency: row.deltas.length ? row.deltas.reduce((a, b) => a + b, 0) / row.deltas.length : null,
      coRated: row.deltas.length,
      disagreementRate: row.cards ? row.disagreements / row.cards : null,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));

  const perQuestionGroups = new Map<string, { title: string; groups: number[][] }>();
  for (const item of byItem.values()) {
    const entry = perQuestionGroups.get(item.key) ?? { title: item.title, groups: [] };
    entry.groups.push([...item.ratings.values()]);
    perQuestionGroups.set(item.key, entry);
  }
  const perQuestion: QuestionCalibration[] = [...perQuestionGroups.entries()]
    .map(([key, { title, groups }]) => {
      const agreement = iccOneWay(groups);
      return { key, title, uses: groups.length, agreement, flagged: agreement.kind === "icc" && agreement.value < 0.5 };
    })
    .sort((a, b) => Number(b.flagged) - Number(a.flagged) || b.uses - a.uses || a.title.localeCompare(b.title));

  return { interviewers: perInterviewer, questions: perQuestion };
}
