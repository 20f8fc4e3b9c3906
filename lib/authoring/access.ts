import type { Role } from "@/lib/generated/prisma/enums";

/** Who may change the bank (edit, create, archive, import): admins, and interviewers an admin allowed. */
export function canEditBank(user: { role: Role; canEditBank: boolean } | null): boolean {
  if (!user) return false;
  return user.role === "ADMIN" || (user.role === "INTERVIEWER" && user.canEditBank);
}
