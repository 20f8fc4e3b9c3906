import { beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../tests/test-database";
import type { Database } from "../db-client";
import { MAX_FILE_BYTES, MAX_QUESTIONS_PER_FILE } from "./import-limits";
import { applyImport, checkImport, type ImportSource } from "./dry-run-and-apply";

let db: Database;
beforeAll(async () => {
  ({ prisma: db } = await createTestDatabase());
});

const encode = (text: string) => new TextEncoder().encode(text);

function question(id: string, title = `Question ${id}?`, answer = "An answer.") {
  return `## ${title}\n\nid: ${id}\ndifficulty: easy\nreviewed: 2026-12\n\n### Answer\n\n${answer}\n\n### Key points\n\n- A point\n`;
}

function file(name: string, title: string, ...questions: string[]): ImportSource {
  return { sourcePath: name, bytes: encode(`---\ntitle: ${title}\n---\n\n${questions.join("\n")}`) };
}

const bankState = async () => ({
  questions: await db.question.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true, archived: true, title: true } }),
  versions: await db.questionVersion.count(),
  sets: await db.questionSet.count(),
  audit: await db.auditEvent.count(),
});

const apply = (sources: ImportSource[], expectedFingerprint?: string) =>
  applyImport(db, sources, { policy: "keep-stored", actorId: null, expectedFingerprint });

describe("import: dry run, then apply", () => {
  it("shows new questions in the dry run without writing, then applies them once", async () => {
    const alpha = file("alpha.md", "Alpha", question("alpha-1"), question("alpha-2"));
    const before = await bankState();
    const dryRun = await checkImport(db, [alpha], "keep-stored");
    expect(dryRun.errors).toEqual([]);
    expect(dryRun.plan?.counts).toMatchObject({ added: 2, changed: 0, archived: 0 });
    expect(dryRun.plan?.sets[0]).toMatchObject({ slug: "alpha", isNew: true, file: "alpha.md" });
    expect(await bankState()).toEqual(before);

    const applied = await apply([alpha], dryRun.plan!.fingerprint);
    expect(applied).toMatchObject({ ok: true, summary: { created: 2 } });
    const set = await db.questionSet.findUniqueOrThrow({ where: { slug: "alpha" }, select: { sourcePath: true } });
    expect(set.sourcePath).toBe("content/questions/alpha.md");
    const versions = await db.questionVersion.findMany({ where: { questionId: "alpha-1" }, select: { origin: true, version: true } });
    expect(versions).toEqual([{ origin: "import", version: 1 }]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "bank.import" }, select: { details: true, targetId: true } });
    expect(audit).toMatchObject({ targetId: "alpha", details: { added: 2 } });
  });

  it("changes nothing when the same file is applied twice", async () => {
    const alpha = file("alpha.md", "Alpha", question("alpha-1"), question("alpha-2"));
    const before = await bankState();
    const again = await apply([alpha]);
    expect(again).toMatchObject({ ok: true, summary: null, plan: { counts: { unchanged: 2, added: 0, changed: 0 } } });
    expect(await bankState()).toEqual(before);
  });

  it("shows a changed question with a text diff and a removed one as archived", async () => {
    const alpha = file("alpha.md", "Alpha", question("alpha-1", "Question alpha-1?", "A better answer."), question("alpha-3"));
    const dryRun = await checkImport(db, [alpha], "keep-stored");
    expect(dryRun.plan?.counts).toMatchObject({ added: 1, changed: 1, archived: 1, unchanged: 0 });
    const changed = dryRun.plan!.sets[0]!.changes.find((change) => change.id === "alpha-1")!;
    expect(changed).toMatchObject({ kind: "changed", fromVersion: 1 });
    expect(changed.diff).toEqual(
      expect.arrayContaining([
        { kind: "removed", text: "An answer.\n" },
        { kind: "added", text: "A better answer.\n" },
      ]),
    );
    expect(dryRun.plan!.sets[0]!.changes.find((change) => change.id === "alpha-2")).toMatchObject({ kind: "archived" });

    expect(await apply([alpha], dryRun.plan!.fingerprint)).toMatchObject({ ok: true, summary: { created: 1, updated: 1, archived: 1 } });
    const rows = await db.question.findMany({ where: { setId: { not: undefined }, id: { startsWith: "alpha" } }, orderBy: { id: "asc" }, select: { id: true, version: true, archived: true } });
    expect(rows).toEqual([
      { id: "alpha-1", version: 2, archived: false },
      { id: "alpha-2", version: 1, archived: true },
      { id: "alpha-3", version: 1, archived: false },
    ]);
  });

  it("reports a set's own changes (title) and applies them", async () => {
    const renamed = file("alpha.md", "Alpha renamed", question("alpha-1", "Question alpha-1?", "A better answer."), question("alpha-3"));
    const dryRun = await checkImport(db, [renamed], "keep-stored");
    expect(dryRun.plan?.sets[0]?.setChanges).toEqual(['title: "Alpha" → "Alpha renamed"']);
    await apply([renamed]);
    expect(await db.questionSet.findUniqueOrThrow({ where: { slug: "alpha" }, select: { title: true } })).toEqual({ title: "Alpha renamed" });
  });

  it("refuses to apply when the bank changed after the dry run", async () => {
    const alpha = file("alpha.md", "Alpha renamed", question("alpha-1", "Question alpha-1?", "Third wording."), question("alpha-3"));
    const dryRun = await checkImport(db, [alpha], "keep-stored");
    await db.question.update({ where: { id: "alpha-1" }, data: { version: { increment: 1 } } });
    const before = await bankState();
    const result = await apply([alpha], dryRun.plan!.fingerprint);
    expect(result).toMatchObject({ ok: false, stale: true });
    expect(await bankState()).toEqual(before);
    await db.question.update({ where: { id: "alpha-1" }, data: { version: { decrement: 1 } } });
  });
});

