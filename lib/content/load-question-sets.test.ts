import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkDuplicates, loadQuestionSets } from "./load-question-sets";
import { parseQuestionSet } from "./parse-question-set";
import type { ParsedQuestion, ParsedSet } from "./schema";

describe("the real question bank (content/questions)", async () => {
  const { sets, errors } = await loadQuestionSets();

  it("parses without errors", () => {
    expect(errors).toEqual([]);
    expect(sets.length).toBeGreaterThan(0);
  });

  it("has at least 12 questions in every set", () => {
    for (const set of sets) expect(set.questions.length, set.sourcePath).toBeGreaterThanOrEqual(12);
  });

  it("gives every question all five sections", () => {
    for (const set of sets) {
      for (const question of set.questions) {
        const where = `${set.sourcePath}:${question.line}`;
        expect(question.answer, where).not.toBe("");
        expect(question.keyPoints.length, where).toBeGreaterThan(0);
        expect(question.redFlags.length, where).toBeGreaterThan(0);
        expect(question.followUps.length, where).toBeGreaterThan(0);
        expect(question.scoring, where).toHaveLength(4);
      }
    }
  });

  it("uses unique question ids and set slugs", () => {
    const ids = sets.flatMap((set) => set.questions.map((question) => question.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(sets.map((set) => set.slug)).size).toBe(sets.length);
  });

  it("reports paths relative to the working directory, with forward slashes", () => {
    for (const set of sets) expect(set.sourcePath).toMatch(/^content\/questions\/[^\\]+\.md$/);
  });
});

function questionFile(title: string, ids: string[]): string {
  const questions = ids.map((id) => `## Question ${id}?\n\nid: ${id}\ndifficulty: easy\nreviewed: 2026-12\n\n### Answer\n\nAn answer.\n\n### Key points\n\n- A point\n`);
  return `---\ntitle: ${title}\n---\n\n${questions.join("\n")}`;
}

describe("loadQuestionSets on files and folders", () => {
  let folder: string;
  const rel = (...parts: string[]) => path.relative(process.cwd(), path.join(folder, ...parts)).split(path.sep).join("/");

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), "question-sets-"));
    await mkdir(path.join(folder, "nested"));
    await writeFile(path.join(folder, "alpha.md"), questionFile("Alpha", ["shared-id", "alpha-only"]));
    await writeFile(path.join(folder, "nested", "beta.md"), questionFile("Beta", ["beta-only", "shared-id"]));
    await writeFile(path.join(folder, "README.md"), "# Not a question set\n");
    await writeFile(path.join(folder, "notes.txt"), "ignored");
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it("reads *.md files recursively, skips README.md, and reports duplicate ids naming both places", async () => {
    const { sets, errors } = await loadQuestionSets([folder]);
    expect(sets.map((set) => set.sourcePath)).toEqual([rel("alpha.md"), rel("nested", "beta.md")]);
    expect(errors).toEqual([
      // Each generated question is 14 lines, so beta's second question is on line 5 + 14.
      { file: rel("nested", "beta.md"), line: 19, message: `duplicate question id "shared-id": also defined at ${rel("alpha.md")}:5` },
    ]);
  });

  it("accepts individual files, reading each file once", async () => {
    const alpha = path.join(folder, "alpha.md");
    const { sets, errors } = await loadQuestionSets([alpha, folder, alpha]);
    expect(errors).toHaveLength(1);
    expect(sets.map((set) => set.slug)).toEqual(["alpha", "beta"]);
  });

  it("reports a path that does not exist", async () => {
    const { sets, errors } = await loadQuestionSets([path.join(folder, "missing.md")]);
    expect(sets).toEqual([]);
    expect(errors).toEqual([{ file: rel("missing.md"), line: 1, message: "no such file or folder" }]);
  });

  it("sorts errors by file, then line", async () => {
    const broken = path.join(folder, "broken");
    await mkdir(broken);
    await writeFile(path.join(broken, "b.md"), "---\ntitle: B\n---\n\n## Q?\n\ndificulty: easy\n");
    await writeFile(path.join(broken, "a.md"), "");
    const { errors } = await loadQuestionSets([broken]);
    expect(errors.map((error) => `${path.basename(error.file)}:${error.line}`)).toEqual(["a.md:1", "b.md:5", "b.md:5", "b.md:7", "b.md:7"]);
  });

  it("checks the bank rules at file:line: competencies, reviewed months and practice twins across files", async () => {
    const rules = path.join(folder, "rules");
    await mkdir(rules);
    const question = (id: string, metadata: string) => `## ${id}?\n\nid: ${id}\ndifficulty: easy\n${metadata}\n\n### Answer\n\nA.\n\n### Key points\n\n- P\n`;
    await writeFile(path.join(rules, "one.md"), `---\ntitle: One\n---\n\n${question("asked", "audience: interview\nreviewed: 2026-12\npractice-twin: practised")}`);
    await writeFile(
      path.join(rules, "two.md"),
      `---\ntitle: Two\n---\n\n${question("practised", "audience: practice\nreviewed: 2026-12\ncompetency: Reliabilty")}\n${question("later", "reviewed: 2027-01")}\n${question("unchecked", "audience: interview")}`,
    );
    const { errors } = await loadQuestionSets([rules], { now: new Date("2026-12-07T00:00:00Z") });
    expect(errors.map((error) => [path.basename(error.file), error.line, error.message])).toEqual([
      ["two.md", 11, 'unknown competency "Reliabilty": did you mean "Reliability"? (add a new one to content/competencies.yaml first)'],
      ["two.md", 25, "reviewed 2027-01 is in the future (it is 2026-12 now): write the month the question was last checked"],
      ["two.md", 35, 'question "unchecked?" has no "reviewed:" line: add "reviewed: 2026-12" once you have checked it against the documentation'],
      ["two.md", 35, 'interview-only question "unchecked?" has no practice twin: add "practice-twin: <id>" naming a practice question on the same concept in another scenario'],
    ]);
  });

  it("finds practice twins in content/questions when given one file, and the claims already made there", async () => {
    const single = path.join(folder, "single.md");
    const withTwin = (twin: string) => `---\ntitle: Single\n---\n\n## Q?\n\nid: uses-bank-twin\ndifficulty: easy\naudience: interview\nreviewed: 2026-12\npractice-twin: ${twin}\n\n### Answer\n\nA.\n\n### Key points\n\n- P\n`;
    await writeFile(single, withTwin("sre-three-signals"));
    expect((await loadQuestionSets([single])).errors).toEqual([]);
    await writeFile(single, withTwin("sre-error-budget-policy-practice"));
    expect((await loadQuestionSets([single])).errors).toEqual([
      { file: rel("single.md"), line: 11, message: expect.stringMatching(/^practice twin "sre-error-budget-policy-practice" is already the twin of "sre-error-budget-policy" \(content\/questions\/observability-sre\.md:\d+\)/) },
    ]);
  });
});

