"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { allow, args, authedAction, form, SESSION_ENDED } from "@/lib/auth/authed-action";
import { prisma } from "@/lib/db";
import type { FormState } from "@/lib/form-state";
import { SIGNED_IN } from "@/lib/users/roles";
import { markChangeSchema, saveMark } from "./marks";
import { practiceSettingsSchema, savePracticeSettings } from "./settings-write";

const LEARNER = allow(SIGNED_IN, { signedOut: SESSION_ENDED });

/** Flag, bookmark, suspend or note a question (the run page's buttons; not a form). */
export const saveMarkAction = authedAction(
  LEARNER,
  args(z.tuple([z.string().min(1).max(200), markChangeSchema]), "Not a question, or not a change to it."),
  async (user, [questionId, change]): Promise<FormState> => {
    const result = await saveMark(prisma, user.id, questionId, change);
    if (!result.ok) return { message: result.message };
    revalidatePath("/practice", "layout");
    return { ok: true, message: "Saved." };
  },
);

export const savePracticeSettingsAction = authedAction(LEARNER, form(practiceSettingsSchema), async (user, data): Promise<FormState> => {
  await savePracticeSettings(prisma, user.id, data);
  revalidatePath("/practice", "layout");
  return { ok: true, message: "Practice settings saved." };
});
