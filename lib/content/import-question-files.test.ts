import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../tests/test-database";
import type { Database } from "../db-client";
import { importQuestionFiles } from "./import-question-files";

let db: Database;
const folder = path.join(".data", `test-import-${process.pid}-${Date.now()}`);

function question(id: string, title = `Question ${id}?`) {
  return `## ${title}\n\nid: ${id}\ndifficulty: easy\nreviewed: 2026-12\n\n### Answer\n\nAn answer.\n\n### Key points\n\n- A point\n`;
}

function writeSet(name: string, ...questions: string[]) {
  writeFileSync(path.join(folder, `${name}.md`), `---\ntitle: ${name}\n---\n\n${questions.join("\n")}`);
}

beforeAll(async () => {
  ({ prisma: db } = await createTestDatabase());
  mkdirSync(folder, { recursive: true });
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("importQuestionFiles", () => {
  it("imports new files, then skips unchanged ones without parsing them", async () => {
    writeSet("alpha", question("alpha-1"), question("alpha-2"));
    writeSet("beta", question("beta-1"));
    const first = await importQuestionFiles(db, [folder]);
    expect(first.errors).toEqual([]);
    expect(first).toMatchObject({ parsedFiles: 2, skippedFiles: 0, summary: { created: 3 } });

    const second = await importQuestionFiles(db, [folder]);
    expect(second).toMatchObject({ parsedFiles: 0, skippedFiles: 2, summary: null, errors: [] });

    writeSet("beta", question("beta-1", "Reworded question?"));
    const third = await importQuestionFiles(db, [folder]);
    expect(third).toMatchObject({ parsedFiles: 1, skippedFiles: 1, summary: { updated: 1 } });
    expect(await db.question.findUniqueOrThrow({ where: { id: "beta-1" }, select: { version: true } })).toEqual({ version: 2 });
  });

  it("refuses an id that an unchanged file already uses, naming both places, and writes nothing", async () => {
    writeSet("gamma", question("gamma-1"), question("alpha-1"));
    const result = await importQuestionFiles(db, [folder]);
    expect(result.summary).toBeNull();
    expect(result.errors).toEqual([
      { file: `${folder}/gamma.md`, line: 19, message: `duplicate question id "alpha-1": also defined at ${folder}/alpha.md:5` },
    ]);
    expect(await db.question.findUnique({ where: { id: "gamma-1" } })).toBeNull();
  });

  it("writes nothing when any file in the batch is broken", async () => {
    writeSet("gamma", question("gamma-1"));
    writeFileSync(path.join(folder, "delta.md"), "---\ntitle: Delta\n---\n\n## No metadata here\n\n### Answer\n\nx\n");
    const result = await importQuestionFiles(db, [folder]);
    expect(result.summary).toBeNull();
    expect(result.errors.map((error) => `${error.file}:${error.line}`)).toContain(`${folder}/delta.md:5`);
    expect(await db.question.findUnique({ where: { id: "gamma-1" } })).toBeNull();
  });
});
