import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { STAFF } from "@/lib/users/roles";
import { visibleCandidatesWhere } from "./access";
import { candidatePositions, listCandidatesPage } from "./list";
import type { CandidateListQuery } from "./list-query";

/** A page of the candidates list with everything its filters offer (lib/candidates/list.ts). */
export async function listCandidates(query: CandidateListQuery) {
  const user = await requireUser(STAFF);
  const [page, positions, interviewers] = await Promise.all([
    listCandidatesPage(prisma, user, query),
    candidatePositions(prisma, user),
    prisma.user.findMany({ where: { role: { in: [...STAFF] } }, orderBy: [{ name: "asc" }, { email: "asc" }], select: { id: true, name: true, email: true } }),
  ]);
  return { user, ...page, positions, interviewers };
}

/** The candidate, or null when it does not exist or this user may not see it (callers 404). */
export async function getCandidate(id: string) {
  const user = await requireUser(STAFF);
  return prisma.candidate.findFirst({
    where: { AND: [{ id }, visibleCandidatesWhere(user)!] },
    select: { id: true, name: true, email: true, position: true, notes: true, erasedAt: true, createdAt: true, updatedAt: true },
  });
}