describe("checkDuplicates", () => {
  const question = (id: string, line: number) => ({ id, line }) as ParsedQuestion;
  const set = (slug: string, sourcePath: string, questions: ParsedQuestion[]) => ({ slug, sourcePath, questions }) as ParsedSet;

  it("reports repeated question ids and set slugs where they repeat, naming the first place", () => {
    const sets = [
      set("one", "content/questions/one.md", [question("a", 5), question("b", 40)]),
      set("two", "content/questions/two.md", [question("c", 5), question("a", 60)]),
      set("one", "content/questions/one-again.md", [question("b", 8)]),
    ];
    expect(checkDuplicates(sets)).toEqual([
      { file: "content/questions/two.md", line: 60, message: 'duplicate question id "a": also defined at content/questions/one.md:5' },
      { file: "content/questions/one-again.md", line: 1, message: 'duplicate set slug "one": also used by content/questions/one.md' },
      { file: "content/questions/one-again.md", line: 8, message: 'duplicate question id "b": also defined at content/questions/one.md:40' },
    ]);
  });

  it("finds nothing in distinct sets", () => {
    const parsed = parseQuestionSet(questionFile("Solo", ["x", "y"]), "solo.md").set!;
    expect(checkDuplicates([parsed])).toEqual([]);
  });
});
