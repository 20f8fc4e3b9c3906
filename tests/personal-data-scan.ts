// Where a piece of text (an email, a name) is still stored: every text, varchar, json(b) and text[]
// column of every table in every non-system schema, searched with ILIKE, so a table or column
// added later is searched too. Used by the deletion and erasure tests, in Vitest and in e2e.
import type { Database } from "../lib/db-client";

interface TextColumn {
  schema: string;
  table: string;
  column: string;
}

export async function textColumns(db: Database): Promise<TextColumn[]> {
  return db.$queryRaw<TextColumn[]>`
    SELECT c.table_schema AS "schema", c.table_name AS "table", c.column_name AS "column"
    FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
    WHERE c.table_schema NOT IN ('pg_catalog', 'information_schema')
      AND (c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb') OR (c.data_type = 'ARRAY' AND c.udt_name IN ('_text', '_varchar')))
    ORDER BY 1, 2, 3`;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** "Table.column: count" for every column holding `needle` (ignoring case); empty when it is nowhere. */
export async function whereTextIsStored(db: Database, needle: string): Promise<string[]> {
  const pattern = `%${needle.replace(/[\\%_]/g, "\\$&")}%`;
  const found: string[] = [];
  for (const { schema, table, column } of await textColumns(db)) {
    const [row] = await db.$queryRawUnsafe<{ count: bigint }[]>(`SELECT count(*) AS "count" FROM ${quote(schema)}.${quote(table)} WHERE ${quote(column)}::text ILIKE $1`, pattern);
    if (row && Number(row.count) > 0) found.push(`${schema === "public" ? "" : `${schema}.`}${table}.${column}: ${row.count}`);
  }
  return found;
}
