// The command-line tools, run as a user runs them (a real process, a real database).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { setMeaning } from "../tests/set-meaning";
import { runCli } from "../tests/run-cli";
import { createTestDatabase } from "../tests/test-database";
import { makeQuestion, makeSet } from "../tests/factories";
import { importQuestionFiles } from "../lib/content/import-question-files";
import { loadQuestionSets } from "../lib/content/load-question-sets";
import { parseQuestionSet } from "../lib/content/parse-question-set";
import { seedQuestionBank } from "../lib/content/seed-question-bank";
import type { Database } from "../lib/db-client";
import { upsertUser } from "../lib/users/create-user";
import { targetPath } from "./content-export";

// Every test starts a real process (tsx start-up, a database): allow for a busy 2-core machine.
vi.setConfig({ testTimeout: 120_000 });

let db: Database;
let url: string;
const folder = path.join(".data", `test-cli-${process.pid}`);

const cli = (script: string, args: string[], env: Record<string, string> = {}) => runCli(script, args, { DATABASE_URL: url, ...env });

beforeAll(async () => {
  ({ prisma: db, url } = await createTestDatabase());
  mkdirSync(folder, { recursive: true });
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("npm run content:check", () => {
  it("passes the real bank and prints it as JSON with --json", async () => {
    const result = await cli("scripts/content-check.ts", ["--json"]);
    expect(result.code).toBe(0);
    const { sets } = JSON.parse(result.stdout) as { sets: { slug: string; questions: { id: string; keyPoints: string[] }[] }[] };
    const files = readdirSync("content/questions")
      .filter((file) => file.endsWith(".md"))
      .map((file) => file.replace(/\.md$/, ""));
    expect(sets.map((set) => set.slug).sort()).toEqual(files.sort());
    expect(sets[0]?.questions[0]?.keyPoints.length).toBeGreaterThan(0);
  });

  it("prints file:line: message for a broken file and exits non-zero", async () => {
    const file = path.join(folder, "broken.md");
    writeFileSync(file, "---\ntitle: Broken\n---\n\n## A question\n\ndifficulty: easy\n\n### Answer\n\nYes.\n\n### Keypoints\n\n- a\n");
    const result = await cli("scripts/content-check.ts", [file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`${file}:13: unknown section "Keypoints": did you mean "Key points"?`);
  });
});

describe("npm run content:export", () => {
  beforeAll(async () => {
    expect((await importQuestionFiles(db)).errors).toEqual([]);
  }, 120_000);

  it("writes the named sets to --out, and the files parse to what content/ says", async () => {
    const out = path.join(folder, "named");
    const result = await cli("scripts/content-export.ts", ["ec2", "devops", "--out", out]);
    expect(result.code).toBe(0);
    const { sets } = await loadQuestionSets();
    for (const slug of ["devops", "ec2"]) {
      const original = sets.find((set) => set.slug === slug)!;
      const file = path.join(out, `${slug}.md`);
      expect(result.stdout).toContain(`Wrote ${file} (${original.questions.length} questions)`);
      const exported = parseQuestionSet(readFileSync(file), original.sourcePath);
      expect(exported.errors).toEqual([]);
      expect(setMeaning(exported.set!)).toEqual(setMeaning(original));
    }
    expect(existsSync(path.join(out, "serverless.md"))).toBe(false);
  });

  it("writes every set with --all, and a set to the file it came from by default", async () => {
    const sourcePath = path.posix.join(folder, "from-git", "cli-export.md");
    await seedQuestionBank(db, [makeSet({ slug: "cli-export", sourcePath, questions: [makeQuestion({ id: "cli-export-q" })] })]);

    const all = await cli("scripts/content-export.ts", ["--all", "--out", path.join(folder, "all")]);
    expect(all.code).toBe(0);
    // One line per set in the database: the bank's own files, plus this test's.
    expect(all.stdout.trim().split("\n")).toHaveLength(await db.questionSet.count());
    expect(readFileSync(path.join(folder, "all", "cli-export.md"), "utf8")).toContain("id: cli-export-q");

    const single = await cli("scripts/content-export.ts", ["cli-export"]);
    expect(single.code).toBe(0);
    expect(single.stdout).toBe(`Wrote ${sourcePath} (1 question)\n`);
    expect(parseQuestionSet(readFileSync(sourcePath), sourcePath).set?.questions.map((q) => q.id)).toEqual(["cli-export-q"]);
  });

  it("names an unknown slug, lists the sets, and writes nothing", async () => {
    const out = path.join(folder, "unknown");
    const result = await cli("scripts/content-export.ts", ["ec2", "no-such-set", "--out", out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('No question set "no-such-set" in the database.');
    expect(result.stderr).toMatch(/Sets in the database: .*aws-databases.*ec2/);
    expect(existsSync(out)).toBe(false);

    const usage = await cli("scripts/content-export.ts", []);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("Usage: npm run content:export -- <slug…|--all> [--out folder]");
  });

  it("writes a stored path only when it is a Markdown file inside the project", () => {
    const set = (sourcePath: string) => makeSet({ slug: "s", sourcePath });
    expect(targetPath(set("content/questions/aws.md"), undefined)).toBe("content/questions/aws.md");
    expect(targetPath(set("./e2e/fixtures/x.md"), undefined)).toBe("e2e/fixtures/x.md");
    for (const unsafe of ["../outside.md", "content/../../outside.md", "/etc/passwd.md", "content/questions/s.txt"]) {
      expect(targetPath(set(unsafe), undefined)).toBe("content/questions/s.md");
    }
    expect(targetPath(set("content/questions/aws.md"), "exports")).toBe("exports/s.md");
  });
});

describe("npm run user:create", () => {
  it("creates an admin with a generated password, then changes the role", async () => {
    const created = await cli("scripts/user-create.ts", ["--email", "Boss@Example.com", "--role", "admin"]);
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/boss@example\.com is admin\.\nPassword \(shown once\): \S{16}/);
    const user = await db.user.findUniqueOrThrow({ where: { email: "boss@example.com" }, select: { role: true, passwordHash: true } });
    expect(user.role).toBe("ADMIN");
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);

    const changed = await cli("scripts/user-create.ts", ["--email", "boss@example.com", "--role", "recruiter", "--password", "a-long-password"]);
    expect(changed.stdout).toContain("boss@example.com is recruiter.");
    expect(changed.stdout).not.toContain("Password");
  });

  it("explains a bad role or email", async () => {
    const result = await cli("scripts/user-create.ts", ["--email", "not-an-email", "--role", "king"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--email: Enter a valid email address.");
    expect(result.stderr).toContain("--role");
  });
});

describe("npm start in production", () => {
  it("refuses to start while demo accounts exist (e2e runs it with ALLOW_DEMO_ACCOUNTS=true)", async () => {
    await upsertUser(db, { email: "demo-check@example.com", password: "interview-demo", role: "ADMIN", isDemo: true });
    const refused = await cli("scripts/start.ts", [], { NODE_ENV: "production", SKIP_MIGRATIONS: "true", NEXTAUTH_SECRET: "x".repeat(32) });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("Refusing to start in production: demo accounts exist");
    expect(refused.stderr).toContain("demo-check@example.com");

    await cli("scripts/user-remove-demo.ts", []);
    expect(await db.user.count({ where: { isDemo: true } })).toBe(0);
  });

  it("refuses to start against a real database without NEXTAUTH_SECRET, instead of failing every request", async () => {
    const refused = await cli("scripts/start.ts", [], { NODE_ENV: "production", SKIP_MIGRATIONS: "true", NEXTAUTH_SECRET: "" });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("Refusing to start in production: NEXTAUTH_SECRET is not set");
  });
});
