"use server";

import { revalidatePath } from "next/cache";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { allow, authedAction, form } from "@/lib/auth/authed-action";
import { prisma } from "@/lib/db";
import type { FormState } from "@/lib/form-state";
import { ADMINS } from "@/lib/users/roles";
import { eraseCandidate } from "./erase-candidate";
import { readRetentionPolicy, RETENTION_KEY } from "./retention";
import { eraseCandidateSchema, retentionSchema } from "./schema";

/** Erases a candidate's personal data on their request (admins only); the ratings stay, anonymous. */
export const eraseCandidateAction = authedAction(
  allow(ADMINS, { signedOut: "Only admins can erase a candidate's personal data." }),
  form(eraseCandidateSchema),
  async (admin, _data, candidateId: string): Promise<FormState<"confirm">> => {
    const result = await eraseCandidate(prisma, String(candidateId), { actorId: admin.id, reason: "request" });
    if (!result.ok) return { message: result.error === "already-erased" ? "This candidate's personal data was already erased." : "This candidate no longer exists." };
    for (const path of ["/candidates", `/candidates/${candidateId}`, "/interviews", "/compare", "/calibration", "/admin/audit"]) revalidatePath(path);
    const open = result.openScorecards;
    return {
      ok: true,
      message:
        open > 0
          ? `Erased. ${open} scorecard${open === 1 ? " is" : "s are"} still open: notes typed into ${open === 1 ? "it" : "them"} from now on are new text, so ask the panel to finish or leave them empty.`
          : "Erased. Their ratings stay, anonymous, in compare and calibration.",
    };
  },
);

/** Sets (or turns off) the retention policy the daily privacy job applies. */
export const saveRetentionPolicy = authedAction(
  allow(ADMINS, { signedOut: "Only admins can change the retention policy." }),
  form(retentionSchema, { invalid: "Please correct the field below." }),
  async (admin, { candidateMonths }): Promise<FormState<"months">> => {
    await prisma.$transaction(async (tx) => {
      // The row lock (an upsert of the same key) orders two saves at once; each records what it replaced.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`setting:${RETENTION_KEY}`}))`;
      const before = await readRetentionPolicy(tx);
      if (before.candidateMonths === candidateMonths) return;
      await tx.appSetting.upsert({
        where: { key: RETENTION_KEY },
        create: { key: RETENTION_KEY, value: { candidateMonths }, updatedById: admin.id },
        update: { value: { candidateMonths }, updatedById: admin.id },
      });
      await recordAuditEvent(tx, {
        actorId: admin.id,
        action: "privacy.retention",
        targetType: "AppSetting",
        targetId: RETENTION_KEY,
        details: { from: before.candidateMonths, to: candidateMonths },
      });
    });
    revalidatePath("/admin/privacy");
    return {
      ok: true,
      message:
        candidateMonths === null
          ? "Retention is off: candidates are kept until erased by hand."
          : `Saved: candidates with no activity for ${candidateMonths} months are erased by the daily job.`,
    };
  },
);
