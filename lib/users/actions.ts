"use server";

import { revalidatePath } from "next/cache";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { allow, authedAction, form } from "@/lib/auth/authed-action";
import { prisma } from "@/lib/db";
import type { FormState } from "@/lib/form-state";
import { deleteAccount } from "@/lib/account/delete-account";
import { ADMINS } from "./roles";
import { bankEditingSchema, changeRoleSchema, deleteUserSchema, ROLE_LABELS } from "./schema";

export const changeRole = authedAction(
  allow(ADMINS, { signedOut: "Only admins can change roles." }),
  form(changeRoleSchema, { invalid: { message: "Choose a valid role." } }),
  async (admin, { userId, role }): Promise<FormState> => {
    if (userId === admin.id && role !== "ADMIN") {
      return { message: "You cannot remove your own admin role; ask another admin." };
    }
    const email = await prisma.$transaction(async (tx) => {
      const before = await tx.user.findUnique({ where: { id: userId }, select: { email: true, role: true } });
      if (!before) return null;
      // A new sessionVersion would sign the user out; the role is read fresh on every request anyway.
      if (before.role !== role) {
        await tx.user.update({ where: { id: userId }, data: { role }, select: { id: true } });
        await recordAuditEvent(tx, { actorId: admin.id, action: "user.role", targetType: "user", targetId: userId, details: { email: before.email, from: before.role, to: role } });
      }
      return before.email;
    });
    if (!email) return { message: "That user no longer exists." };
    revalidatePath("/admin/users");
    return { ok: true, message: `${email} is now ${ROLE_LABELS[role]}.` };
  },
);

/** Lets an interviewer edit the question bank, or stops them; admins always can. */
export const setBankEditing = authedAction(
  allow(ADMINS, { signedOut: "Only admins can grant bank editing." }),
  form(bankEditingSchema, { invalid: { message: "Invalid request." } }),
  async (admin, { userId, canEditBank }): Promise<FormState> => {
    const outcome = await prisma.$transaction(async (tx) => {
      const before = await tx.user.findUnique({ where: { id: userId }, select: { email: true, role: true, canEditBank: true } });
      if (!before) return { message: "That user no longer exists." };
      if (before.role !== "INTERVIEWER") return { message: "Bank editing is granted to interviewers; admins always have it." };
      if (before.canEditBank !== canEditBank) {
        await tx.user.update({ where: { id: userId }, data: { canEditBank }, select: { id: true } });
        await recordAuditEvent(tx, {
          actorId: admin.id,
          action: "user.bank-editing",
          targetType: "user",
          targetId: userId,
          details: { email: before.email, from: before.canEditBank, to: canEditBank },
        });
      }
      return { ok: true, message: canEditBank ? `${before.email} can edit the bank.` : `${before.email} can no longer edit the bank.` };
    });
    if (outcome.ok) revalidatePath("/admin/users");
    return outcome;
  },
);

/**
 * Deletes another user's account (on their request), confirmed by typing their email. Their
 * scorecards stay, as "Deleted user" (lib/account/delete-account.ts); the last admin stays.
 */
export const deleteUser = authedAction(
  allow(ADMINS, { signedOut: "Only admins can delete accounts." }),
  form(deleteUserSchema, { invalid: { message: "Invalid request." } }),
  async (admin, { userId, confirm }): Promise<FormState<"confirm">> => {
    if (userId === admin.id) return { message: "Delete your own account from your Account page." };
    const target = await prisma.user.findUnique({ where: { id: userId }, select: { email: true, deletedAt: true } });
    if (!target || target.deletedAt) return { message: "That user no longer exists." };
    if (confirm.toLowerCase() !== target.email.toLowerCase()) return { errors: { confirm: [`Type ${target.email} to confirm.`] } };
    const result = await deleteAccount(prisma, userId, { actorId: admin.id });
    if (!result.ok) return { message: result.error === "last-admin" ? "This is the last admin: make someone else an admin first." : "That user no longer exists." };
    revalidatePath("/admin/users");
    return { ok: true, message: result.kept ? "Account deleted. Their scorecards stay, signed “Deleted user”." : "Account deleted." };
  },
);
