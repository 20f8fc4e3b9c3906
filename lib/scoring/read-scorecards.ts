// Reads of scorecards, taking the database and the viewer so the visibility rules are tested
// against PostgreSQL. Contents are only ever selected through readableScorecardsWhere.
import type { Viewer } from "@/lib/candidates/access";
import type { Database } from "@/lib/db-client";
import { visibleInterviewsWhere } from "@/lib/interviews/access";
import { canReadOthersScorecards, readableScorecardsWhere, scorecardStatus } from "./visibility";

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
  const scorecard = await db.scorecard.findFirst({ where: { id: scorecardId, sessionId, interviewerId: viewer.id }, select: scorecardContents });
  if (!scorecard) return null;
  return { session, scorecard };
}

/**
 * Every panel member's scorecard status, and the contents the viewer may read: always their own;
 * others' submitted ones only once their own is submitted (panel), or always for recruiters and
 * admins who are not on the panel.
 */
export async function readPanelScorecards(db: Database, viewer: Viewer, sessionId: string) {
  const visible = visibleInterviewsWhere(viewer);
  if (!visible) return null;
  const session = await db.interviewSession.findFirst({
    where: { AND: [{ id: sessionId }, visible] },
    select: {
      panel: { orderBy: { createdAt: "asc" }, select: { user: { select: { id: true, name: true, email: true } } } },
      scorecards: {
        select: { interviewerId: true, submittedAt: true, revision: true, _count: { select: { scores: { where: { revision: { gt: 0 } } } } } },
      },
    },
  });
  if (!session) return null;
  const panelIds = session.panel.map(({ user }) => user.id);
  const own = session.scorecards.find((card) => card.interviewerId === viewer.id);
  const othersVisible = canReadOthersScorecards(viewer, panelIds, Boolean(own?.submittedAt));
  const statuses = session.panel.map(({ user }) => {
    const card = session.scorecards.find((row) => row.interviewerId === user.id);
    return { user, status: scorecardStatus(card ? { submittedAt: card.submittedAt, revision: card.revision, touchedScores: card._count.scores } : null) };
  });
  const readable = await db.scorecard.findMany({
    where: readableScorecardsWhere(viewer, sessionId, othersVisible),
    orderBy: { submittedAt: "asc" },
    select: scorecardContents,
  });
  return { statuses, readable, othersVisible, onPanel: panelIds.includes(viewer.id) };
}
