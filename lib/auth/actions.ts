"use server";

import { prisma } from "@/lib/db";
import type { FormState } from "@/lib/form-state";
import { upsertUser } from "@/lib/users/create-user";
import { getCurrentUser } from "./current-user";
import { signUpSchema } from "./schema";

type SignUpField = "name" | "email" | "password";

/** Self sign-up creates CANDIDATE accounts only; other roles are granted by an admin. */
export async function signUp(_previous: FormState<SignUpField>, formData: FormData): Promise<FormState<SignUpField>> {
  if (await getCurrentUser()) return { message: "You are already signed in." };
  const parsed = signUpSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { errors: parsed.error.flatten().fieldErrors, message: "Please correct the fields below." };

  const taken = await prisma.user.findUnique({ where: { email: parsed.data.email }, select: { id: true } });
  if (taken) return { errors: { email: ["An account with this email already exists. Sign in instead."] } };

  await upsertUser(prisma, { ...parsed.data, role: "CANDIDATE" });
  return { ok: true, message: "Account created." };
}
