"use server";

import { revalidatePath } from "next/cache";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { z } from "zod";
import { allow, args, authedAction, form } from "@/lib/auth/authed-action";
import { beginSignInAttempt, signInSucceeded } from "@/lib/auth/login-throttle";
import { verifyPassword } from "@/lib/auth/password";
import { requestFacts } from "@/lib/auth/request-facts";
import { endOtherUserSessions, endUserSession } from "@/lib/auth/user-sessions";
import { prisma } from "@/lib/db";
import type { FormState } from "@/lib/form-state";
import { SIGNED_IN } from "@/lib/users/roles";
import { deleteAccount } from "./delete-account";
import { changeUserPassword } from "./password-change";
import { changePasswordSchema, deleteAccountSchema, sessionIdSchema, type ChangePasswordField } from "./schema";

const SIGNED_OUT: FormState = { message: "You are signed out. Sign in again to manage your account." };
const ACCOUNT_OWNER = allow(SIGNED_IN, { signedOut: SIGNED_OUT.message! });

/** The client's address as the server edge established it ("unknown" outside a request). */
async function address() {
  return (await requestFacts()).address;
}

const PASSWORD_ERRORS = {
  "no-password": { message: "This account signs in through GitHub or single sign-on and has no password to change." },
  "wrong-current": { errors: { current: ["That is not your current password."] } },
  throttled: { message: "Too many wrong passwords. Wait a few minutes, then try again." },
  "changed-meanwhile": { message: "Your password was changed at the same moment in another browser. Sign in again with the new one." },
  gone: SIGNED_OUT,
} satisfies Record<string, FormState<ChangePasswordField>>;

/**
 * Changes the signed-in user's password and ends their other sessions; this browser stays signed
 * in (its session row moves to the new sessionVersion: lib/account/password-change.ts).
 */
export const changePassword = authedAction(ACCOUNT_OWNER, form(changePasswordSchema), async (user, { current, password }): Promise<FormState<ChangePasswordField>> => {
  const result = await changeUserPassword(prisma, { userId: user.id, sessionId: user.sessionId, current, password, address: await address() });
  if (!result.ok) return PASSWORD_ERRORS[result.error];
  revalidatePath("/account");
  const others = result.endedSessions === 1 ? "1 other session was" : `${result.endedSessions} other sessions were`;
  return { ok: true, message: `Password changed. ${others} signed out; this one stays signed in.` };
});

/** Ends one of the signed-in user's other sessions (a lost phone, a shared computer). */
export const endSession = authedAction(ACCOUNT_OWNER, args(z.tuple([sessionIdSchema]), "That session does not exist."), async (user, [sessionId]): Promise<FormState> => {
  if (sessionId === user.sessionId) return { message: "That is this browser: use Sign out instead." };
  const ended = await prisma.$transaction(async (tx) => {
    const count = await endUserSession(tx, user.id, sessionId);
    if (count > 0) await recordAuditEvent(tx, { actorId: user.id, action: "user.session-end", targetType: "user", targetId: user.id, details: { sessions: count } });
    return count;
  });
  // Someone else's session id ends nothing and says the same as one already ended.
  if (ended === 0) return { message: "That session had already ended." };
  revalidatePath("/account");
  return { ok: true, message: "Signed out of that session." };
});

/** Ends every session of the signed-in user except this browser's. */
export const endOtherSessions = authedAction(ACCOUNT_OWNER, args(z.tuple([]), "Invalid request."), async (user): Promise<FormState> => {
  const ended = await prisma.$transaction(async (tx) => {
    const count = await endOtherUserSessions(tx, user.id, user.sessionId);
    if (count > 0) await recordAuditEvent(tx, { actorId: user.id, action: "user.session-end", targetType: "user", targetId: user.id, details: { sessions: count } });
    return count;
  });
  if (ended === 0) return { message: "No other session was signed in." };
  revalidatePath("/account");
  return { ok: true, message: ended === 1 ? "Signed out of 1 other session." : `Signed out of ${ended} other sessions.` };
});

const DELETION_ERRORS = {
  "not-found": SIGNED_OUT,
  "last-admin": { message: "You are the last admin. Make someone else an admin first, so the app is not left without one." },
} satisfies Record<string, FormState>;

/**
 * Deletes the signed-in user's own account, confirmed with their password (through the sign-in
 * throttle), or with their email typed out when the account has no password (GitHub, SSO).
 */
export const deleteMyAccount = authedAction(ACCOUNT_OWNER, form(deleteAccountSchema), async (user, { confirm }): Promise<FormState<"confirm">> => {
  const { passwordHash } = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  if (passwordHash) {
    const from = await address();
    const attempt = await beginSignInAttempt(prisma, user.email, from);
    if (!attempt) return { message: "Too many wrong passwords. Wait a few minutes, then try again." };
    if (!(await verifyPassword(passwordHash, confirm))) return { errors: { confirm: ["That is not your password."] } };
    await signInSucceeded(prisma, user.email, from, attempt);
  } else if (confirm.toLowerCase() !== user.email.toLowerCase()) {
    return { errors: { confirm: [`Type your email, ${user.email}, to confirm.`] } };
  }
  const result = await deleteAccount(prisma, user.id, { actorId: null });
  if (!result.ok) return DELETION_ERRORS[result.error];
  return { ok: true, message: "Your account is deleted." };
});
