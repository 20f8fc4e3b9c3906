"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import type { FormState } from "@/lib/form-state";
import { changeRoleSchema, ROLE_LABELS } from "./schema";

export async function changeRole(_previous: FormState, formData: FormData): Promise<FormState> {
  const admin = await getCurrentUser();
  if (admin?.role !== "ADMIN") return { message: "Only admins can change roles." };
  const parsed = changeRoleSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { message: "Choose a valid role." };
  const { userId, role } = parsed.data;
  if (userId === admin.id && role !== "ADMIN") {
    return { message: "You cannot remove your own admin role; ask another admin." };
  }
  const user = await prisma.user.update({
    where: { id: userId },
    // A new sessionVersion would sign the user out; the role is read fresh on every request anyway.
    data: { role },
    select: { email: true },
  }).catch(() => null);
  if (!user) return { message: "That user no longer exists." };
  revalidatePath("/admin/users");
  return { ok: true, message: `${user.email} is now ${ROLE_LABELS[role]}.` };
}
