"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { allow, authedAction, form, SESSION_ENDED } from "@/lib/auth/authed-action";
import { prisma } from "@/lib/db";
import type { FormState } from "@/lib/form-state";
import { ADMINS, SIGNED_IN } from "@/lib/users/roles";
import { NOTIFICATION_KINDS } from "./kinds";
import { savePreferences } from "./preferences";
import { saveSla, slaSchema } from "./sla";

const preferencesSchema = z.object({ enabled: z.array(z.enum(NOTIFICATION_KINDS)).max(NOTIFICATION_KINDS.length * 2) });

/** Account → Notifications: the checked kinds stay on, the unchecked optional ones are turned off. */
export const saveNotificationPreferencesAction = authedAction(
  allow(SIGNED_IN, { signedOut: SESSION_ENDED }),
  form(preferencesSchema, { invalid: { message: "Unknown notification." } }),
  async (user, { enabled }): Promise<FormState> => {
    await savePreferences(prisma, user.id, enabled);
    revalidatePath("/account");
    return { ok: true, message: "Notification settings saved." };
  },
);

/** /admin/settings: the scorecard deadlines. */
export const saveSlaAction = authedAction(
  allow(ADMINS, { signedOut: SESSION_ENDED, refused: "Only admins change the scorecard deadlines." }),
  form(slaSchema),
  async (user, data): Promise<FormState> => {
    const result = await saveSla(prisma, user, data);
    if (!result.ok) return { message: result.message };
    revalidatePath("/admin/settings");
    return { ok: true, message: "Deadlines saved. The next sweep (within a minute) uses them." };
  },
);
