"use server";

import { revalidatePath } from "next/cache";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { allow, authedAction, form } from "@/lib/auth/authed-action";
import { prisma } from "@/lib/db";
import type { FormState } from "@/lib/form-state";
import { ADMINS } from "./roles";
import { bankEditingSchema, changeRoleSchema, ROLE_LABELS } from "./schema";

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
        await recordAuditEvent(tx, { actorId: admin.id, action: "user.bank-editing", targetType: "user", targetId: userId, details: { email: before.email, from: before.canEditBank, to: canEditBank } });
      }
      return { ok: true, message: canEditBank ? `${before.email} can edit the bank.` : `${before.email} can no longer edit the bank.` };
    });
    if (outcome.ok) revalidatePath("/admin/users");
    return outcome;
  },
);
