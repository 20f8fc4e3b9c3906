// Roles and their names, apart from the zod schemas so client components get them without zod.

export const ROLES = ["ADMIN", "INTERVIEWER", "RECRUITER", "CANDIDATE"] as const;

export const ROLE_LABELS: Record<(typeof ROLES)[number], string> = {
  ADMIN: "Admin",
  INTERVIEWER: "Interviewer",
  RECRUITER: "Recruiter",
  CANDIDATE: "Candidate",
};
