// npm run user:remove-demo: deletes the demo candidates, their interviews and the demo accounts
// before a real deployment.
import { createPrismaClient } from "../lib/db-client";
import { removeDemoData } from "../lib/users/remove-demo-data";
import { resolveDatabase } from "./lib/local-database";
import { runMain } from "./lib/run-main";
import { loadEnvFiles } from "./lib/load-env-files";

runMain(import.meta.url, async () => {
  loadEnvFiles();
  const database = await resolveDatabase();
  const db = createPrismaClient(database.url);
  try {
    const removed = await removeDemoData(db);
    console.log(`Removed ${removed.users} demo account(s), ${removed.candidates} demo candidate(s) and ${removed.interviews} demo interview(s).`);
  } finally {
    await db.$disconnect();
    await database.stop();
  }
});
