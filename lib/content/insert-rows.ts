// Bulk inserts for the seed: one INSERT … SELECT FROM jsonb_to_recordset per chunk. Measured on
// 10k questions, Prisma's createMany spent ~17 s compiling and serialising the rows; this takes a
// fraction of that. Table and column names come from our code only, never from input.
import type { Transaction } from "@/lib/db-client";

/** Column name → PostgreSQL type of the value in each row object (e.g. "text[]", '"Level"'). */
export type ColumnTypes = Record<string, string>;

const CHUNK = 1000;

export async function insertRows(tx: Transaction, table: string, columns: ColumnTypes, rows: Record<string, unknown>[]) {
  const names = Object.keys(columns).map((name) => `"${name}"`).join(", ");
  const types = Object.entries(columns).map(([name, type]) => `"${name}" ${type}`).join(", ");
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS r(${types})`;
  for (let start = 0; start < rows.length; start += CHUNK) {
    await tx.$executeRawUnsafe(sql, JSON.stringify(rows.slice(start, start + CHUNK)));
  }
}
