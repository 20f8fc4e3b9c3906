// npm run user:remove-demo: deletes the seeded demo accounts before a real deployment.
import { createPrismaClient } from "../lib/db-client";
import { resolveDatabase } from "./lib/local-database";
import { runMain } from "./lib/run-main";

runMain(import.meta.url, async () => {
  const database = await resolveDatabase();
  const db = createPrismaClient(database.url);
  try {
    const { count } = await db.user.deleteMany({ where: { isDemo: true } });
    console.log(`Removed ${count} demo account(s).`);
  } finally {
    await db.$disconnect();
    await database.stop();
  }
});
