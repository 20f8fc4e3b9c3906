// Reads of scorecards, taking the database and the viewer so the visibility rules are tested
// against PostgreSQL. Contents are only ever selected through lib/scoring/visibility.ts.
import type { Viewer } from "@/lib/candidates/access";
import type { Database } from "@/lib/db-client";
import { visibleInterviewsWhere } from "@/lib/interviews/access";
import { ownScorecardWhere, panelProgressSelect, readableScorecardsWhere, scorecardStatus, seesColleaguesScorecards } from "./visibility";

const scorecardContents = {
  id: true,
  interviewerId: true,
  recommendation: true,
  summary: true,
  revision: true,
  composite: true,
  disagreementReason: true,
  submittedAt: true,
  interviewer: { select: { name: true, email: true } },
  scores: {
    select: { sessionQuestionId: true, rating: true, notes: true, keyPointsCovered: true, redFlagsRaised: true, elapsedSeconds: true, revision: true },
  },
  events: { orderBy: { createdAt: "asc" }, select: { kind: true, reason: true, createdAt: true, actor: { select: { name: true, email: true } } } },
} as const;

/** The live scoring screen's data: the interview as asked, and the viewer's own scorecard. */
export async function readLiveScoring(db: Database, viewer: Viewer, sessionId: string, scorecardId: string) {
  const visible = visibleInterviewsWhere(viewer);
  if (!visible) return null;
  const session = await db.interviewSession.findFirst({
    where: { AND: [{ id: sessionId, panel: { some: { userId: viewer.id } } }, visible] },
    select: {
      id: true,
      title: true,
      status: true,
      startedAt: true,
      candidate: { select: { id: true, name: true } },
      questions: { orderBy: { position: "asc" }, select: { id: true, snapshot: true } },
    },
  });
  if (!session) return null;
  const scorecard = await db.scorecard.findFirst({ where: ownScorecardWhere(viewer, { id: scorecardId, sessionId }), select: scorecardContents });
  if (!scorecard) return null;
  return { session, scorecard };
}

/**
 * Every panel member's scorecard status, and the contents the viewer may read
 * (readableScorecardsWhere): always their own; others' submitted ones once their own is submitted
 * (panel, any role), or always for recruiters and admins who are not on the panel.
 */
export async function readPanelScorecards(db: Database, viewer: Viewer, sessionId: string) {
  const visible = visibleInterviewsWhere(viewer);
  const readableWhere = readableScorecardsWhere(viewer);
  if (!visible || !readableWhere) return null;
  const session = await db.interviewSession.findFirst({
    where: { AND: [{ id: sessionId }, visible] },
    select: {
      status: true,
      createdById: true,
      panel: { orderBy: { createdAt: "asc" }, select: { user: { select: { id: true, name: true, email: true } } } },
      scorecards: { select: panelProgressSelect },
    },
  });
  if (!session) return null;
  const panelIds = session.panel.map(({ user }) => user.id);
  const own = session.scorecards.find((card) => card.interviewerId === viewer.id);
  const onPanel = panelIds.includes(viewer.id);
  const statuses = session.panel.map(({ user }) => {
    const card = session.scorecards.find((row) => row.interviewerId === user.id);
    return { user, status: scorecardStatus(card ? { submittedAt: card.submittedAt, revision: card.revision, touchedScores: card._count.scores } : null) };
  });
  const readable = await db.scorecard.findMany({
    where: { AND: [{ sessionId }, readableWhere] },
    orderBy: { submittedAt: "asc" },
    select: scorecardContents,
  });
  return {
    statuses,
    readable,
    othersVisible: seesColleaguesScorecards(viewer, {
      onPanel,
      ownSubmitted: Boolean(own?.submittedAt),
      createdAndComplete: session.createdById === viewer.id && session.status === "COMPLETED",
    }),
    onPanel,
  };
}
