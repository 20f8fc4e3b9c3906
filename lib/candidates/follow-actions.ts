"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { allow, args, authedAction, SESSION_ENDED } from "@/lib/auth/authed-action";
import { prisma } from "@/lib/db";
import type { FormState } from "@/lib/form-state";
import { SIGNED_IN } from "@/lib/users/roles";
import { setFollow } from "./follow";

const id = z.string().min(1).max(100);

// Who may follow whom is setFollow's rule (candidates they may see); here only the signed-out are refused.
export const setFollowAction = authedAction(
  allow(SIGNED_IN, { signedOut: SESSION_ENDED }),
  args(z.tuple([id, z.boolean()]), "Unknown candidate."),
  async (user, [candidateId, follow]): Promise<FormState> => {
    if (!(await setFollow(prisma, user, candidateId, follow))) return { message: "This candidate does not exist, or you may not see them." };
    revalidatePath(`/candidates/${candidateId}`);
    revalidatePath("/");
    return { ok: true, message: follow ? "Following: their activity shows on your home page." : "No longer following." };
  },
);
