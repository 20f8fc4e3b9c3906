// The /admin/import action at its documented limits (import-limits.ts): the largest upload it
// allows goes through the dry run and the apply; one past each limit, and an alias bomb, get a
// message that says which file, which line and what, and nothing is written.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { actAs } from "../../tests/next-boundary";
import { createTestDatabase } from "../../tests/test-database";
import { yamlAliasBomb } from "../../tests/hostile-markdown";
import type { Database } from "../db-client";
import { MAX_FILE_BYTES, MAX_UPLOAD_BYTES, MAX_UPLOAD_FILES, MAX_UPLOAD_QUESTIONS } from "./import-limits";

vi.mock("next-auth", () => import("../../tests/next-boundary"));
vi.mock("next/cache", () => import("../../tests/next-boundary"));

let db: Database;
let importQuestionSets: typeof import("./actions").importQuestionSets;

beforeAll(async () => {
  const created = await createTestDatabase();
  db = created.prisma;
  process.env.DATABASE_URL = created.url;
  ({ importQuestionSets } = await import("./actions"));
  const admin = await db.user.create({ data: { email: "importer@upload.test", role: "ADMIN" }, select: { id: true, sessionVersion: true } });
  actAs(admin);
});

const encode = (text: string) => new TextEncoder().encode(text);

// Varied words (the upload limits refuse text that is mostly repetition).
let seed = 42;
const letter = () => String.fromCharCode(97 + ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 26));
const words = (count: number) => Array.from({ length: count }, () => Array.from({ length: 3 + (seed % 7) }, letter).join("")).join(" ");

function question(id: string, padding = 0) {
  return `## Question ${id}?\n\nid: ${id}\ndifficulty: easy\n\n### Answer\n\nAn answer. ${words(padding)}\n\n### Key points\n\n- A point\n`;
}

function setFile(slug: string, questions: string[]) {
  return `---\ntitle: Upload ${slug}\nslug: ${slug}\n---\n\n${questions.join("\n")}`;
}

/** `files` files sharing `questions` questions, each padded to about `questionBytes`. */
function upload(prefix: string, files: number, questions: number, questionBytes = 0): { name: string; bytes: Uint8Array }[] {
  const perFile = Math.ceil(questions / files);
  return Array.from({ length: files }, (_, f) => {
    const ids = Array.from({ length: Math.max(0, Math.min(perFile, questions - f * perFile)) }, (_, n) => `${prefix}-${f}-${n}`);
    const padding = Math.max(0, Math.floor((questionBytes - 170) / 7));
    return { name: `${prefix}-${f}.md`, bytes: encode(setFile(`${prefix}-${f}`, ids.map((id) => question(id, padding)))) };
  });
}

function formOf(files: { name: string; bytes: Uint8Array }[], intent: "check" | "apply", fingerprint?: string) {
  const data = new FormData();
  data.set("intent", intent);
  if (fingerprint) data.set("fingerprint", fingerprint);
  data.set("pastedName", "");
  data.set("pasted", "");
  for (const file of files) data.append("files", new File([file.bytes as BlobPart], file.name, { type: "text/markdown" }));
  return data;
}

const count = (n: number) => n.toLocaleString("en");
const questionsIn = (prefix: string) => db.question.count({ where: { id: { startsWith: `${prefix}-` } } });

