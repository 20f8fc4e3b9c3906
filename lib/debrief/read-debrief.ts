// The debrief page's data: the interview, every panelist's status, the submitted scorecards side
// by side with their revisions (read through lib/scoring/visibility.ts), the panel composite with
// its standard error, and the decisions so far. Null (a 404) for anyone who may neither decide nor
// sits on the panel.
import type { Viewer } from "@/lib/candidates/access";
import type { Database } from "@/lib/db-client";
import { visibleInterviewsWhere } from "@/lib/interviews/access";
import { readAskedQuestion } from "@/lib/scoring/asked-question";
import { readPanelScorecards } from "@/lib/scoring/read-scorecards";
import { readableSubmittedScorecardsWhere } from "@/lib/scoring/visibility";
import { mayDecide, panelComplete } from "./access";
import { debriefPrecision } from "./precision";

export const decisionSelect = {
  id: true,
  outcome: true,
  reason: true,
  createdAt: true,
  decidedBy: { select: { name: true, email: true } },
} as const;

export async function readDebrief(db: Database, viewer: Viewer, sessionId: string) {
  const visible = visibleInterviewsWhere(viewer);
  if (!visible) return null;
  const session = await db.interviewSession.findFirst({
    where: { AND: [{ id: sessionId }, visible] },
    select: {
      id: true,
      title: true,
      status: true,
      createdById: true,
      planId: true,
      startedAt: true,
      candidate: { select: { id: true, name: true, position: true } },
      questions: { orderBy: { position: "asc" }, select: { id: true, questionVersion: true, snapshot: true } },
      decisions: { orderBy: { createdAt: "desc" }, select: decisionSelect },
    },
  });
  if (!session) return null;
  const panel = await readPanelScorecards(db, viewer, sessionId);
  const decide = mayDecide(viewer, session);
  if (!panel || (!decide && !panel.onPanel)) return null;
  const complete = panelComplete(session);
  const readable = readableSubmittedScorecardsWhere(viewer);
  const [revisions, precision] =
    complete && readable
      ? await Promise.all([
          db.scorecardRevision.findMany({
            where: { scorecard: { AND: [{ sessionId }, readable] } },
            orderBy: { createdAt: "asc" },
            select: { id: true, scorecardId: true, recommendation: true, ratings: true, composite: true, reason: true, createdAt: true },
          }),
          debriefPrecision(db, viewer, session),
        ])
      : [[], { kind: "none" } as const];
  const scorecards = complete ? panel.readable.filter((card) => card.submittedAt) : [];
  const own = panel.readable.find((card) => card.interviewerId === viewer.id && card.submittedAt) ?? null;
  return {
    session: { ...session, questions: session.questions.map((item) => ({ id: item.id, version: item.questionVersion, ...readAskedQuestion(item.snapshot) })) },
    statuses: panel.statuses,
    complete,
    mayDecide: decide,
    scorecards: scorecards.map((card) => ({ ...card, revisions: revisions.filter((revision) => revision.scorecardId === card.id) })),
    /** The viewer's own submitted scorecard, which they may revise once the panel is complete. */
    ownScorecard: complete && own ? { id: own.id, scores: own.scores.map((score) => ({ sessionQuestionId: score.sessionQuestionId, rating: score.rating })) } : null,
    precision,
    decisions: session.decisions,
  };
}

export type Debrief = NonNullable<Awaited<ReturnType<typeof readDebrief>>>;
