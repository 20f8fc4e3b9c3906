// One fresh, migrated database per test file, cloned from the template the global setup migrated.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { createPrismaClient } from "../lib/db-client";

export async function createTestDatabase() {
  const templateUrl = new URL(inject("templateDatabaseUrl"));
  const template = templateUrl.pathname.slice(1);
  const name = `test_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: withDatabase(templateUrl, "postgres") });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(templateUrl, name);
  const prisma = createPrismaClient(url);
  afterAll(async () => {
    await prisma.$disconnect();
    const cleanup = new pg.Client({ connectionString: withDatabase(templateUrl, "postgres") });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await cleanup.end();
  });
  return { url, prisma };
}

function withDatabase(url: URL, database: string) {
  const copy = new URL(url);
  copy.pathname = `/${database}`;
  return copy.toString();
}
