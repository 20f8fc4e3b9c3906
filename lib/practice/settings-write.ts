// Changing a learner's practice settings (limits and retention; the time zone is User.timeZone,
// changed through lib/scheduling/time-zone.ts).
import { z } from "zod";
import type { Database } from "@/lib/db-client";
import { MAX_RETENTION, MIN_RETENTION } from "./scheduler";

export const practiceSettingsSchema = z.object({
  newPerDay: z.coerce.number({ message: "A whole number, 0 to 500." }).int("A whole number, 0 to 500.").min(0, "0 or more.").max(500, "At most 500."),
  reviewsPerDay: z.coerce.number({ message: "A whole number, 0 to 5000." }).int("A whole number, 0 to 5000.").min(0, "0 or more.").max(5000, "At most 5000."),
  // Given in percent on the form.
  retention: z.coerce
    .number({ message: `A percentage from ${MIN_RETENTION * 100} to ${MAX_RETENTION * 100}.` })
    .int(`A whole percentage from ${MIN_RETENTION * 100} to ${MAX_RETENTION * 100}.`)
    .min(MIN_RETENTION * 100, `At least ${MIN_RETENTION * 100}%: lower, you would forget most of what comes back.`)
    .max(MAX_RETENTION * 100, `At most ${MAX_RETENTION * 100}%: higher, reviews pile up for little gain.`)
    .transform((percent) => percent / 100),
  // A checkbox: present ("on") or absent.
  remindByEmail: z
    .union([z.literal("on"), z.literal("")])
    .optional()
    .transform((value) => value === "on"),
});

export type PracticeSettingsInput = z.output<typeof practiceSettingsSchema>;

export async function savePracticeSettings(db: Database, userId: string, settings: PracticeSettingsInput) {
  await db.practiceSettings.upsert({ where: { userId }, create: { userId, ...settings }, update: settings });
}
