// The scorecard deadlines (SLA) admins set on /admin/settings, kept as one AppSetting row and
// checked by its schema whenever it is read: a value someone broke in the database falls back to
// the defaults rather than stopping reminders. Defaults follow the common team rule: ratings
// within an hour of the interview's end, the full scorecard within 24 hours.
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Viewer } from "@/lib/candidates/access";
import type { Database, Transaction } from "@/lib/db-client";

export const SLA_KEY = "sla";

export const slaSchema = z.object({
  ratingsWithinMinutes: z.coerce
    .number({ message: "Give a number of minutes." })
    .int({ message: "Use whole minutes." })
    .min(5, { message: "At least 5 minutes." })
    .max(24 * 60, { message: "At most 1,440 minutes (a day)." }),
  scorecardWithinHours: z.coerce
    .number({ message: "Give a number of hours." })
    .int({ message: "Use whole hours." })
    .min(1, { message: "At least 1 hour." })
    .max(14 * 24, { message: "At most 336 hours (two weeks)." }),
});

export type Sla = z.infer<typeof slaSchema>;

export const DEFAULT_SLA: Sla = { ratingsWithinMinutes: 60, scorecardWithinHours: 24 };

export async function readSla(db: Database | Transaction): Promise<Sla> {
  const row = await db.appSetting.findUnique({ where: { key: SLA_KEY }, select: { value: true } });
  const parsed = slaSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_SLA;
}

export async function saveSla(db: Database, viewer: Viewer, sla: Sla): Promise<{ ok: true } | { ok: false; message: string }> {
  if (viewer.role !== "ADMIN") return { ok: false, message: "Only admins change the scorecard deadlines." };
  await db.$transaction(async (tx) => {
    const before = await readSla(tx);
    await tx.appSetting.upsert({
      where: { key: SLA_KEY },
      create: { key: SLA_KEY, value: sla, updatedById: viewer.id },
      update: { value: sla, updatedById: viewer.id },
    });
    await recordAuditEvent(tx, { actorId: viewer.id, action: "settings.sla", targetType: "AppSetting", targetId: SLA_KEY, details: { before, after: sla } });
  });
  return { ok: true };
}

/** When an interview's ratings and scorecard are due, from its scheduled end. */
export function deadlines(end: Date, sla: Sla) {
  return {
    ratingsDueAt: new Date(end.getTime() + sla.ratingsWithinMinutes * 60_000),
    scorecardDueAt: new Date(end.getTime() + sla.scorecardWithinHours * 3_600_000),
  };
}
