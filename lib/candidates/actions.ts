"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { allow, authedAction, form } from "@/lib/auth/authed-action";
import { prisma } from "@/lib/db";
import type { FormState } from "@/lib/form-state";
import { canManageCandidates } from "./access";
import { candidateSchema, type CandidateField } from "./schema";

type CandidateFormState = FormState<CandidateField>;

const MANAGE = allow(canManageCandidates, { signedOut: "Only recruiters and admins can add or edit candidates." });

export const createCandidate = authedAction(MANAGE, form(candidateSchema), async (user, data): Promise<CandidateFormState> => {
  const candidate = await prisma.candidate.create({ data: { ...data, createdById: user.id }, select: { id: true } });
  revalidatePath("/candidates");
  redirect(`/candidates/${candidate.id}?saved=1`);
});

export const updateCandidate = authedAction(MANAGE, form(candidateSchema), async (_user, data, candidateId: string): Promise<CandidateFormState> => {
  // An erased candidate stays erased: an edit form left open since then cannot write the name back.
  const updated = await prisma.candidate.updateMany({ where: { id: candidateId, erasedAt: null }, data });
  if (updated.count === 0) return { message: "This candidate no longer exists, or their personal data was erased." };
  revalidatePath("/candidates");
  revalidatePath(`/candidates/${candidateId}`);
  return { ok: true, message: "Saved." };
});