describe("uploads at the limits", () => {
  it(`imports the largest upload allowed: ${MAX_UPLOAD_FILES} files, ${MAX_UPLOAD_QUESTIONS} questions, just under ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`, async () => {
    // Each question about 1.3 KB, so the upload nears the byte limit as well.
    const files = upload("max", MAX_UPLOAD_FILES, MAX_UPLOAD_QUESTIONS, Math.floor((MAX_UPLOAD_BYTES * 0.97) / MAX_UPLOAD_QUESTIONS));
    const total = files.reduce((sum, file) => sum + file.bytes.byteLength, 0);
    expect(total).toBeLessThanOrEqual(MAX_UPLOAD_BYTES);
    expect(total).toBeGreaterThan(MAX_UPLOAD_BYTES * 0.9);

    const dryRun = await importQuestionSets({}, formOf(files, "check"));
    expect(dryRun.importErrors).toBeUndefined();
    expect(dryRun.plan?.counts.added).toBe(MAX_UPLOAD_QUESTIONS);
    const applied = await importQuestionSets({}, formOf(files, "apply", dryRun.plan!.fingerprint));
    expect(applied).toMatchObject({ ok: true, applied: true, message: "Imported. The bank now matches these files." });
    expect(await questionsIn("max")).toBe(MAX_UPLOAD_QUESTIONS);
  }, 600_000);

  it("refuses one file too many, one byte too many and one question too many, saying where", async () => {
    const tooMany = await importQuestionSets({}, formOf(upload("files", MAX_UPLOAD_FILES + 1, MAX_UPLOAD_FILES + 1), "check"));
    expect(tooMany.message).toBe(`${MAX_UPLOAD_FILES + 1} files: at most ${MAX_UPLOAD_FILES} can be uploaded at once (use npm run content:import for more).`);

    const heavy = upload("bytes", 3, 3);
    const filler = MAX_UPLOAD_BYTES + 1 - heavy.reduce((sum, file) => sum + file.bytes.byteLength, 0);
    const head = "---\ntitle: Filler\n---\n\n";
    heavy.push({ name: "filler.md", bytes: encode(`${head}${"x".repeat(filler - head.length)}`) });
    expect(heavy.reduce((sum, file) => sum + file.bytes.byteLength, 0)).toBe(MAX_UPLOAD_BYTES + 1);
    expect((await importQuestionSets({}, formOf(heavy, "check"))).message).toMatch(/^10\.0 MB in all: at most 10\.0 MB can be uploaded at once/);

    const bigHead = "---\ntitle: Big\n---\n\n";
    const big = [{ name: "big.md", bytes: encode(`${bigHead}${"word ".repeat(MAX_FILE_BYTES)}`.slice(0, MAX_FILE_BYTES + 1)) }];
    const bigResult = await importQuestionSets({}, formOf(big, "check"));
    expect(bigResult.importErrors).toEqual([expect.objectContaining({ file: "big.md", line: 1, message: expect.stringMatching(/^file is 5\.0 MB; the limit is 5\.0 MB per file/) })]);

    const oneMore = upload("count", 10, MAX_UPLOAD_QUESTIONS + 1);
    const counted = await importQuestionSets({}, formOf(oneMore, "check"));
    // The first question past the limit is the last one, in the last file.
    const lastFile = oneMore.at(-1)!;
    const lastLine = new TextDecoder().decode(lastFile.bytes).split("\n").findLastIndex((line) => line.startsWith("## ")) + 1;
    expect(counted.importErrors).toEqual([
      {
        file: lastFile.name,
        line: lastLine,
        message: `${count(MAX_UPLOAD_QUESTIONS + 1)} questions in this upload, and this is number ${count(MAX_UPLOAD_QUESTIONS + 1)}: the app imports at most ${count(MAX_UPLOAD_QUESTIONS)} at once; upload fewer files, or use npm run content:import`,
        source: expect.stringMatching(/^## Question count-9-/),
      },
    ]);
    expect(counted.message).toBe("1 problem in 1 file: nothing was imported.");
    expect(await questionsIn("files")).toBe(0);
    expect(await questionsIn("count")).toBe(0);
  }, 600_000);

  it("says why an import failed in the database, and writes nothing, instead of a bare 500", async () => {
    await db.$executeRawUnsafe(`CREATE FUNCTION upload_test_fail() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk full (simulated)'; END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`CREATE TRIGGER upload_test_fail BEFORE INSERT ON "QuestionVersion" FOR EACH STATEMENT EXECUTE FUNCTION upload_test_fail()`);
    try {
      const result = await importQuestionSets({}, formOf(upload("fails", 2, 4), "apply"));
      expect(result.message).toMatch(/^The import failed, and nothing was written: .*disk full \(simulated\).*\. Try again; if it keeps failing, import fewer files at once\.$/);
      expect(await questionsIn("fails")).toBe(0);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER upload_test_fail ON "QuestionVersion"`);
      await db.$executeRawUnsafe(`DROP FUNCTION upload_test_fail()`);
    }
  });

  it("refuses a YAML alias bomb at the alias's line without expanding it", async () => {
    const bomb = [{ name: "bomb.md", bytes: encode(`---\n${yamlAliasBomb()}\n---\n\n${question("bomb-1")}`) }];
    const result = await importQuestionSets({}, formOf(bomb, "apply"));
    expect(result.importErrors).toEqual([
      expect.objectContaining({ file: "bomb.md", line: 4, message: expect.stringMatching(/^front matter is not valid YAML: its aliases \(\*name\) expand too far/) }),
    ]);
    expect(await questionsIn("bomb")).toBe(0);
  });
});
