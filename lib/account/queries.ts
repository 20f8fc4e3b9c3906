import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { listUserSessions } from "@/lib/auth/user-sessions";
import { prisma } from "@/lib/db";

/** The signed-in user's sessions that still stand, most recently used first. */
export async function myActiveSessions() {
  const user = await requireUser();
  return listUserSessions(prisma, user.id);
}

/** Whether the account has a password (else it signs in through GitHub or SSO only). */
export async function myAccountFacts() {
  const user = await requireUser();
  const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true, role: true } });
  const lastAdmin = row.role === "ADMIN" && (await prisma.user.count({ where: { role: "ADMIN", deletedAt: null } })) === 1;
  return { hasPassword: row.passwordHash !== null, lastAdmin };
}
