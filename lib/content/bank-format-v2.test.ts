// The bank format's v2 fields in the database: stored, versioned, exported losslessly, read from
// data stored before them, and the bank rules applied by the seed and imports against the bank.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../tests/test-database";
import type { Database } from "../db-client";
import { createInterview, startInterview } from "../interviews/builder";
import { readAskedQuestion } from "../scoring/asked-question";
import { exportQuestionSet } from "./export-question-set";
import { importQuestionFiles } from "./import-question-files";
import { parseQuestionSet } from "./parse-question-set";
import { checkImport } from "./dry-run-and-apply";
import { readQuestionSnapshot } from "./question-text";
import { readBankSet } from "./read-bank-set";

let db: Database;
const folder = path.join(".data", `test-v2-${process.pid}-${Date.now()}`);
const NOW = new Date("2026-12-07T09:00:00Z");

beforeAll(async () => {
  ({ prisma: db } = await createTestDatabase());
  mkdirSync(folder, { recursive: true });
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function question(id: string, { metadata = "", followUp = "- Why?\n  Listen for: because it fails over." } = {}) {
  return `## Question ${id}?\n\nid: ${id}\ndifficulty: medium\ncompetency: Reliability\nreviewed: 2026-11${metadata}\n\n### Answer\n\nAn answer.\n\n### Key points\n\n- A point\n\n### Follow-ups\n\n${followUp}\n`;
}

function writeSet(name: string, body: string, introduction = "") {
  const file = path.join(folder, `${name}.md`);
  writeFileSync(file, `---\ntitle: ${name}\nslug: ${name}\n---\n\n${introduction === "" ? "" : `${introduction}\n\n`}${body}`);
  return file.split(path.sep).join("/");
}

const PAIR = `${question("v2-asked", { metadata: "\naudience: interview\npractice-twin: v2-asked-practice" })}\n${question("v2-asked-practice", { metadata: "\naudience: practice" })}`;

describe("v2 fields in the database", () => {
  it("stores reviewed, the twin, Listen for and the introduction, and exports the file back byte for byte", async () => {
    const file = writeSet("v2-pair", PAIR, "How to use this set.\n\n#### Ratings\n\nOn evidence.");
    const result = await importQuestionFiles(db, [file], NOW);
    expect(result.errors).toEqual([]);
    const row = await db.question.findUniqueOrThrow({ where: { id: "v2-asked" }, select: { reviewed: true, practiceTwinId: true, followUps: true, followUpListenFor: true } });
    expect(row).toEqual({ reviewed: "2026-11", practiceTwinId: "v2-asked-practice", followUps: ["Why?"], followUpListenFor: ["because it fails over."] });
    const set = await readBankSet(db, "v2-pair");
    expect(set?.introduction).toBe("How to use this set.\n\n#### Ratings\n\nOn evidence.");
    const exported = exportQuestionSet(set!);
    const parsed = parseQuestionSet(exported, file);
    expect(parsed.errors).toEqual([]);
    expect(exportQuestionSet(parsed.set!)).toBe(exported);
    expect(exported).toContain("reviewed: 2026-11\npractice-twin: v2-asked-practice\n");
    expect(exported).toContain("- Why?\n  Listen for: because it fails over.\n");
  });

  it("makes a new version when only reviewed or a Listen for changes; the old version and a started interview keep theirs", async () => {
    const recruiter = await db.user.create({ data: { email: "v2-rec@example.com", role: "RECRUITER" }, select: { id: true, role: true } });
    const candidate = await db.candidate.create({ data: { name: "Vee" }, select: { id: true } });
    const created = await createInterview(db, recruiter, { candidateId: candidate.id, title: "Screen", panel: [recruiter.id], fromSet: "v2-pair" });
    if (!created.ok) throw new Error(created.message);
    expect((await startInterview(db, recruiter, created.value)).ok).toBe(true);
    const asked = () => db.sessionQuestion.findFirstOrThrow({ where: { sessionId: created.value, questionId: "v2-asked" }, select: { questionVersion: true, snapshot: true } });
    const before = await asked();

    const file = writeSet("v2-pair", PAIR.replace("reviewed: 2026-11", "reviewed: 2026-12").replace("because it fails over.", "it fails over to the standby."));
    const result = await importQuestionFiles(db, [file], NOW);
    expect(result.errors).toEqual([]);
    expect(result.summary).toMatchObject({ updated: 1, unchanged: 1 });
    const versions = await db.questionVersion.findMany({ where: { questionId: "v2-asked" }, orderBy: { version: "asc" }, select: { version: true, snapshot: true } });
    expect(versions.map((version) => [version.version, readQuestionSnapshot(version.snapshot).reviewed, readQuestionSnapshot(version.snapshot).followUps[0]?.listenFor])).toEqual([
      [1, "2026-11", "because it fails over."],
      [2, "2026-12", "it fails over to the standby."],
    ]);
    expect(await asked()).toEqual(before);
    expect(before.questionVersion).toBe(1);
    expect(readAskedQuestion(before.snapshot).followUps).toEqual([{ question: "Why?", listenFor: "because it fails over." }]);
  });

  it("reads follow-ups stored before Listen for had its own column, in rows and in snapshots", async () => {
    // As the migration leaves an older row: the line still in the text, no entry in followUpListenFor.
    await db.question.update({ where: { id: "v2-asked-practice" }, data: { followUps: ["Why?\nListen for: the old way."], followUpListenFor: [] } });
    const set = await readBankSet(db, "v2-pair");
    expect(set?.questions.find((q) => q.id === "v2-asked-practice")?.followUps).toEqual([{ question: "Why?", listenFor: "the old way." }]);
    // A started interview's snapshot from before v2: strings, no reviewed, no twin.
    const old = { title: "Old?", answer: "A.", keyPoints: ["P"], followUps: ["What then?\n  Listen for: the fallback.", "And?"], scoring: [] };
    expect(readAskedQuestion(old).followUps).toEqual([
      { question: "What then?", listenFor: "the fallback." },
      { question: "And?", listenFor: null },
    ]);
    expect(readQuestionSnapshot(old)).toMatchObject({ reviewed: null, practiceTwin: null, followUps: [{ question: "What then?", listenFor: "the fallback." }, { question: "And?", listenFor: null }] });
  });
});

describe("the bank rules on the seed and imports, against the bank", () => {
  it("refuses an unknown competency and a future month at file:line, and writes nothing", async () => {
    const file = writeSet("v2-rules", question("v2-rules-1").replace("competency: Reliability", "competency: Reliabilty").replace("reviewed: 2026-11", "reviewed: 2027-02"));
    const result = await importQuestionFiles(db, [file], NOW);
    expect(result.errors).toEqual([
      { file, line: 10, message: 'unknown competency "Reliabilty": did you mean "Reliability"? (add a new one to content/competencies.yaml first)' },
      { file, line: 11, message: "reviewed 2027-02 is in the future (it is 2026-12 now): write the month the question was last checked" },
    ]);
    expect(await db.question.findUnique({ where: { id: "v2-rules-1" } })).toBeNull();
  });

  it("finds a twin stored in another set, and refuses a claim on a twin the bank already gave away", async () => {
    const borrower = writeSet("v2-borrower", question("v2-borrower-1", { metadata: "\naudience: interview\npractice-twin: v2-asked-practice" }));
    const result = await importQuestionFiles(db, [borrower], NOW);
    expect(result.errors).toEqual([
      { file: borrower, line: 13, message: expect.stringMatching(/^practice twin "v2-asked-practice" is already the twin of "v2-asked" \(.*v2-pair\.md:6\)/) },
    ]);
    const free = writeSet("v2-free", question("v2-free-practice", { metadata: "\naudience: practice" }));
    expect((await importQuestionFiles(db, [free], NOW)).errors).toEqual([]);
    writeSet("v2-borrower", question("v2-borrower-1", { metadata: "\naudience: interview\npractice-twin: v2-free-practice" }));
    expect((await importQuestionFiles(db, [borrower], NOW)).errors).toEqual([]);
    expect(await db.question.findUniqueOrThrow({ where: { id: "v2-borrower-1" }, select: { practiceTwinId: true } })).toEqual({ practiceTwinId: "v2-free-practice" });
  });

  it("refuses an import that takes a twin away from a question in another set, naming where that question is", async () => {
    // The twin's set without it: the twin would be archived.
    const emptied = writeSet("v2-free", question("v2-free-other", { metadata: "\naudience: practice" }));
    const dryRun = await checkImport(db, [{ sourcePath: emptied, bytes: new TextEncoder().encode(await readFileText(emptied)) }], "keep-stored");
    expect(dryRun.plan).toBeNull();
    expect(dryRun.errors).toEqual([
      { file: expect.stringMatching(/v2-borrower\.md$/), line: 6, message: expect.stringMatching(/^practice twin "v2-free-practice" would be archived: it is no longer in .*v2-free\.md; keep it there, or name another practice question here first$/) },
    ]);
    // Made interview-only instead: refused too.
    const reaudienced = writeSet("v2-free", question("v2-free-practice", { metadata: "\naudience: interview\npractice-twin: v2-free-other" }) + "\n" + question("v2-free-other", { metadata: "\naudience: practice" }));
    const again = await checkImport(db, [{ sourcePath: reaudienced, bytes: new TextEncoder().encode(await readFileText(reaudienced)) }], "keep-stored");
    expect(again.errors.map((error) => error.message)).toEqual(['practice twin "v2-free-practice" is interview-only: a twin must be practice-only or for both, so candidates can practise the concept']);
  });
});

async function readFileText(file: string) {
  const { readFile } = await import("node:fs/promises");
  return readFile(file, "utf8");
}
