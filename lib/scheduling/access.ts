// Who may schedule, reschedule and cancel an interview: recruiters, admins, and whoever created it
// (an interviewer who built their own interview). Panelists who did not create it may only see it.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/candidates/access";

export function schedulableInterviewsWhere(viewer: Viewer): Prisma.InterviewSessionWhereInput | null {
  if (viewer.role === "ADMIN" || viewer.role === "RECRUITER") return {};
  if (viewer.role === "INTERVIEWER") return { createdById: viewer.id };
  return null;
}

export function canSchedule(viewer: Viewer, interview: { createdById: string | null }) {
  return viewer.role === "ADMIN" || viewer.role === "RECRUITER" || (viewer.role === "INTERVIEWER" && interview.createdById === viewer.id);
}

/**
 * Whose invitation (.ics) the viewer may download: a panelist their own; recruiters, admins and
 * the creator anyone's on the panel and the candidate's (to forward to them).
 */
export function canDownloadInvitation(viewer: Viewer, interview: { createdById: string | null; panel: string[] }, forWhom: "candidate" | string) {
  if (canSchedule(viewer, interview)) return forWhom === "candidate" || interview.panel.includes(forWhom);
  return viewer.role !== "CANDIDATE" && forWhom === viewer.id && interview.panel.includes(viewer.id);
}
