"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import type { FormState } from "@/lib/form-state";
import { canManageCandidates } from "./access";
import { candidateSchema, type CandidateField } from "./schema";

type CandidateFormState = FormState<CandidateField> & { values?: Record<string, string> };

const NOT_ALLOWED: CandidateFormState = { message: "Only recruiters and admins can add or edit candidates." };

function parse(formData: FormData) {
  const values = Object.fromEntries(["name", "email", "position", "notes"].map((key) => [key, String(formData.get(key) ?? "")]));
  return { values, parsed: candidateSchema.safeParse(values) };
}

export async function createCandidate(_previous: CandidateFormState, formData: FormData): Promise<CandidateFormState> {
  const user = await getCurrentUser();
  if (!user || !canManageCandidates(user)) return NOT_ALLOWED;
  const { values, parsed } = parse(formData);
  if (!parsed.success) return { values, errors: parsed.error.flatten().fieldErrors, message: "Please correct the fields below." };
  const candidate = await prisma.candidate.create({ data: { ...parsed.data, createdById: user.id }, select: { id: true } });
  revalidatePath("/candidates");
  redirect(`/candidates/${candidate.id}?saved=1`);
}

export async function updateCandidate(candidateId: string, _previous: CandidateFormState, formData: FormData): Promise<CandidateFormState> {
  const user = await getCurrentUser();
  if (!user || !canManageCandidates(user)) return NOT_ALLOWED;
  const { values, parsed } = parse(formData);
  if (!parsed.success) return { values, errors: parsed.error.flatten().fieldErrors, message: "Please correct the fields below." };
  // An erased candidate stays erased: an edit form left open since then cannot write the name back.
  const updated = await prisma.candidate.updateMany({ where: { id: candidateId, erasedAt: null }, data: parsed.data });
  if (updated.count === 0) return { values, message: "This candidate no longer exists, or their personal data was erased." };
  revalidatePath("/candidates");
  revalidatePath(`/candidates/${candidateId}`);
  return { ok: true, values, message: "Saved." };
}
