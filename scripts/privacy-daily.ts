// npm run privacy:daily: the daily privacy job (retention erasures, purge of ended sessions and
// expired sign-in counts), for a cron entry until the app's job queue runs it (docs/privacy.md).
import { createPrismaClient } from "../lib/db-client";
import { runPrivacyMaintenance } from "../lib/privacy/daily";
import { resolveDatabase } from "./lib/local-database";
import { runMain } from "./lib/run-main";
import { loadEnvFiles } from "./lib/load-env-files";

runMain(import.meta.url, async () => {
  loadEnvFiles();
  const database = await resolveDatabase();
  const db = createPrismaClient(database.url);
  try {
    const result = await runPrivacyMaintenance(db, new Date());
    const retention = result.retentionMonths === null ? "retention is off" : `${result.erasedCandidates} candidate(s) inactive for ${result.retentionMonths} months erased`;
    console.log(`Privacy: ${retention}; ${result.purgedSessions} ended session(s) and ${result.purgedThrottles} expired sign-in count(s) purged.`);
  } finally {
    await db.$disconnect();
    await database.stop();
  }
});
