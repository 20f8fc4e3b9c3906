import "server-only";
import { strToU8, zipSync } from "fflate";
import { getCurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { visibleAudiences } from "@/lib/questions/visibility";
import { exportQuestionSet } from "./export-question-set";
import { readBankSet, readBankSets } from "./read-bank-set";
import { SLUG_PATTERN } from "./schema";

// Exports hold every question with its answer and rubric, interview-only ones included: only
// those who may see interview-only questions may export.
export function canExportBank(role: Role | undefined): boolean {
  return role !== undefined && visibleAudiences(role).includes("INTERVIEW");
}

export const BANK_ZIP_NAME = "interview-bank.zip";

/**
 * One set as its Markdown file, or null when there is no such set, it has no live questions, or
 * the visitor may not export (anonymous visitors and candidates: routes answer 404 to all three).
 */
export async function exportSetFile(slug: string): Promise<{ filename: string; markdown: string } | null> {
  const user = await getCurrentUser();
  if (!canExportBank(user?.role) || !SLUG_PATTERN.test(slug)) return null;
  const set = await readBankSet(prisma, slug);
  if (!set || set.questions.length === 0) return null;
  return { filename: `${set.slug}.md`, markdown: exportQuestionSet(set) };
}

/** Every set with live questions as `<slug>.md` in one zip, or null when the visitor may not export. */
export async function exportBankZip(): Promise<Uint8Array | null> {
  const user = await getCurrentUser();
  if (!canExportBank(user?.role)) return null;
  const sets = (await readBankSets(prisma)).filter((set) => set.questions.length > 0);
  return zipSync(Object.fromEntries(sets.map((set) => [`${set.slug}.md`, strToU8(exportQuestionSet(set))])));
}
