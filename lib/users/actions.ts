"use server";

import { revalidatePath } from "next/cache";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getCurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import type { FormState } from "@/lib/form-state";
import { deleteAccount } from "@/lib/account/delete-account";
import { bankEditingSchema, changeRoleSchema, deleteUserSchema, ROLE_LABELS } from "./schema";

export async function changeRole(_previous: FormState, formData: FormData): Promise<FormState> {
  const admin = await getCurrentUser();
  if (admin?.role !== "ADMIN") return { message: "Only admins can change roles." };
  const parsed = changeRoleSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { message: "Choose a valid role." };
  const { userId, role } = parsed.data;
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
}

/** Lets an interviewer edit the question bank, or stops them; admins always can. */
export async function setBankEditing(_previous: FormState, formData: FormData): Promise<FormState> {
  const admin = await getCurrentUser();
  if (admin?.role !== "ADMIN") return { message: "Only admins can grant bank editing." };
  const parsed = bankEditingSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { message: "Invalid request." };
  const { userId, canEditBank } = parsed.data;
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
}

/**
 * Deletes another user's account (on their request), confirmed by typing their email. Their
 * scorecards stay, as "Deleted user" (lib/account/delete-account.ts); the last admin stays.
 */
export async function deleteUser(_previous: FormState<"confirm">, formData: FormData): Promise<FormState<"confirm">> {
  const admin = await getCurrentUser();
  if (admin?.role !== "ADMIN") return { message: "Only admins can delete accounts." };
  const parsed = deleteUserSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { message: "Invalid request." };
  const { userId, confirm } = parsed.data;
  if (userId === admin.id) return { message: "Delete your own account from your Account page." };
  const target = await prisma.user.findUnique({ where: { id: userId }, select: { email: true, deletedAt: true } });
  if (!target || target.deletedAt) return { message: "That user no longer exists." };
  if (confirm.toLowerCase() !== target.email.toLowerCase()) return { errors: { confirm: [`Type ${target.email} to confirm.`] } };
  const result = await deleteAccount(prisma, userId, { actorId: admin.id });
  if (!result.ok) return { message: result.error === "last-admin" ? "This is the last admin: make someone else an admin first." : "That user no longer exists." };
  revalidatePath("/admin/users");
  return { ok: true, message: result.kept ? "Account deleted. Their scorecards stay, signed “Deleted user”." : "Account deleted." };
}
