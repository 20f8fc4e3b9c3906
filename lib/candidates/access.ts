// Who may see which candidates. Every read and write of candidates goes through these, so the
// rule lives in one place: recruiters and admins see everyone; interviewers see the candidates of
// interviews they sit on the panel of; candidates (the role) never see interview data.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { hasRole, MANAGERS } from "@/lib/users/roles";

export interface Viewer {
  id: string;
  role: Role;
}

export function canManageCandidates(viewer: Viewer) {
  return hasRole(MANAGERS, viewer.role);
}

/** The Prisma filter for the candidates this viewer may see, or null when they may see none. */
export function visibleCandidatesWhere(viewer: Viewer): Prisma.CandidateWhereInput | null {
  if (canManageCandidates(viewer)) return {};
  if (viewer.role === "INTERVIEWER") return { interviews: { some: { panel: { some: { userId: viewer.id } } } } };
  return null;
}
