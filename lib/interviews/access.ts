// Who may see and change which interviews. Recruiters and admins: all of them. Interviewers: the
// ones they sit on the panel of or created. Candidates (the role): none, ever.
import type { Prisma } from "@/lib/generated/prisma/client";
import { canManageCandidates, type Viewer } from "@/lib/candidates/access";
import { hasRole, STAFF } from "@/lib/users/roles";

export function visibleInterviewsWhere(viewer: Viewer): Prisma.InterviewSessionWhereInput | null {
  if (canManageCandidates(viewer)) return {};
  if (viewer.role === "INTERVIEWER") return { OR: [{ createdById: viewer.id }, { panel: { some: { userId: viewer.id } } }] };
  return null;
}

export function canCreateInterviews(viewer: Viewer) {
  return hasRole(STAFF, viewer.role);
}
