import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { STAFF } from "@/lib/users/roles";
import { readLiveScoring, readPanelScorecards } from "./read-scorecards";
import { openScorecard } from "./scorecards";

/**
 * The live scoring screen for the signed-in panel member, opening their scorecard on first visit.
 * Null when the interview is missing, not started, or they are not on its panel (callers 404).
 */
export async function getLiveScoring(sessionId: string) {
  const user = await requireUser(STAFF);
  const opened = await openScorecard(prisma, user, sessionId);
  if (!opened.ok) return null;
  return readLiveScoring(prisma, user, sessionId, opened.value);
}

/** Scorecard statuses of the whole panel, and the contents this user may read. */
export async function getPanelScorecards(sessionId: string) {
  const user = await requireUser(STAFF);
  return readPanelScorecards(prisma, user, sessionId);
}
