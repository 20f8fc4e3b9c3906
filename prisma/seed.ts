// `npm run db:seed`: loads content/questions/*.md into the database (same parser as
// `npm run content:check` and the importer) and, outside production, the demo accounts and three
// demo candidates with scored interviews.
import { createPrismaClient } from "../lib/db-client";
import { importQuestionFiles } from "../lib/content/import-question-files";
import { seedDemoInterviews } from "../lib/scoring/seed-demo-interviews";
import { DEMO_PASSWORD, seedDemoAccounts } from "../lib/users/create-user";
import { demoAccountsPermitted } from "../lib/users/schema";
import { resolveDatabase } from "../scripts/lib/local-database";
import { runMain } from "../scripts/lib/run-main";
import { loadEnvFiles } from "../scripts/lib/load-env-files";

export interface SeedOptions {
  demoAccounts: boolean;
  paths?: string[];
  log?: (line: string) => void;
}

export async function seed(databaseUrl: string, options: SeedOptions) {
  const log = options.log ?? console.log;
  const db = createPrismaClient(databaseUrl);
  try {
    const { errors, summary, skippedFiles } = await importQuestionFiles(db, options.paths);
    if (errors.length > 0) {
      throw new Error(`The question bank has ${errors.length} error(s); nothing was seeded:\n` + errors.map((error) => `${error.file}:${error.line}: ${error.message}`).join("\n"));
    }
    log(
      summary
        ? `Question bank: imported ${summary.sets} new or changed file(s); ${summary.created} new, ${summary.updated} changed, ` +
            `${summary.unchanged} unchanged, ${summary.archived} archived, ${summary.restored} restored questions.`
        : `Question bank: all ${skippedFiles} file(s) unchanged.`,
    );
    if (options.demoAccounts) {
      const created = await seedDemoAccounts(db);
      if (created.length > 0) log(`Demo accounts created (password "${DEMO_PASSWORD}"): ${created.join(", ")}`);
      const interviewed = await seedDemoInterviews(db);
      if (interviewed.length > 0) log(`Demo interviews added for ${interviewed.join(", ")}.`);
    }
  } finally {
    await db.$disconnect();
  }
}

runMain(import.meta.url, async () => {
  loadEnvFiles();
  const database = await resolveDatabase(console.log);
  try {
    const paths = process.argv.slice(2);
    await seed(database.url, { demoAccounts: demoAccountsPermitted(process.env.NODE_ENV, process.env.ALLOW_DEMO_ACCOUNTS), paths: paths.length > 0 ? paths : undefined });
  } finally {
    await database.stop();
  }
});
