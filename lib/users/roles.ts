// Roles, their names and the named sets of them that pages, actions and access rules check against,
// apart from the zod schemas so client components get them without zod. A rule that needs more
// than the role (a panel seat, the bank-editing grant) lives in its domain's access.ts.

export const ROLES = ["ADMIN", "INTERVIEWER", "RECRUITER", "CANDIDATE"] as const;
export type RoleName = (typeof ROLES)[number];

export const ROLE_LABELS: Record<RoleName, string> = {
  ADMIN: "Admin",
  INTERVIEWER: "Interviewer",
  RECRUITER: "Recruiter",
  CANDIDATE: "Candidate",
};

/** Every signed-in user. */
export const SIGNED_IN = ROLES;
/** Everyone who works on interviews (the bank with answers, candidates, interviews, plans, compare): never candidates. */
export const STAFF = ["ADMIN", "RECRUITER", "INTERVIEWER"] as const satisfies readonly RoleName[];
/** Who manage every candidate and read every submitted panel: recruiters and admins. */
export const MANAGERS = ["ADMIN", "RECRUITER"] as const satisfies readonly RoleName[];
export const ADMINS = ["ADMIN"] as const satisfies readonly RoleName[];

/** Whether `role` is in `roles` (a readonly tuple's includes() takes only its own members). */
export function hasRole(roles: readonly RoleName[], role: RoleName | null | undefined): boolean {
  return role != null && roles.includes(role);
}
