// `npm run content:import`, run as a user runs it: dry run by default, --apply writes, errors write nothing.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase } from "../tests/test-database";
import { runCli } from "../tests/run-cli";
import type { Database } from "../lib/db-client";

// Every test starts a real process (tsx start-up, a database): allow for a busy 2-core machine.
vi.setConfig({ testTimeout: 120_000 });

let db: Database;
let url: string;
const folder = path.join(".data", `test-content-import-${process.pid}`);
const importCli = (...args: string[]) => runCli("scripts/content-import.ts", args, { DATABASE_URL: url });

function writeSet(name: string, answer: string) {
  const file = path.join(folder, `${name}.md`);
  writeFileSync(
    file,
    `---\ntitle: ${name}\n---\n\n## What is ${name}?\n\nid: ${name}-1\ndifficulty: easy\nreviewed: 2026-12\n\n### Answer\n\n${answer}\n\n### Key points\n\n- A point\n`,
  );
  return file;
}

beforeAll(async () => {
  ({ prisma: db, url } = await createTestDatabase());
  mkdirSync(folder, { recursive: true });
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("npm run content:import", () => {
  it("lists the changes in a dry run and writes nothing", async () => {
    writeSet("kappa", "First answer.");
    const result = await importCli(folder);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${folder}/kappa.md → new set "kappa" (kappa): 1 added`);
    expect(result.stdout).toContain("+ added    kappa-1  What is kappa?");
    expect(result.stdout).toContain("Dry run: nothing was written.");
    expect(await db.question.count()).toBe(0);
  });

  it("applies with --apply, keeps the file's path, and a second run finds nothing to do", async () => {
    const applied = await importCli(folder, "--apply");
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain("Applied");
    expect(await db.questionSet.findUniqueOrThrow({ where: { slug: "kappa" }, select: { sourcePath: true } })).toEqual({ sourcePath: `${folder}/kappa.md` });
    const again = await importCli(folder, "--apply");
    expect(again.stdout).toContain("Nothing to apply");
  });

  it("shows the text of a change with --diff", async () => {
    writeSet("kappa", "Second answer.");
    const result = await importCli(folder, "--diff");
    expect(result.stdout).toContain("~ changed  kappa-1 (v1)  What is kappa?");
    expect(result.stdout).toContain("- First answer.");
    expect(result.stdout).toContain("+ Second answer.");
  });

  it("prints file:line, the offending line, and writes nothing when a file is broken", async () => {
    writeFileSync(path.join(folder, "lambda.md"), "---\ntitle: Lambda\n---\n\n## Broken?\n\ndifficulty: impossible\n\n### Answer\n\nx\n\n### Key points\n\n- y\n");
    const result = await importCli(folder, "--apply");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${folder}/lambda.md:7: `);
    expect(result.stderr).toContain("    | difficulty: impossible");
    expect(result.stderr).toContain("nothing was written");
    const kappa = await db.question.findUniqueOrThrow({ where: { id: "kappa-1" }, select: { answer: true } });
    expect(kappa.answer).toBe("First answer.");
  });

  it("explains its usage without arguments", async () => {
    const result = await importCli();
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("usage: npm run content:import");
  });
});
