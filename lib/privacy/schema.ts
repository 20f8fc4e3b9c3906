import { z } from "zod";
import { textInput } from "@/lib/text-input";
import { MAX_RETENTION_MONTHS } from "./retention-limits";

/** What an admin types to confirm an erasure: it cannot be undone. */
export const ERASE_CONFIRMATION = "erase";

export const eraseCandidateSchema = z.object({
  confirm: textInput()
    .trim()
    .max(50)
    .refine((value) => value.toLowerCase() === ERASE_CONFIRMATION, { message: `Type “${ERASE_CONFIRMATION}” to confirm: this cannot be undone.` }),
});

/** The retention form: "off", or a whole number of months. */
export const retentionSchema = z
  .object({
    enabled: z.enum(["on", "off"]),
    months: z.string().trim().max(10),
  })
  .transform((value, context) => {
    if (value.enabled === "off") return { candidateMonths: null };
    const months = Number(value.months);
    if (!/^\d+$/.test(value.months) || months < 1 || months > MAX_RETENTION_MONTHS) {
      context.addIssue({ code: "custom", path: ["months"], message: `Enter a whole number of months from 1 to ${MAX_RETENTION_MONTHS}.` });
      return z.NEVER;
    }
    return { candidateMonths: months };
  });
