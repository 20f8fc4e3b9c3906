import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { ADMINS } from "./roles";
import { prisma } from "@/lib/db";

export async function listUsers() {
  await requireUser(ADMINS);
  return prisma.user.findMany({
    // Deleted users kept for their scorecards ("Deleted user") are no longer anyone's account.
    where: { deletedAt: null },
    orderBy: [{ role: "asc" }, { email: "asc" }],
    select: { id: true, email: true, name: true, role: true, canEditBank: true, isDemo: true, createdAt: true },
  });
}
