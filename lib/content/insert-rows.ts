// Bulk writes for the seed and the import, in batches that stay under PostgreSQL's 32,767 bind
// parameters per statement (past it, Prisma fails with P2029; an upload of 100 files of 1,000
// questions did). Rows travel as one jsonb parameter per batch: measured on 10k questions,
// Prisma's createMany spent ~17 s compiling and serialising the rows; this takes a fraction of
// that. Table and column names come from our code only, never from input.
import type { Transaction } from "@/lib/db-client";

/** Column name → PostgreSQL type of the value in each row object (e.g. "text[]", '"Level"'). */
export type ColumnTypes = Record<string, string>;

/** Rows per statement: one jsonb parameter each, about 2 MB for 1,000 questions. */
const ROWS = 1000;
/** Ids per `IN (…)` list: one parameter each, well under 32,767. */
export const IDS_PER_QUERY = 10_000;

/** `items` in slices of at most `size`. */
export function batches<T>(items: readonly T[], size = IDS_PER_QUERY): T[][] {
  const slices: T[][] = [];
  for (let start = 0; start < items.length; start += size) slices.push(items.slice(start, start + size));
  return slices;
}

/** The results of `query` run on each slice of `ids`, concatenated. */
export async function findInBatches<Id, Row>(ids: readonly Id[], query: (slice: Id[]) => Promise<Row[]>, size = IDS_PER_QUERY): Promise<Row[]> {
  const rows: Row[] = [];
  for (const slice of batches(ids, size)) rows.push(...(await query(slice)));
  return rows;
}

function recordset(columns: ColumnTypes) {
  return {
    names: Object.keys(columns).map((name) => `"${name}"`),
    types: Object.entries(columns).map(([name, type]) => `"${name}" ${type}`).join(", "),
  };
}

export async function insertRows(tx: Transaction, table: string, columns: ColumnTypes, rows: Record<string, unknown>[]) {
  const { names, types } = recordset(columns);
  const list = names.join(", ");
  const sql = `INSERT INTO "${table}" (${list}) SELECT ${list} FROM jsonb_to_recordset($1::jsonb) AS r(${types})`;
  for (const slice of batches(rows, ROWS)) await tx.$executeRawUnsafe(sql, JSON.stringify(slice));
}

/** Sets `columns` on the rows whose `key` matches each row's, one statement per batch. */
export async function updateRows(tx: Transaction, table: string, key: string, columns: ColumnTypes, rows: Record<string, unknown>[]) {
  const { names, types } = recordset(columns);
  const assignments = names.filter((name) => name !== `"${key}"`).map((name) => `${name} = r.${name}`).join(", ");
  const sql = `UPDATE "${table}" AS t SET ${assignments} FROM jsonb_to_recordset($1::jsonb) AS r(${types}) WHERE t."${key}" = r."${key}"`;
  for (const slice of batches(rows, ROWS)) await tx.$executeRawUnsafe(sql, JSON.stringify(slice));
}
