// Whose results a viewer may compare. Only submitted scorecards ever count. Recruiters and admins
// compare anyone; an interviewer only candidates of interviews they sat on and submitted their own
// scorecard for, and then only those interviews; candidates (the role) never.
import type { Viewer } from "@/lib/candidates/access";
import type { Prisma } from "@/lib/generated/prisma/client";

export function canCompareEveryone(viewer: Viewer) {
  return viewer.role === "ADMIN" || viewer.role === "RECRUITER";
}

/** The interviews whose submitted scorecards this viewer's comparisons draw on, or null for none. */
export function comparableSessionsWhere(viewer: Viewer): Prisma.InterviewSessionWhereInput | null {
  const submitted: Prisma.InterviewSessionWhereInput = { status: { not: "CANCELLED" }, scorecards: { some: { submittedAt: { not: null } } } };
  if (canCompareEveryone(viewer)) return submitted;
  if (viewer.role === "INTERVIEWER") return { AND: [submitted, { scorecards: { some: { interviewerId: viewer.id, submittedAt: { not: null } } } }] };
  return null;
}