describe("import: nothing is written when anything is wrong", () => {
  it("leaves the bank untouched when one file of a batch is broken, naming the file, line and text", async () => {
    const good = file("gamma.md", "Gamma", question("gamma-1"));
    const broken = { sourcePath: "delta.md", bytes: encode("---\ntitle: Delta\n---\n\n## No metadata here\n\n### Answer\n\nx\n") };
    const before = await bankState();
    const result = await apply([good, broken]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ file: "delta.md", line: 5, source: "## No metadata here" });
    expect(result.errors[0]!.message).toMatch(/difficulty/);
    expect(await bankState()).toEqual(before);
  });

  it("refuses a question id that another set of the bank holds", async () => {
    const thief = file("epsilon.md", "Epsilon", question("alpha-3"));
    const result = await checkImport(db, [thief], "keep-stored");
    expect(result.plan).toBeNull();
    expect(result.errors).toEqual([
      {
        file: "epsilon.md",
        line: 5,
        source: "## Question alpha-3?",
        message: 'question id "alpha-3" already belongs to the set "alpha" (content/questions/alpha.md): remove it there, or import both files together',
      },
    ]);
  });

  it("refuses files over the size limit, binary files, repetition bombs, non-UTF-8 and too many questions", async () => {
    const huge = { sourcePath: "huge.md", bytes: new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61) };
    const binary = { sourcePath: "binary.md", bytes: encode("---\ntitle: B\n---\n\nline two\0") };
    const bomb = { sourcePath: "bomb.md", bytes: encode(`---\ntitle: Bomb\n---\n\n${"## Same?\n\n".repeat(40_000)}`) };
    const latin1 = { sourcePath: "latin1.md", bytes: Uint8Array.from([...encode("---\ntitle: Caf"), 0xe9, ...encode("\n---\n")]) };
    const many = file("many.md", "Many", ...Array.from({ length: MAX_QUESTIONS_PER_FILE + 1 }, (_, i) => question(`many-${i}`)));
    const before = await bankState();
    const result = await checkImport(db, [huge, binary, bomb, latin1, many, file("fine.md", "Fine", question("fine-1"))], "keep-stored");
    expect(result.plan).toBeNull();
    const byFile = Object.fromEntries(result.errors.map((error) => [error.file, `${error.line}: ${error.message}`]));
    expect(byFile["huge.md"]).toMatch(/^1: file is 5\.0 MB; the limit is 5\.0 MB per file/);
    expect(byFile["binary.md"]).toMatch(/^5: file contains binary data/);
    expect(byFile["bomb.md"]).toMatch(/^1: file is mostly repeated text/);
    expect(byFile["latin1.md"]).toMatch(/^2: file is not valid UTF-8/);
    expect(byFile["many.md"]).toMatch(new RegExp(`^\\d+: ${MAX_QUESTIONS_PER_FILE + 1} questions in one file; the limit is ${MAX_QUESTIONS_PER_FILE}`));
    expect(byFile["fine.md"]).toBeUndefined();
    expect(await bankState()).toEqual(before);
  }, 120_000); // parsing 2,001 questions takes a while on a busy 2-core machine
});
