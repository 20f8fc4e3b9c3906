// Applies the committed Prisma migrations (prisma/migrations/<name>/migration.sql) without Prisma's
// native schema engine, which cannot be downloaded on our machines. Every applied migration is
// recorded in `_prisma_migrations` the way Prisma Migrate records it (same table, same checksum),
// so `prisma migrate deploy` / `prisma migrate status` agree with us wherever the engine exists.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { installJobQueue } from "../../lib/jobs/queue";

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");

// The advisory lock key Prisma Migrate itself takes, so we also never race a real `prisma migrate`.
const ADVISORY_LOCK_KEY = 72707369;

// Verbatim from Prisma's PostgreSQL connector (create_migrations_table).
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);
`;

export interface MigrationFile {
  name: string;
  script: string;
  checksum: string;
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  started_at: Date;
  logs: string | null;
}

/** Prisma's rule (checksum.rs): the same script with LF or CRLF line endings still matches, as git may convert them. */
function matchesChecksum(script: string, checksum: string) {
  return [script, script.replace(/\r\n/g, "\n"), script.replace(/\n/g, "\r\n")].some((variant) => {
    const digest = createHash("sha256").update(variant).digest();
    // Very old Prisma versions wrote the hex without zero padding.
    const hex = checksum.length === 64 ? digest.toString("hex") : [...digest].map((b) => b.toString(16)).join("");
    return hex === checksum;
  });
}

/** The migration folders in the order Prisma applies them (it sorts names with localeCompare). */
export function readMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  if (!existsSync(dir)) return [];
  const lock = path.join(dir, "migration_lock.toml");
  if (existsSync(lock) && !/provider\s*=\s*"postgresql"/.test(readFileSync(lock, "utf8"))) {
    throw new Error(`${lock} is not for provider "postgresql"; these migrations are for another database.`);
  }
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b))
    .map((name) => {
      const file = path.join(dir, name, "migration.sql");
      if (!existsSync(file)) throw new Error(`Migration folder ${name} has no migration.sql.`);
      const bytes = readFileSync(file);
      // Prisma hashes the script's UTF-8 text, which is these bytes.
      return { name, script: bytes.toString("utf8"), checksum: createHash("sha256").update(bytes).digest("hex") };
    });
}

/** The app's migrations, then the job queue's schema (graphile-worker installs and upgrades its own). */
export async function applyMigrations(databaseUrl: string, options: { dir?: string; log?: (line: string) => void } = {}): Promise<{ applied: string[] }> {
  const result = await applyPrismaMigrations(databaseUrl, options);
  // Under the same lock, so app processes starting together install the queue's schema once.
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
    await installJobQueue(databaseUrl, options.log);
  } finally {
    await client.end();
  }
  return result;
}

async function applyPrismaMigrations(databaseUrl: string, options: { dir?: string; log?: (line: string) => void } = {}): Promise<{ applied: string[] }> {
  const log = options.log ?? (() => {});
  const migrations = readMigrations(options.dir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // Fast path, one query: everything on disk is already recorded as applied, unchanged.
    const rows = await readAppliedRows(client);
    if (rows && isUpToDate(migrations, rows)) return { applied: [] };

    // Session-level lock: held across the per-migration transactions, released by the unlock or disconnect.
    await client.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
    try {
      return await applyLocked(client, migrations, log);
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY]).catch(() => {});
    }
  } finally {
    await client.end();
  }
}

async function readAppliedRows(client: pg.Client): Promise<AppliedRow[] | null> {
  const { rows } = await client.query<{ exists: boolean }>("SELECT to_regclass('_prisma_migrations') IS NOT NULL AS exists");
  if (!rows[0]?.exists) return null;
  const result = await client.query<AppliedRow>(
    `SELECT migration_name, checksum, finished_at, started_at, logs FROM _prisma_migrations
     WHERE rolled_back_at IS NULL ORDER BY started_at`,
  );
  return result.rows;
}

function isUpToDate(migrations: MigrationFile[], rows: AppliedRow[]) {
  const applied = new Map(rows.map((row) => [row.migration_name, row]));
  return (
    rows.every((row) => row.finished_at) &&
    migrations.every((m) => {
      const row = applied.get(m.name);
      return row !== undefined && matchesChecksum(m.script, row.checksum);
    })
  );
}

async function applyLocked(client: pg.Client, migrations: MigrationFile[], log: (line: string) => void) {
  let rows = await readAppliedRows(client);
  if (!rows) {
    // Like Prisma (error P3005): never adopt a database whose tables we did not create.
    const { rows: tables } = await client.query("SELECT 1 FROM pg_tables WHERE schemaname = current_schema() LIMIT 1");
    if (tables.length > 0) {
      throw new Error("The database schema is not empty and has no _prisma_migrations table. Use an empty database, or baseline this one (https://pris.ly/d/migrate-baseline).");
    }
    await client.query(CREATE_MIGRATIONS_TABLE);
    rows = [];
  }

  const failed = rows.filter((row) => !row.finished_at);
  if (failed.length > 0) {
    const details = failed.map((row) => `  ${row.migration_name} (started ${row.started_at.toISOString()})${row.logs ? `: ${row.logs.trim()}` : ""}`).join("\n");
    throw new Error(
      `A previous migration failed and the database may be half-migrated:\n${details}\n` +
        "Fix the database by hand, then mark the migration rolled back (UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = '...') " +
        "or run `npx prisma migrate resolve` where Prisma's engine is available.",
    );
  }

  const applied = new Map(rows.map((row) => [row.migration_name, row]));
  const edited = migrations.filter((m) => {
    const row = applied.get(m.name);
    return row && !matchesChecksum(m.script, row.checksum);
  });
  if (edited.length > 0) {
    throw new Error(
      `Migration${edited.length > 1 ? "s" : ""} ${edited.map((m) => m.name).join(", ")} changed after being applied to this database ` +
        "(checksum mismatch). Committed migrations must never be edited: revert the file and put the change in a new migration (npm run db:migration:new).",
    );
  }

  const done: string[] = [];
  for (const migration of migrations.filter((m) => !applied.has(m.name))) {
    log(`Applying migration ${migration.name}`);
    // Unlike Prisma we run the script and its record in one transaction: PostgreSQL DDL is
    // transactional, so a failing migration leaves neither changes nor a "failed" row behind.
    // (Prisma sends the script as one simple query, itself an implicit transaction, so a script
    // that works here works there and vice versa.)
    await client.query("BEGIN");
    try {
      const id = randomUUID();
      await client.query("INSERT INTO _prisma_migrations (id, checksum, started_at, migration_name) VALUES ($1, $2, clock_timestamp(), $3)", [
        id,
        migration.checksum,
        migration.name,
      ]);
      await client.query(migration.script);
      await client.query("UPDATE _prisma_migrations SET applied_steps_count = applied_steps_count + 1, finished_at = clock_timestamp() WHERE id = $1", [id]);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw new Error(`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`, { cause: error });
    }
    done.push(migration.name);
  }
  return { applied: done };
}
