// npm run db:migration:new, run as a user runs it, on copies of the schema and migrations: it
// reports no change for the committed schema, and writes the migration for a real change.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { runCli } from "../tests/run-cli";
import { DEFAULT_PG_PORTS } from "./lib/local-database";

// A real PostgreSQL and the WebAssembly schema engine replaying every migration: give it time.
vi.setConfig({ testTimeout: 180_000 });

const folder = path.resolve(".data", `test-migration-new-${process.pid}`);
const migrations = path.join(folder, "migrations");
const env = {
  MIGRATION_PG_PORT: String(Number(process.env.TEST_PG_PORT ?? DEFAULT_PG_PORTS.test) + 7),
  MIGRATION_PG_DIR: path.join(folder, "postgres"),
};
mkdirSync(folder, { recursive: true });
cpSync("prisma/migrations", migrations, { recursive: true });
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const newMigrations = (before: string[]) => readdirSync(migrations).filter((name) => !before.includes(name));

describe("npm run db:migration:new", () => {
  it("says there is nothing to do when the schema matches the committed migrations", async () => {
    const before = readdirSync(migrations);
    const result = await runCli("scripts/db-migration-new.ts", ["--name", "nothing", "--migrations", migrations], env);
    expect(result.stderr).toBe("");
    expect(result.stdout.trim()).toBe("No schema changes");
    expect(newMigrations(before)).toEqual([]);
  });

  it("writes the SQL for a new model, which then replays to the schema with no further change", async () => {
    const schema = path.join(folder, "schema.prisma");
    writeFileSync(schema, `${readFileSync("prisma/schema.prisma", "utf8")}\nmodel Probe {\n  id    String @id\n  label String @unique\n}\n`);
    const before = readdirSync(migrations);
    const result = await runCli("scripts/db-migration-new.ts", ["--name", "Add probe!", "--schema", schema, "--migrations", migrations], env);
    expect(result.code).toBe(0);
    const [created] = newMigrations(before);
    expect(created).toMatch(/^\d{14}_add_probe$/);
    const sql = readFileSync(path.join(migrations, created!, "migration.sql"), "utf8");
    expect(sql).toContain('CREATE TABLE "Probe"');
    expect(sql).toContain('CREATE UNIQUE INDEX "Probe_label_key"');
    // Nothing else: the generated search column's default and CHECK constraints are not "changes".
    expect(sql).not.toMatch(/DROP DEFAULT|DROP CONSTRAINT|ALTER TABLE "(?!Probe)/);
    expect(existsSync(path.join(migrations, "migration_lock.toml"))).toBe(true);

    const again = await runCli("scripts/db-migration-new.ts", ["--name", "again", "--schema", schema, "--migrations", migrations], env);
    expect(again.stdout.trim()).toBe("No schema changes");
  });

  it("refuses to run without a name", async () => {
    const result = await runCli("scripts/db-migration-new.ts", ["--migrations", migrations], env);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("Usage: npm run db:migration:new -- --name");
  });
});
