// A fingerprint of every table's rows, to prove that a refused action wrote nothing at all.
import type { Database } from "../lib/db-client";

export type DatabaseDigest = Map<string, string>;

let query: string | null = null;

/**
 * One statement fingerprinting each table, so a digest costs one round trip: the row count and the
 * newest row version's transaction id (xmin). Every insert or update, even one that writes the
 * same values, makes a row version with a newer id; a delete lowers the count unless an insert
 * came with it. Reading xmin needs no row rendered as text: hashing every row took 15 ms a digest
 * (8.3 s of the matrix's 31 s), sorting the rows' text for an md5 before that, 25 ms.
 */
async function digestQuery(db: Database) {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
    ORDER BY table_name`;
  return tables
    .map(({ name }) => {
      const quoted = `"${name.replaceAll('"', '""')}"`;
      return `SELECT '${name.replaceAll("'", "''")}' AS name, count(*) || ':' || coalesce(max(xmin::text::bigint), 0) AS hash FROM ${quoted}`;
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
