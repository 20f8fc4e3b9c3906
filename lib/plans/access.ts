// Plans hold no candidate data, so every staff member may see and edit every plan; candidates
// (the role) never see them.
import type { Viewer } from "@/lib/candidates/access";

export const PLAN_ROLES = ["ADMIN", "RECRUITER", "INTERVIEWER"] as const;

export function canUsePlans(viewer: Viewer) {
  return (PLAN_ROLES as readonly string[]).includes(viewer.role);
}
