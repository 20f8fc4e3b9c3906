// Who may change a scorecard, checked inside the transaction that changes it. The acting user's
// row (and their panel seat) is locked FOR SHARE, so a role change or a removal from the panel
// committed meanwhile either comes first (and is seen here) or waits until this change is done:
// a user demoted to candidate, or taken off the panel, can no longer submit or reopen. Autosave
// makes the same checks in its single UPDATE (lib/scoring/autosave.ts).
import type { Transaction } from "@/lib/db-client";
import type { Role } from "@/lib/generated/prisma/enums";
import { hasRole, STAFF } from "@/lib/users/roles";

/** The acting user's role as committed now, locked until the transaction ends; null when they are gone. */
export async function lockActor(tx: Transaction, userId: string): Promise<Role | null> {
  const [row] = await tx.$queryRaw<{ role: Role }[]>`SELECT "role"::text AS "role" FROM "User" WHERE "id" = ${userId} FOR SHARE`;
  return row?.role ?? null;
}

/** Whether the user sits on the interview's panel, the seat locked until the transaction ends. */
export async function lockPanelSeat(tx: Transaction, sessionId: string, userId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<unknown[]>`SELECT 1 FROM "SessionInterviewer" WHERE "sessionId" = ${sessionId} AND "userId" = ${userId} FOR SHARE`;
  return rows.length > 0;
}

export const isStaff = (role: Role | null) => hasRole(STAFF, role);
