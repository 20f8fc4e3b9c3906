"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { allow, authedAction, form, SESSION_ENDED } from "@/lib/auth/authed-action";
import { prisma } from "@/lib/db";
import type { FormState } from "@/lib/form-state";
import { SIGNED_IN } from "@/lib/users/roles";
import { setTargetMinutes, targetMinutesSchema } from "./target";

const targetFormSchema = z.object({ targetMinutes: targetMinutesSchema });
// "" clears the target; spaces around a number are not an error.
const readTarget = (formData: FormData) => ({ targetMinutes: String(formData.get("targetMinutes") ?? "").trim() });

// Which drafts a user may change is setTargetMinutes's rule; here only the signed-out are refused.
export const setTargetMinutesAction = authedAction(
  allow(SIGNED_IN, { signedOut: SESSION_ENDED }),
  form(targetFormSchema, { invalid: "Please correct the target length.", read: readTarget }),
  async (user, { targetMinutes }, sessionId: string): Promise<FormState> => {
    if (!(await setTargetMinutes(prisma, user, sessionId, targetMinutes))) return { message: "Only a draft you can see can change its target length." };
    revalidatePath(`/interviews/${sessionId}`);
    return { ok: true, message: targetMinutes === null ? "Target length cleared." : "Target length saved." };
  },
);
