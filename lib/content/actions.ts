"use server";

import path from "node:path";
import { revalidatePath } from "next/cache";
import { canEditBank } from "@/lib/authoring/access";
import { getCurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import type { FormState } from "@/lib/form-state";
import { checkUploadLimits, MAX_UPLOAD_QUESTIONS } from "./import-limits";
import { applyImport, checkImport, type ImportError, type ImportPlan, type ImportSource } from "./plan-import";
import { importFormSchema } from "./schema";

export interface ImportState extends FormState {
  importErrors?: ImportError[];
  plan?: ImportPlan;
  applied?: boolean;
}

const problems = (errors: ImportError[]) => {
  const files = new Set(errors.map((error) => error.file)).size;
  return `${errors.length} problem${errors.length === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}: nothing was imported.`;
};

/** The import page's one action: a dry run ("check") or the all-or-nothing write ("apply"). */
export async function importQuestionSets(_previous: ImportState, formData: FormData): Promise<ImportState> {
  const user = await getCurrentUser();
  if (!canEditBank(user)) return { message: "Only admins and bank editors can import question sets." };
  const parsed = importFormSchema.safeParse({
    intent: formData.get("intent"),
    fingerprint: formData.get("fingerprint") || undefined,
    pastedName: formData.get("pastedName") ?? "",
    pasted: formData.get("pasted") ?? "",
  });
  if (!parsed.success) return { errors: parsed.error.flatten().fieldErrors, message: "Check the form." };
  const { intent, fingerprint, pastedName, pasted } = parsed.data;

  const files = formData.getAll("files").filter((entry): entry is File => typeof entry !== "string" && entry.size > 0);
  const sources: ImportSource[] = await Promise.all(
    files.map(async (file) => ({ sourcePath: path.basename(file.name), bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
  if (pasted.trim() !== "") sources.push({ sourcePath: pastedName, bytes: new TextEncoder().encode(pasted) });
  if (sources.length === 0) return { message: "Choose one or more .md files, or paste a question set." };
  const notMarkdown = sources.find((source) => !source.sourcePath.toLowerCase().endsWith(".md"));
  if (notMarkdown) return { message: `${notMarkdown.sourcePath}: only Markdown files (.md) can be imported.` };
  const names = sources.map((source) => source.sourcePath);
  const twice = names.find((name, index) => names.indexOf(name) !== index);
  if (twice) return { message: `Two files are named ${twice}: rename one of them.` };
  const tooMuch = checkUploadLimits(sources.length, sources.reduce((sum, source) => sum + source.bytes.byteLength, 0));
  if (tooMuch) return { message: `${tooMuch}.` };

  try {
    return await checkOrApply(intent, sources, user!.id, fingerprint);
  } catch (error) {
    // A database or worker failure: the apply is one transaction, so nothing was written.
    console.error("Import failed:", error);
    return { message: `The ${intent === "check" ? "dry run" : "import"} failed, and nothing was written: ${failureReason(error)}. Try again; if it keeps failing, import fewer files at once.` };
  }
}

function failureReason(error: unknown): string {
  const message = error instanceof Error ? error.message.trim().split("\n").pop()! : String(error);
  return message.length > 200 ? `${message.slice(0, 199)}…` : message;
}

async function checkOrApply(intent: "check" | "apply", sources: ImportSource[], actorId: string, fingerprint: string | undefined): Promise<ImportState> {
  if (intent === "check") {
    const result = await checkImport(prisma, sources, "keep-stored", MAX_UPLOAD_QUESTIONS);
    return result.plan ? { plan: result.plan } : { importErrors: result.errors, message: problems(result.errors) };
  }
  const result = await applyImport(prisma, sources, { policy: "keep-stored", actorId, expectedFingerprint: fingerprint, maxQuestions: MAX_UPLOAD_QUESTIONS });
  if (!result.ok) {
    if (result.stale) {
      return { plan: result.plan ?? undefined, message: "The files or the bank changed since the dry run, so nothing was imported. Check the new dry run below and apply again." };
    }
    return { importErrors: result.errors, message: problems(result.errors) };
  }
  revalidatePath("/bank", "layout");
  revalidatePath("/questions", "layout");
  return {
    ok: true,
    applied: true,
    plan: result.plan,
    message: result.summary ? "Imported. The bank now matches these files." : "Nothing to import: the bank already matches these files.",
  };
}
