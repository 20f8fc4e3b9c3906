"use server";

import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db";
import type { FormState } from "@/lib/form-state";
import { createUserIfNew } from "@/lib/users/create-user";
import { getCurrentUser } from "./current-user";
import { endOtherUserSessions } from "./user-sessions";
import { signUpSchema } from "./schema";

type SignUpField = "name" | "email" | "password";

/** Self sign-up creates CANDIDATE accounts only; other roles are granted by an admin. */
export async function signUp(_previous: FormState<SignUpField>, formData: FormData): Promise<FormState<SignUpField>> {
  if (await getCurrentUser()) return { message: "You are already signed in." };
  const parsed = signUpSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { errors: parsed.error.flatten().fieldErrors, message: "Please correct the fields below." };

  // Never an upsert: a second sign-up for the same email, even at the same moment, must not
  // replace the first one's password.
  const created = await createUserIfNew(prisma, { ...parsed.data, role: "CANDIDATE" });
  if (!created) return { errors: { email: ["An account with this email already exists. Sign in instead."] } };
  return { ok: true, message: "Account created." };
}

/**
 * Ends every session of the signed-in user, on every device: tokens carry the sessionVersion they
 * were issued with, and getCurrentUser refuses any that no longer matches (lib/auth/current-user.ts).
 */
export async function signOutEverywhere(): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return { message: "You are already signed out." };
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } }, select: { id: true } });
    // The version bump alone ends them; their rows (devices, addresses) are not kept either.
    await endOtherUserSessions(tx, user.id, null);
    await recordAuditEvent(tx, { actorId: user.id, action: "user.sign-out-everywhere", targetType: "user", targetId: user.id, details: { email: user.email } });
  });
  return { ok: true, message: "Signed out everywhere." };
}
