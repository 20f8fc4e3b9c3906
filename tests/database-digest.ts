// A fingerprint of every table's contents, to prove that a refused action wrote nothing at all.
import type { Database } from "../lib/db-client";

export type DatabaseDigest = Map<string, string>;

let query: string | null = null;

/** One statement hashing each table (its rows as text, sorted), so a digest costs one round trip. */
async function digestQuery(db: Database) {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
    ORDER BY table_name`;
  return tables
    .map(({ name }) => {
      const quoted = `"${name.replaceAll('"', '""')}"`;
      return `SELECT '${name.replaceAll("'", "''")}' AS name, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS hash FROM ${quoted} AS t`;
    })
    .join(" UNION ALL ");
}

export async function databaseDigest(db: Database): Promise<DatabaseDigest> {
  query ??= await digestQuery(db);
  const rows = await db.$queryRawUnsafe<{ name: string; hash: string }[]>(query);
  return new Map(rows.map((row) => [row.name, row.hash]));
}

export function changedTables(before: DatabaseDigest, after: DatabaseDigest) {
  return [...after.keys()].filter((table) => before.get(table) !== after.get(table));
}
