// Who takes part in a debrief. Deciding is for recruiters and admins, and for the interview's
// creator (the hiring manager) whatever their role; panelists read the debrief and may revise
// their own rating. Everyone else (other interviewers, candidates) gets a 404.
import type { Viewer } from "@/lib/candidates/access";

export function mayDecide(viewer: Viewer, interview: { createdById: string | null }) {
  if (viewer.role === "ADMIN" || viewer.role === "RECRUITER") return true;
  return viewer.role === "INTERVIEWER" && interview.createdById === viewer.id;
}

/**
 * An interview is ready for its debrief when the whole panel has submitted: exactly when it is
 * COMPLETED (lib/scoring/scorecards.ts completes it on the last submit; a reopen takes it back).
 */
export function panelComplete(interview: { status: string }) {
  return interview.status === "COMPLETED";
}
