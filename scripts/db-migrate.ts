// npm run db:migrate: applies the committed migrations to DATABASE_URL, or to the embedded
// development PostgreSQL (.data/postgres) when DATABASE_URL is unset.
import { resolveDatabase } from "./lib/local-database";
import { applyMigrations } from "./lib/migrations";
import { loadEnvFiles } from "./lib/load-env-files";

loadEnvFiles();

async function main() {
  const db = await resolveDatabase((line) => console.log(line));
  try {
    const { applied } = await applyMigrations(db.url, { log: (line) => console.log(line) });
    console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database is up to date");
  } finally {
    // Only stops a server this process started (a reused one is left running).
    await db.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
