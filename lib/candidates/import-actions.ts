"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { allow, authedAction, form } from "@/lib/auth/authed-action";
import { prisma } from "@/lib/db";
import type { FormState } from "@/lib/form-state";
import { SIGNED_IN } from "@/lib/users/roles";
import { applyCandidateImport, previewCandidateImport, type ImportPreview } from "./import";

export type ImportFormState = FormState<"text"> & {
  preview?: ImportPreview;
  /** The text the preview was made from: "Import" is offered only while the text is unchanged. */
  previewed?: string;
};

// The file's own size limit (IMPORT_LIMITS) is checked by the parser, with a message that says so.
const importFormSchema = z.object({
  intent: z.enum(["preview", "apply"]),
  text: z.string().refine((value) => value.trim() !== "", "Choose a CSV file or paste its text."),
});

/** Preview (what the file would add, problems by line) or apply (add them, all or nothing). */
// Who may import is the import's own rule (previewCandidateImport, applyCandidateImport: recruiters and admins).
export const importCandidatesAction = authedAction(
  allow(SIGNED_IN, { signedOut: "Your session has ended. Sign in again; the text stays here." }),
  form(importFormSchema, { invalid: "Nothing to read yet." }),
  async (user, { intent, text }): Promise<ImportFormState> => {
    if (intent === "preview") {
      const preview = await previewCandidateImport(prisma, user, text);
      if (!preview) return { message: "Only recruiters and admins can import candidates." };
      return { preview, previewed: text, message: preview.problems.length > 0 ? "Fix the problems listed, then preview again." : undefined };
    }
    const result = await applyCandidateImport(prisma, user, text);
    if (!result) return { message: "Only recruiters and admins can import candidates." };
    if (!result.ok) return { preview: { rows: [], problems: result.problems }, previewed: text, message: "Nothing was imported: the file has problems." };
    revalidatePath("/candidates");
    revalidatePath("/");
    const skipped = result.skipped > 0 ? `; ${result.skipped} already there, skipped` : "";
    return { ok: true, message: `${result.added} candidate${result.added === 1 ? "" : "s"} added${skipped}.` };
  },
);
