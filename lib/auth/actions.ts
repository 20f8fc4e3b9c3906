"use server";

import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db";
import type { FormState } from "@/lib/form-state";
import { createUserIfNew } from "@/lib/users/create-user";
import { SIGNED_IN } from "@/lib/users/roles";
import { allow, args, authedAction, form, signedOutOnly } from "./authed-action";
import { endOtherUserSessions } from "./user-sessions";
import { signUpSchema } from "./schema";

type SignUpField = "name" | "email" | "password";

/** Self sign-up creates CANDIDATE accounts only; other roles are granted by an admin. */
export const signUp = authedAction(signedOutOnly("You are already signed in."), form(signUpSchema), async (_user, data): Promise<FormState<SignUpField>> => {
  // Never an upsert: a second sign-up for the same email, even at the same moment, must not
  // replace the first one's password.
  const created = await createUserIfNew(prisma, { ...data, role: "CANDIDATE" });
  if (!created) return { errors: { email: ["An account with this email already exists. Sign in instead."] } };
  return { ok: true, message: "Account created." };
});

/**
 * Ends every session of the signed-in user, on every device: tokens carry the sessionVersion they
 * were issued with, and getCurrentUser refuses any that no longer matches (lib/auth/current-user.ts).
 */
export const signOutEverywhere = authedAction(
  allow(SIGNED_IN, { signedOut: "You are already signed out." }),
  args(z.tuple([]), "Invalid request."),
  async (user): Promise<FormState> => {
    await prisma.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } }, select: { id: true } });
      // The version bump alone ends them; their rows (devices, addresses) are not kept either.
      await endOtherUserSessions(tx, user.id, null);
      await recordAuditEvent(tx, { actorId: user.id, action: "user.sign-out-everywhere", targetType: "user", targetId: user.id, details: { email: user.email } });
    });
    return { ok: true, message: "Signed out everywhere." };
  },
);
