import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { STAFF } from "@/lib/users/roles";
import { visibleCandidatesWhere } from "./access";

const LIST_LIMIT = 200;

export async function listCandidates(q?: string) {
  const user = await requireUser(STAFF);
  const visible = visibleCandidatesWhere(user)!;
  const search = q
    ? { OR: ["name", "email", "position"].map((field) => ({ [field]: { contains: q, mode: "insensitive" as const } })) }
    : {};
  return prisma.candidate.findMany({
    where: { AND: [visible, search] },
    orderBy: { updatedAt: "desc" },
    take: LIST_LIMIT,
    select: { id: true, name: true, email: true, position: true, updatedAt: true, _count: { select: { interviews: true } } },
  });
}

/** The candidate, or null when it does not exist or this user may not see it (callers 404). */
export async function getCandidate(id: string) {
  const user = await requireUser(STAFF);
  return prisma.candidate.findFirst({
    where: { AND: [{ id }, visibleCandidatesWhere(user)!] },
    select: { id: true, name: true, email: true, position: true, notes: true, createdAt: true, updatedAt: true },
  });
}
