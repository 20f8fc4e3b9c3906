// A fingerprint of every table's contents, to prove that a refused action wrote nothing at all.
import type { Database } from "../lib/db-client";

export type DatabaseDigest = Map<string, string>;

let query: string | null = null;

/**
 * One statement fingerprinting each table, so a digest costs one round trip: the row count and the
 * sum of each row's 64-bit hash, which needs no sort (sorting the rows' text for an md5 made the
 * digest 7 → 25 ms as the matrix's tables grew, a third of its test file's time).
 */
async function digestQuery(db: Database) {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
    ORDER BY table_name`;
  return tables
    .map(({ name }) => {
      const quoted = `"${name.replaceAll('"', '""')}"`;
      return `SELECT '${name.replaceAll("'", "''")}' AS name, count(*) || ':' || coalesce(sum(hashtextextended(t::text, 0)), 0) AS hash FROM ${quoted} AS t`;
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
