// Integration tests of the migration runner against the test run's real PostgreSQL (see tests/global-setup.ts).
import { createHash, randomBytes } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { applyMigrations, MIGRATIONS_DIR, readMigrations } from "./migrations";

const serverUrl = new URL(inject("templateDatabaseUrl"));
const created: string[] = [];

function urlOf(database: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A new, empty database (not cloned from the migrated template). */
async function emptyDatabase() {
  const name = `migrations_${randomBytes(4).toString("hex")}`;
  await withClient(urlOf("postgres"), (admin) => admin.query(`CREATE DATABASE "${name}"`));
  created.push(name);
  return urlOf(name);
}

afterAll(async () => {
  await withClient(urlOf("postgres"), async (admin) => {
    for (const name of created) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
});

describe("applyMigrations", () => {
  const onDisk = readMigrations();

  it("applies every migration to an empty database and records it as Prisma does", async () => {
    expect(onDisk.length).toBeGreaterThan(0);
    const url = await emptyDatabase();
    const { applied } = await applyMigrations(url);
    expect(applied).toEqual(onDisk.map((m) => m.name));

    const rows = await withClient(url, async (client) => (await client.query("SELECT * FROM _prisma_migrations ORDER BY started_at")).rows);
    expect(rows.map((row) => row.migration_name)).toEqual(applied);
    for (const row of rows) {
      const file = readFileSync(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(file).digest("hex"));
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row).toMatchObject({ applied_steps_count: 1, logs: null, rolled_back_at: null });
    }
  });

  it("applies nothing the second time", async () => {
    const url = await emptyDatabase();
    await applyMigrations(url);
    expect(await applyMigrations(url)).toEqual({ applied: [] });
    const count = await withClient(url, async (client) => (await client.query("SELECT count(*)::int AS n FROM _prisma_migrations")).rows[0].n);
    expect(count).toBe(onDisk.length);
  });

  it("applies each migration once when two processes start at the same time", async () => {
    const url = await emptyDatabase();
    const results = await Promise.all([applyMigrations(url), applyMigrations(url)]);
    expect(results.flatMap((r) => r.applied).sort()).toEqual(onDisk.map((m) => m.name).sort());
  });

  it("refuses a committed migration that was edited after being applied", async () => {
    const url = await emptyDatabase();
    const dir = mkdtempSync(path.join(os.tmpdir(), "migrations-"));
    try {
      cpSync(MIGRATIONS_DIR, dir, { recursive: true });
      await applyMigrations(url, { dir });
      const first = onDisk[0]!.name;
      const file = path.join(dir, first, "migration.sql");
      writeFileSync(file, `${readFileSync(file, "utf8")}\n-- an innocent-looking edit\n`);
      await expect(applyMigrations(url, { dir })).rejects.toThrow(new RegExp(`${first} changed after being applied.*checksum mismatch`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("accepts the same migration checked out with CRLF line endings (as Prisma does)", async () => {
    const url = await emptyDatabase();
    const dir = mkdtempSync(path.join(os.tmpdir(), "migrations-"));
    try {
      cpSync(MIGRATIONS_DIR, dir, { recursive: true });
      await applyMigrations(url, { dir });
      const file = path.join(dir, onDisk[0]!.name, "migration.sql");
      writeFileSync(file, readFileSync(file, "utf8").replace(/\r?\n/g, "\r\n"));
      expect(await applyMigrations(url, { dir })).toEqual({ applied: [] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses to go on after a failed migration", async () => {
    const url = await emptyDatabase();
    await applyMigrations(url);
    await withClient(url, (client) =>
      client.query("INSERT INTO _prisma_migrations (id, checksum, migration_name, logs) VALUES ($1, 'x', '29990101000000_broken', 'syntax error')", [crypto.randomUUID()]),
    );
    await expect(applyMigrations(url)).rejects.toThrow(/previous migration failed[\s\S]*29990101000000_broken/);
  });

  it("rolls a failing migration back completely and records nothing", async () => {
    const url = await emptyDatabase();
    const dir = mkdtempSync(path.join(os.tmpdir(), "migrations-"));
    try {
      cpSync(MIGRATIONS_DIR, dir, { recursive: true });
      cpSync(path.join(MIGRATIONS_DIR, onDisk[0]!.name), path.join(dir, "29990101000000_bad"), { recursive: true });
      writeFileSync(path.join(dir, "29990101000000_bad", "migration.sql"), 'CREATE TABLE "Half" (id int);\nSELECT no_such_function();\n');
      await expect(applyMigrations(url, { dir })).rejects.toThrow(/29990101000000_bad failed and was rolled back/);
      const state = await withClient(url, async (client) => ({
        names: (await client.query("SELECT migration_name FROM _prisma_migrations")).rows.map((r) => r.migration_name),
        half: (await client.query(`SELECT to_regclass('"Half"') AS t`)).rows[0].t,
      }));
      expect(state).toEqual({ names: onDisk.map((m) => m.name), half: null });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a non-empty database that has no migrations table", async () => {
    const url = await emptyDatabase();
    await withClient(url, (client) => client.query("CREATE TABLE stranger (id int)"));
    await expect(applyMigrations(url)).rejects.toThrow(/not empty/);
  });

  it("creates Question.search as a stored generated, GIN-indexed tsvector", async () => {
    const url = await emptyDatabase();
    await applyMigrations(url);
    await withClient(url, async (client) => {
      const column = (
        await client.query(
          `SELECT data_type, is_generated, generation_expression FROM information_schema.columns
           WHERE table_name = 'Question' AND column_name = 'search'`,
        )
      ).rows[0];
      expect(column).toMatchObject({ data_type: "tsvector", is_generated: "ALWAYS" });
      expect(column.generation_expression).toContain("setweight");

      const index = (await client.query(`SELECT indexdef FROM pg_indexes WHERE indexname = 'Question_search_idx'`)).rows[0];
      expect(index?.indexdef).toMatch(/USING gin \(search\)/);

      await client.query(`INSERT INTO "QuestionSet" (id, slug, title, "contentHash", "updatedAt") VALUES ('s', 's', 'EC2', 'h', now())`);
      await client.query(
        `INSERT INTO "Question" (id, "setId", position, title, answer, difficulty, audience, "contentHash", "searchExtra", "updatedAt")
         VALUES ('q', 's', 0, 'Spot interruptions', 'Use checkpointing', 'EASY', 'BOTH', 'h', 'capacity', now())`,
      );
      const { rows } = await client.query(`SELECT search::text AS search FROM "Question" WHERE id = 'q'`);
      // Title words weigh A, searchExtra B, prompt and answer C.
      expect(rows[0].search).toContain("'spot':1A");
      expect(rows[0].search).toMatch(/'capac':\d+B/);
      expect(rows[0].search).toMatch(/'checkpoint':\d+C/);
    });
  });
});
