// Who may read which scorecard: the one rule every read of scorecards, ratings, notes,
// composites, recommendations, and every number derived from them, goes through (the panel
// page, live scoring, candidate reports and their CSV, compare and its CSV, calibration, the
// audit log's scorecard events). tests/scorecard-reads.test.ts fails for a read in lib/ or app/
// that does not use it.
//
// - Your own scorecard: always (drafts included).
// - Someone else's: only once submitted, and then
//   - if you sit on that interview's panel, only once your own scorecard there is submitted,
//     whatever your role (admins and recruiters included: panels score independently);
//   - if you do not, only as a recruiter or admin, or as the interview's creator (its hiring
//     manager) once the whole panel has submitted (the debrief). Other interviewers see nothing of
//     panels they are not on.
// - Candidates (the role): nothing, not even a scorecard they wrote before being demoted.
// Nobody ever reads another person's unsubmitted draft; its status ("in progress") is all that shows.
import type { Viewer } from "@/lib/candidates/access";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hasRole, MANAGERS } from "@/lib/users/roles";

const SUBMITTED = { submittedAt: { not: null } } satisfies Prisma.ScorecardWhereInput;

/** Recruiters and admins read submitted scorecards of panels they are not on. */
export function readsPanelsOffThePanel(viewer: Viewer) {
  return hasRole(MANAGERS, viewer.role);
}

/**
 * The rule as a Prisma filter on Scorecard, across every interview; null when the viewer may
 * read none. Combine with `{ sessionId }` or `submittedOnly` as the reader needs.
 */
export function readableScorecardsWhere(viewer: Viewer): Prisma.ScorecardWhereInput | null {
  if (viewer.role === "CANDIDATE") return null;
  const onThePanelAndSubmitted: Prisma.ScorecardWhereInput = {
    session: { panel: { some: { userId: viewer.id } }, scorecards: { some: { interviewerId: viewer.id, ...SUBMITTED } } },
  };
  const offThePanel: Prisma.ScorecardWhereInput = { session: { panel: { none: { userId: viewer.id } } } };
  // COMPLETED is exactly "every panelist has submitted" (a reopen takes it back): the debrief.
  const createdAndComplete: Prisma.ScorecardWhereInput = { session: { createdById: viewer.id, status: "COMPLETED", panel: { none: { userId: viewer.id } } } };
  return {
    OR: [
      { interviewerId: viewer.id },
      { AND: [SUBMITTED, readsPanelsOffThePanel(viewer) ? { OR: [onThePanelAndSubmitted, offThePanel] } : { OR: [onThePanelAndSubmitted, createdAndComplete] }] },
    ],
  };
}

/**
 * The submitted scorecards the viewer may read: what every figure (composite, comparison,
 * calibration, agreement) is computed from. Null when none.
 */
export function readableSubmittedScorecardsWhere(viewer: Viewer): Prisma.ScorecardWhereInput | null {
  const readable = readableScorecardsWhere(viewer);
  return readable && { AND: [readable, SUBMITTED] };
}

/** The same rule on Score rows (ratings, notes, ticks): through their scorecard. */
export function readableScoresWhere(viewer: Viewer): Prisma.ScoreWhereInput | null {
  const readable = readableScorecardsWhere(viewer);
  return readable && { scorecard: readable };
}

/** Interviews with at least one submitted scorecard the viewer may read. */
export function sessionsWithReadableResultsWhere(viewer: Viewer): Prisma.InterviewSessionWhereInput | null {
  const readable = readableSubmittedScorecardsWhere(viewer);
  return readable && { scorecards: { some: readable } };
}

/** The viewer's own scorecards (narrowed by `where`): for the verbs that change them, and "your scorecard is submitted". */
export function ownScorecardWhere(viewer: Viewer, where: Prisma.ScorecardWhereInput = {}): Prisma.ScorecardWhereInput {
  return { AND: [where, { interviewerId: viewer.id }] };
}

/**
 * The same rule for one interview whose panel and own scorecard are already known, for what the
 * page says ("other scorecards appear once you have submitted yours"). It never filters data:
 * readableScorecardsWhere does; tests/panel-secrecy.test.ts checks the two agree.
 */
export function seesColleaguesScorecards(viewer: Viewer, position: { onPanel: boolean; ownSubmitted: boolean; createdAndComplete?: boolean }) {
  if (viewer.role === "CANDIDATE") return false;
  if (position.onPanel) return position.ownSubmitted;
  return readsPanelsOffThePanel(viewer) || Boolean(position.createdAndComplete);
}

/**
 * Every panel member's scorecard state, without contents: how far each one is (a count of
 * touched questions), which is what the status badges show to everyone who sees the interview.
 */
export const panelProgressSelect = {
  interviewerId: true,
  submittedAt: true,
  revision: true,
  _count: { select: { scores: { where: { revision: { gt: 0 } } } } },
} satisfies Prisma.ScorecardSelect;

export type ScorecardStatus = "NOT_STARTED" | "IN_PROGRESS" | "SUBMITTED";

export const SCORECARD_STATUS_LABELS: Record<ScorecardStatus, string> = {
  NOT_STARTED: "Not started",
  IN_PROGRESS: "In progress",
  SUBMITTED: "Submitted",
};

/** A scorecard is in progress from the first saved change, not from merely opening the screen. */
export function scorecardStatus(card: { submittedAt: Date | null; revision: number; touchedScores: number } | null): ScorecardStatus {
  if (!card) return "NOT_STARTED";
  if (card.submittedAt) return "SUBMITTED";
  return card.revision > 0 || card.touchedScores > 0 ? "IN_PROGRESS" : "NOT_STARTED";
}
