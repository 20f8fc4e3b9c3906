// Whose results a viewer may compare: the interviews with a submitted scorecard they may read
// (lib/scoring/visibility.ts, the one rule), and of those only the scorecards they may read.
// Recruiters and admins compare anyone, except the interviews whose panel they sit on and have not
// submitted for yet; an interviewer compares only interviews they sat on and submitted for;
// candidates (the role) never. Calibration is for recruiters and admins.
import type { Viewer } from "@/lib/candidates/access";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readsPanelsOffThePanel, sessionsWithReadableResultsWhere } from "@/lib/scoring/visibility";

export function canCalibrate(viewer: Viewer) {
  return readsPanelsOffThePanel(viewer);
}

/** The interviews whose readable submitted scorecards this viewer's comparisons draw on, or null for none. */
export function comparableSessionsWhere(viewer: Viewer): Prisma.InterviewSessionWhereInput | null {
  const readable = sessionsWithReadableResultsWhere(viewer);
  return readable && { AND: [{ status: { not: "CANCELLED" } }, readable] };
}
