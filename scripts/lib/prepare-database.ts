// What `npm run dev` and `npm start` do before Next.js starts: find or start the database,
// apply committed migrations, and (when asked) seed the question bank.
import { seed } from "../../prisma/seed";
import { resolveDatabase, type LocalDatabase } from "./local-database";
import { applyMigrations } from "./migrations";

export async function prepareDatabase(options: { seed: boolean; demoAccounts: boolean }): Promise<LocalDatabase> {
  const log = (line: string) => console.log(`[db] ${line}`);
  const started = performance.now();
  const database = await resolveDatabase(log);
  const { applied } = await applyMigrations(database.url, { log });
  if (applied.length > 0) log(`Applied ${applied.length} migration(s): ${applied.join(", ")}`);
  if (options.seed) await seed(database.url, { demoAccounts: options.demoAccounts, log });
  log(`Ready in ${Math.round(performance.now() - started)} ms (${database.embedded ? "embedded PostgreSQL" : "DATABASE_URL"})`);
  return database;
}
