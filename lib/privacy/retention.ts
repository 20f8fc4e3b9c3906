// The retention policy: candidates with no activity for N months are erased (eraseCandidate, with
// reason "retention"), by the daily privacy job. Off until an admin sets N on /admin/privacy.
// Activity is any change to the candidate, to one of their interviews, or to a scorecard or score
// of those interviews: the latest of those times is compared with now minus N calendar months.
import { z } from "zod";
import type { Database, Transaction } from "@/lib/db-client";
import { inactiveSince } from "./activity";
import { eraseCandidate } from "./erase-candidate";
import { MAX_RETENTION_MONTHS } from "./retention-limits";

export { MAX_RETENTION_MONTHS };

/** At most this many erasures per run: the next day's run goes on where this one stopped. */
export const ERASURES_PER_RUN = 500;

/**
 * The same time of day `months` calendar months earlier, in UTC; a day the earlier month does not
 * have becomes its last (31 March less one month is 28 or 29 February).
 */
export function monthsBefore(now: Date, months: number): Date {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const result = new Date(now);
  result.setUTCFullYear(year, month, Math.min(now.getUTCDate(), lastDay));
  return result;
}

/** Candidates not erased and with no activity since `cutoff`, least recently active first. */
export async function inactiveCandidates(db: Database, cutoff: Date, limit = ERASURES_PER_RUN): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT c."id" FROM "Candidate" c WHERE ${inactiveSince(cutoff)}
    ORDER BY c."updatedAt" ASC, c."id" ASC
    LIMIT ${limit}`;
  return rows.map((row) => row.id);
}

/**
 * Erases every candidate with no activity for `months` months (at most ERASURES_PER_RUN), each in
 * its own transaction, audited as the system. Returns how many were erased.
 */
export async function eraseInactiveCandidates(db: Database, now: Date, months: number): Promise<{ erased: number; cutoff: Date }> {
  if (!Number.isInteger(months) || months < 1 || months > MAX_RETENTION_MONTHS) throw new Error(`Retention must be 1 to ${MAX_RETENTION_MONTHS} months, not ${months}.`);
  const cutoff = monthsBefore(now, months);
  let erased = 0;
  for (const id of await inactiveCandidates(db, cutoff)) {
    // Checked again under the candidate's row lock: activity since the search (a new interview,
    // whose insert must wait for that lock, or a score saved meanwhile) keeps the candidate.
    const result = await eraseCandidate(db, id, { actorId: null, reason: "retention", months, now, inactiveSince: cutoff });
    if (result.ok) erased += 1;
  }
  return { erased, cutoff };
}

/** The policy's AppSetting key; its value is `{ candidateMonths: 1–120 | null }`. */
export const RETENTION_KEY = "retention";

export const retentionValueSchema = z.object({ candidateMonths: z.number().int().min(1).max(MAX_RETENTION_MONTHS).nullable() });

/** The policy; a value broken in the database reads as off (erasing on a misread value could not be undone). */
export async function readRetentionPolicy(db: Database | Transaction) {
  const row = await db.appSetting.findUnique({ where: { key: RETENTION_KEY }, select: { value: true, updatedAt: true } });
  const parsed = retentionValueSchema.safeParse(row?.value);
  return { candidateMonths: parsed.success ? parsed.data.candidateMonths : null, updatedAt: row?.updatedAt ?? null };
}
