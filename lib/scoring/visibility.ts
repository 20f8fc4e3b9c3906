// Who may read which scorecard of an interview. Panel members score independently: until they
// submit their own, they see nobody else's ratings, notes or recommendation. Recruiters and admins
// who are not on the panel see every submitted scorecard. Nobody ever reads another person's
// unsubmitted draft; its status ("in progress") is all that shows.
import type { Viewer } from "@/lib/candidates/access";
import type { Prisma } from "@/lib/generated/prisma/client";

export function canReadOthersScorecards(viewer: Viewer, panelIds: readonly string[], ownSubmitted: boolean) {
  if (panelIds.includes(viewer.id)) return ownSubmitted;
  return viewer.role === "ADMIN" || viewer.role === "RECRUITER";
}

/** The Prisma filter every read of scorecard contents goes through. */
export function readableScorecardsWhere(viewer: Viewer, sessionId: string, othersVisible: boolean): Prisma.ScorecardWhereInput {
  return {
    sessionId,
    OR: [{ interviewerId: viewer.id }, ...(othersVisible ? [{ submittedAt: { not: null } }] : [])],
  };
}

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
