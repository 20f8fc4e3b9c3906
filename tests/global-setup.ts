// Starts a throw-away embedded PostgreSQL for the test run and migrates a template database that
// each integration test file clones (see tests/test-database.ts), so files run in parallel safely.
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../scripts/lib/migrations";
import { DEFAULT_PG_PORTS, externalOrEmbedded, THROWAWAY_SETTINGS } from "../scripts/lib/local-database";

export const TEMPLATE_DATABASE = "interview_bank_template";

export default async function setup(project: TestProject) {
  const db = await externalOrEmbedded(process.env.TEST_DATABASE_URL, {
    // One data folder per port, so two checkouts or runs on different ports never share one.
    dataDir: process.env.TEST_PG_PORT ? `.data/test-postgres-${process.env.TEST_PG_PORT}` : ".data/test-postgres",
    port: Number(process.env.TEST_PG_PORT ?? DEFAULT_PG_PORTS.test),
    database: TEMPLATE_DATABASE,
    fresh: true,
    settings: THROWAWAY_SETTINGS,
  });
  await applyMigrations(db.url);
  project.provide("templateDatabaseUrl", db.url);
  return () => db.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabaseUrl: string;
  }
}
