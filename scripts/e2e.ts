// `npm run test:e2e`: a fresh embedded database (migrated, seeded with the bank and demo accounts),
// a production build, then Playwright in Chromium against `next start`.
// E2E_SKIP_BUILD=1 reuses an existing .next build while iterating locally.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { seed } from "../prisma/seed";
import { DEFAULT_PG_PORTS, externalOrEmbedded, THROWAWAY_SETTINGS } from "./lib/local-database";
import { applyMigrations } from "./lib/migrations";

function run(command: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return result.status ?? 1;
}

const database = await externalOrEmbedded(process.env.E2E_DATABASE_URL, {
  dataDir: process.env.E2E_PG_PORT ? `.data/e2e-postgres-${process.env.E2E_PG_PORT}` : ".data/e2e-postgres",
  port: Number(process.env.E2E_PG_PORT ?? DEFAULT_PG_PORTS.e2e),
  database: "interview_bank_e2e",
  fresh: true,
  settings: THROWAWAY_SETTINGS,
});

let status = 1;
try {
  await applyMigrations(database.url);
  // The real bank, plus fixtures the tests need (e.g. Markdown that tries to run scripts).
  await seed(database.url, { demoAccounts: true, paths: ["content/questions", "e2e/fixtures"], log: (line) => console.log(`[e2e] ${line}`) });
  const env = { DATABASE_URL: database.url };
  const skipBuild = process.env.E2E_SKIP_BUILD === "1" && existsSync(".next/BUILD_ID");
  // Built as a user builds: no secrets in the environment (the server gets them when it starts).
  status = skipBuild ? 0 : run(process.execPath, ["node_modules/next/dist/bin/next", "build"], {});
  if (status === 0) status = run(process.execPath, ["node_modules/@playwright/test/cli.js", "test", ...process.argv.slice(2)], env);
} finally {
  await database.stop();
}
process.exit(status);
