// Plans hold no candidate data, so every staff member may see and edit every plan; candidates
// (the role) never see them.
import type { Viewer } from "@/lib/candidates/access";
import { hasRole, STAFF } from "@/lib/users/roles";

export function canUsePlans(viewer: Viewer) {
  return hasRole(STAFF, viewer.role);
}
