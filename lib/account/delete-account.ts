// Deleting an account, by its owner or by an admin. Every row that names the person goes: practice
// reviews and states, sessions, linked sign-ins; the audit log keeps its events without their
// name or email. A staff member's scorecards are part of other people's hiring records and of the
// panels' statistics, so when they wrote any (or sit on a panel) the user row stays, as "Deleted
// user": no email (a placeholder that can never receive mail or sign in), no name, no password,
// the candidate role (so it reads nothing and is offered on no panel), deletedAt set.
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Database } from "@/lib/db-client";
import { redactAuditLog } from "@/lib/privacy/audit-redaction";
import { personNeedles } from "@/lib/privacy/redact";

export const DELETED_USER_NAME = "Deleted user";

/** The placeholder email of a deleted user's kept row (.invalid is reserved: RFC 2606). */
export const deletedUserEmail = (userId: string) => `deleted-${userId}@deleted.invalid`;

export type AccountDeletion = { ok: true; kept: boolean } | { ok: false; error: "not-found" | "last-admin" };

export interface DeletionOptions {
  /** The admin who deleted the account; null when its owner did. */
  actorId: string | null;
  now?: Date;
}

export async function deleteAccount(db: Database, userId: string, options: DeletionOptions): Promise<AccountDeletion> {
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    // Every admin row is locked, in one order, before the check: two admins deleting each other
    // (or themselves) at once take turns, and the second sees the first one gone.
    const admins = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "User" WHERE "role" = 'ADMIN' AND "deletedAt" IS NULL ORDER BY "id" FOR UPDATE`;
    const [user] = await tx.$queryRaw<{ email: string; name: string | null; role: string; deletedAt: Date | null }[]>`
      SELECT "email", "name", "role"::text AS "role", "deletedAt" FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
    if (!user || user.deletedAt) return { ok: false, error: "not-found" } as const;
    if (user.role === "ADMIN" && !admins.some((admin) => admin.id !== userId)) return { ok: false, error: "last-admin" } as const;

    await tx.reviewLog.deleteMany({ where: { userId } });
    await tx.reviewState.deleteMany({ where: { userId } });
    await tx.userSession.deleteMany({ where: { userId } });
    await tx.session.deleteMany({ where: { userId } });
    await tx.account.deleteMany({ where: { userId } });
    await tx.verificationToken.deleteMany({ where: { identifier: user.email } });
    // Emails sent to them and their notification choices (ON DELETE CASCADE too, but a kept row needs it said).
    await tx.notification.deleteMany({ where: { recipientId: userId } });
    await tx.notificationMute.deleteMany({ where: { userId } });

    const [scorecards, seats] = await Promise.all([tx.scorecard.count({ where: { interviewerId: userId } }), tx.sessionInterviewer.count({ where: { userId } })]);
    const kept = scorecards + seats > 0;
    if (kept) {
      await tx.user.update({
        where: { id: userId },
        data: {
          email: deletedUserEmail(userId),
          name: DELETED_USER_NAME,
          image: null,
          emailVerified: null,
          passwordHash: null,
          timeZone: null,
          role: "CANDIDATE",
          canEditBank: false,
          isDemo: false,
          sessionVersion: { increment: 1 },
          deletedAt: now,
        },
        select: { id: true },
      });
    } else {
      // Their other traces (candidates, interviews, plans, question versions and audit events they
      // made) lose the link: those foreign keys are ON DELETE SET NULL.
      await tx.user.delete({ where: { id: userId }, select: { id: true } });
    }
    await redactAuditLog(tx, { needles: personNeedles(user) });
    await recordAuditEvent(tx, {
      actorId: options.actorId,
      action: "user.delete",
      targetType: "user",
      targetId: userId,
      details: { by: options.actorId ? "admin" : "self", role: user.role, scorecardsKept: kept },
    });
    return { ok: true, kept } as const;
  });
}
