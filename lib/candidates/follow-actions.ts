"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import type { FormState } from "@/lib/form-state";
import { setFollow } from "./follow";

const id = z.string().min(1).max(100);

export async function setFollowAction(candidateId: string, follow: boolean): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return { message: "Your session has ended. Sign in again." };
  if (!id.safeParse(candidateId).success || typeof follow !== "boolean") return { message: "Unknown candidate." };
  if (!(await setFollow(prisma, user, candidateId, follow))) return { message: "This candidate does not exist, or you may not see them." };
  revalidatePath(`/candidates/${candidateId}`);
  revalidatePath("/");
  return { ok: true, message: follow ? "Following: their activity shows on your home page." : "No longer following." };
}
