// Changing one's password: the current one is checked through the sign-in throttle (a stolen
// session must not become a way to guess it), the new one follows sign-up's rules (schema.ts), and
// every other session ends: the user's sessionVersion goes up and this browser's session row moves
// to the new version in the same transaction, so this browser stays signed in.
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { beginSignInAttempt, signInSucceeded } from "@/lib/auth/login-throttle";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { endOtherUserSessions } from "@/lib/auth/user-sessions";
import type { Database } from "@/lib/db-client";

export type PasswordChange = { ok: true; endedSessions: number } | { ok: false; error: "no-password" | "wrong-current" | "throttled" | "changed-meanwhile" | "gone" };

export interface PasswordChangeInput {
  userId: string;
  /** This browser's session, which stays signed in (null: end every session). */
  sessionId: string | null;
  current: string;
  password: string;
  /** The client's address, for the throttle (lib/http/forwarded.ts). */
  address: string;
  now?: Date;
}

export async function changeUserPassword(db: Database, input: PasswordChangeInput): Promise<PasswordChange> {
  const now = input.now ?? new Date();
  const user = await db.user.findUnique({ where: { id: input.userId }, select: { email: true, passwordHash: true, deletedAt: true } });
  if (!user || user.deletedAt) return { ok: false, error: "gone" };
  if (!user.passwordHash) return { ok: false, error: "no-password" };
  const attempt = await beginSignInAttempt(db, user.email, input.address, now);
  if (!attempt) return { ok: false, error: "throttled" };
  if (!(await verifyPassword(user.passwordHash, input.current))) return { ok: false, error: "wrong-current" };
  await signInSucceeded(db, user.email, input.address, attempt, now);

  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    // Compare-and-set on the hash that was checked: of two changes at once, one wins and the
    // other is told, rather than the later one silently replacing a password it never knew.
    const updated = await tx.user.updateManyAndReturn({
      where: { id: input.userId, passwordHash: user.passwordHash },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    const [row] = updated;
    if (!row) return { ok: false, error: "changed-meanwhile" } as const;
    if (input.sessionId) {
      await tx.userSession.updateMany({ where: { id: input.sessionId, userId: input.userId }, data: { sessionVersion: row.sessionVersion } });
    }
    const endedSessions = await endOtherUserSessions(tx, input.userId, input.sessionId);
    await recordAuditEvent(tx, { actorId: input.userId, action: "user.password-change", targetType: "user", targetId: input.userId, details: { endedSessions } });
    return { ok: true, endedSessions } as const;
  });
}
