"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import type { FormState } from "@/lib/form-state";
import { NOTIFICATION_KINDS } from "./kinds";
import { savePreferences } from "./preferences";
import { saveSla, slaSchema } from "./sla";

const SIGNED_OUT: FormState = { message: "Your session has ended. Sign in again." };

/** Account → Notifications: the checked kinds stay on, the unchecked optional ones are turned off. */
export async function saveNotificationPreferencesAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = z.array(z.enum(NOTIFICATION_KINDS)).max(NOTIFICATION_KINDS.length * 2).safeParse(formData.getAll("enabled"));
  if (!parsed.success) return { message: "Unknown notification." };
  await savePreferences(prisma, user.id, parsed.data);
  revalidatePath("/account");
  return { ok: true, message: "Notification settings saved." };
}

/** /admin/settings: the scorecard deadlines. */
export async function saveSlaAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  if (user.role !== "ADMIN") return { message: "Only admins change the scorecard deadlines." };
  const parsed = slaSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { errors: parsed.error.flatten().fieldErrors, message: "Please correct the fields below." };
  const result = await saveSla(prisma, user, parsed.data);
  if (!result.ok) return { message: result.message };
  revalidatePath("/admin/settings");
  return { ok: true, message: "Deadlines saved. The next sweep (within a minute) uses them." };
}
