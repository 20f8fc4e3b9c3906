// The import benchmark's floor: the rows an import of the bank writes, put into a fresh database
// with PostgreSQL's COPY (one stream per table, rows prepared beforehand), so the figure is what
// the database alone needs, indexes and the generated search vector included.
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { questionColumns, questionContentHash, questionSnapshot } from "../../lib/content/seed-question-bank";
import type { ParsedSet } from "../../lib/content/schema";

type Value = string | number | boolean | null | string[] | object;

function csvField(value: Value): string {
  if (value === null) return "";
  const text = Array.isArray(value)
    ? `{${value.map((item) => `"${item.replace(/[\\"]/g, "\\$&")}"`).join(",")}}`
    : typeof value === "object"
      ? JSON.stringify(value)
      : String(value);
  return `"${text.replace(/"/g, '""')}"`;
}

interface Table {
  name: string;
  columns: string[];
  rows: Value[][];
}

/** The tables an import of `sets` fills, as rows ready to COPY. */
export function rowsOf(sets: ParsedSet[]): Table[] {
  const now = new Date().toISOString();
  const tagIds = new Map<string, string>();
  const tables: Record<string, Table> = {
    QuestionSet: { name: "QuestionSet", columns: ["id", "slug", "title", "description", "audience", "sourcePath", "contentHash", "updatedAt"], rows: [] },
    Tag: { name: "Tag", columns: ["id", "name"], rows: [] },
    Question: { name: "Question", columns: [], rows: [] },
    QuestionVersion: { name: "QuestionVersion", columns: ["id", "questionId", "version", "contentHash", "snapshot", "origin"], rows: [] },
    QuestionTag: { name: "QuestionTag", columns: ["questionId", "tagId"], rows: [] },
  };
  for (const set of sets) {
    const setId = randomUUID();
    tables.QuestionSet!.rows.push([setId, set.slug, set.title, set.description, set.audience.toUpperCase(), set.sourcePath, "0".repeat(64), now]);
    set.questions.forEach((question, position) => {
      const hash = questionContentHash(question);
      const columns = { id: question.id, ...questionColumns(question, setId, position), contentHash: hash, version: 1, updatedAt: now };
      if (tables.Question!.columns.length === 0) tables.Question!.columns = Object.keys(columns);
      tables.Question!.rows.push(Object.values(columns) as Value[]);
      tables.QuestionVersion!.rows.push([randomUUID(), question.id, 1, hash, questionSnapshot(question), "seed"]);
      for (const tag of new Set(question.tags)) {
        if (!tagIds.has(tag)) {
          tagIds.set(tag, randomUUID());
          tables.Tag!.rows.push([tagIds.get(tag)!, tag]);
        }
        tables.QuestionTag!.rows.push([question.id, tagIds.get(tag)!]);
      }
    });
  }
  return Object.values(tables);
}

/** Milliseconds to COPY `tables` into the database at `url`, in one transaction. */
export async function copyTables(url: string, tables: Table[]): Promise<number> {
  const csv = tables.map((table) => ({ ...table, text: table.rows.map((row) => row.map(csvField).join(",")).join("\n") }));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const started = performance.now();
    await client.query("BEGIN");
    for (const table of csv) {
      const columns = table.columns.map((column) => `"${column}"`).join(", ");
      await pipeline(Readable.from([table.text]), client.query(copyFrom(`COPY "${table.name}" (${columns}) FROM STDIN WITH (FORMAT csv)`)));
    }
    await client.query("COMMIT");
    return performance.now() - started;
  } finally {
    await client.end();
  }
}
