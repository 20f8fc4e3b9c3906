"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import type { FormState } from "@/lib/form-state";
import { setTargetMinutes, targetMinutesSchema } from "./target";

export async function setTargetMinutesAction(sessionId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return { message: "Your session has ended. Sign in again." };
  const parsed = targetMinutesSchema.safeParse(String(formData.get("targetMinutes") ?? "").trim());
  if (!parsed.success) return { errors: { targetMinutes: parsed.error.issues.map((issue) => issue.message) }, message: "Please correct the target length." };
  if (!(await setTargetMinutes(prisma, user, sessionId, parsed.data))) return { message: "Only a draft you can see can change its target length." };
  revalidatePath(`/interviews/${sessionId}`);
  return { ok: true, message: parsed.data === null ? "Target length cleared." : "Target length saved." };
}
