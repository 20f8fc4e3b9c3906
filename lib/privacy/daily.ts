// The daily privacy job: the retention policy's erasures, and the purge of data that has served
// its purpose (ended sessions' devices and addresses, sign-in counts past their window).
// Scheduled on the app's job queue (lib/jobs/worker.ts: daily at 03:00 UTC, a missed day filled in
// when a process starts); `npm run privacy:daily` runs the same function by hand or from cron.
import { purgeExpiredThrottles } from "@/lib/auth/login-throttle";
import { purgeEndedSessions } from "@/lib/auth/user-sessions";
import type { Database } from "@/lib/db-client";
import { eraseInactiveCandidates, readRetentionPolicy } from "./retention";

export const PRIVACY_TASK = "privacy-daily";

export async function runPrivacyMaintenance(db: Database, now: Date) {
  const policy = await readRetentionPolicy(db);
  const retention = policy.candidateMonths === null ? null : await eraseInactiveCandidates(db, now, policy.candidateMonths);
  const sessions = await purgeEndedSessions(db, now);
  const throttles = await purgeExpiredThrottles(db, now);
  return { erasedCandidates: retention?.erased ?? 0, retentionMonths: policy.candidateMonths, purgedSessions: sessions, purgedThrottles: throttles };
}
