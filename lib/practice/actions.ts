"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import type { FormState } from "@/lib/form-state";
import { markChangeSchema, saveMark } from "./marks";
import { practiceSettingsSchema, savePracticeSettings } from "./settings-write";

const SIGNED_OUT: FormState = { message: "Your session has ended. Sign in again." };

/** Flag, bookmark, suspend or note a question (the run page's buttons; not a form). */
export async function saveMarkAction(questionId: string, change: unknown): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = markChangeSchema.safeParse(change);
  if (typeof questionId !== "string" || !parsed.success) return { message: parsed.error?.issues[0]?.message ?? "Not a question." };
  const result = await saveMark(prisma, user.id, questionId, parsed.data);
  if (!result.ok) return { message: result.message };
  revalidatePath("/practice", "layout");
  return { ok: true, message: "Saved." };
}

export async function savePracticeSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = practiceSettingsSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { errors: parsed.error.flatten().fieldErrors, message: "Please correct the fields below." };
  await savePracticeSettings(prisma, user.id, parsed.data);
  revalidatePath("/practice", "layout");
  return { ok: true, message: "Practice settings saved." };
}
