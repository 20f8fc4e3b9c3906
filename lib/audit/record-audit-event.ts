// Appends one row to the audit log. Call it inside the transaction that makes the change, so the
// log never claims an action that was rolled back, nor misses one that was committed.
import type { Database, Transaction } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface AuditEntry {
  actorId: string | null;
  /** Dotted verb: "question.edit", "bank.import", "user.role", "scorecard.submit", … */
  action: string;
  targetType: string;
  targetId?: string | null;
  details?: Prisma.InputJsonObject;
}

export async function recordAuditEvent(db: Database | Transaction, entry: AuditEntry) {
  await db.auditEvent.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      details: entry.details ?? {},
    },
    select: { id: true },
  });
}
