// Who may see and change which interviews. Recruiters and admins: all of them. Interviewers: the
// ones they sit on the panel of or created. Candidates (the role): none, ever.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/candidates/access";

export function visibleInterviewsWhere(viewer: Viewer): Prisma.InterviewSessionWhereInput | null {
  if (viewer.role === "ADMIN" || viewer.role === "RECRUITER") return {};
  if (viewer.role === "INTERVIEWER") return { OR: [{ createdById: viewer.id }, { panel: { some: { userId: viewer.id } } }] };
  return null;
}

export function canCreateInterviews(viewer: Viewer) {
  return viewer.role !== "CANDIDATE";
}
