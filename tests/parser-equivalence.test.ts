// The question-set parser moved from remark (micromark) and gray-matter (js-yaml 3) to
// markdown-it's block parser and `yaml` 2 (docs/performance.md says why). Its output must not
// change: this runs the old parser (kept in tests/reference-parser/) and the new one on every file
// in content/, on the property-test generators and on a hostile corpus, and requires equal
// results. The old parser is kept rather than a corpus of its outputs because the generators draw
// new inputs on every run and the content writers add files; both must keep being compared.
//
// Intended differences, each tested below: a YAML syntax error's wording (the library's own); an
// alias bomb or Markdown nested past MAX_NESTING is refused (the old parser took gigabytes or
// dropped nothing); a front-matter key's line comes from the YAML parser, so a key in a flow
// mapping is reported on its own line.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_NESTING } from "@/lib/content/markdown-structure";
import { type ParseResult, parseQuestionSet } from "@/lib/content/parse-question-set";
import { FILE, junkLine, layout, mutate, mutation, oddLayout, parsedSet, render, setModel } from "@/lib/content/question-set-arbitraries";
import { hostileFiles, questionFile, yamlAliasBomb } from "./hostile-markdown";
import { parseQuestionSet as parseWithRemark } from "./reference-parser/parse-question-set";

const YAML_ERROR = /^front matter is not valid YAML: .*/s;

/**
 * A result with YAML syntax errors' wording and line left out: each library words its errors in
 * its own way, and finds some where it stops making sense of the text, which can be a later line
 * (the common ones are on the same line; tested below). A front-matter key's line is the YAML
 * parser's now; the old parser searched for "key:" at the start of a line and fell back to the
 * first line of the front matter (line 2) when it was written otherwise ("[a]:", a flow mapping):
 * where `reference` has that fallback for the same message, it is taken.
 */
function comparable(result: ParseResult, reference?: ParseResult): ParseResult {
  const fallback = new Set(reference?.errors.filter((error) => error.line === 2 && FRONT_MATTER_KEY_ERROR.test(error.message)).map((error) => error.message));
  return {
    ...result,
    errors: result.errors
      .map((error) => (fallback.has(error.message) ? { ...error, line: 2 } : error))
      .map((error) => (YAML_ERROR.test(error.message) ? { ...error, line: 0, message: "front matter is not valid YAML: …" } : error))
      .sort((a, b) => a.line - b.line || (a.message < b.message ? -1 : 1)),
  };
}

const FRONT_MATTER_KEY_ERROR = /^(?:unknown front matter key|front matter "|slug |audience must)/;

function expectSameAsRemark(source: string | Uint8Array, file = FILE) {
  const expected = parseWithRemark(source, file);
  const label = typeof source === "string" ? source.slice(0, 300) : file;
  expect(comparable(parseQuestionSet(source, file), expected), label).toEqual(comparable(expected));
}

function markdownFilesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return markdownFilesUnder(full);
    return entry.name.endsWith(".md") ? [full] : [];
  });
}

// remark is the slow side (about 0.4 MB/s): allow for a busy machine.
const SLOW = { timeout: 300_000 };

describe("the markdown-it parser reads question sets as the remark parser did", () => {
  it("on every file in content/", SLOW, () => {
    const files = markdownFilesUnder("content");
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expectSameAsRemark(readFileSync(file), file);
  });

  it("on generated valid sets and their mutations", SLOW, () => {
    fc.assert(
      fc.property(setModel, fc.array(mutation, { maxLength: 6 }), (model, mutations) => {
        const { source } = render(model);
        expectSameAsRemark(source);
        expectSameAsRemark(mutate(source, mutations));
      }),
      { numRuns: 150 },
    );
  });

  it("on sets laid out in every way the parser accepts", SLOW, () => {
    fc.assert(
      fc.property(parsedSet, layout, (set, choices) => {
        expectSameAsRemark(oddLayout(set, choices));
      }),
      { numRuns: 200 },
    );
  });

  it("on junk lines and random bytes", SLOW, () => {
    const junk = fc.array(fc.oneof(junkLine, fc.constantFrom("\r\n", "\uFEFF", ":", "-", "#", "`", "[^1]:", "| a |", "<div>")), { maxLength: 40 });
    fc.assert(
      fc.property(junk, (lines) => {
        expectSameAsRemark(lines.join("\n"));
        expectSameAsRemark(questionFile({ answer: lines.join("\n") }));
        expectSameAsRemark(questionFile({ keyPoints: `- ${lines.join("\n")}` }));
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => expectSameAsRemark(bytes)),
      { numRuns: 200 },
    );
  });

  it.each(hostileFiles(40).map((file) => [file.name, file] as const))("on a hostile file: %s", SLOW, (_name, file) => {
    expectSameAsRemark(file.source);
  });
});

describe("where the new parser differs on purpose", () => {
  it.each([
    ["a badly indented key", "title: Test\n  slug: x", 3],
    ["a duplicate key", "title: One\ntitle: Two", 3],
    ["an unclosed flow sequence", "title: [Test\nslug: x", 3],
  ])("words YAML syntax errors in its own way, on the same line: %s", (_name, frontMatter, line) => {
    const source = questionFile({ frontMatter });
    for (const parse of [parseQuestionSet, parseWithRemark]) {
      expect(parse(source, FILE).errors).toEqual([{ file: FILE, line, message: expect.stringMatching(YAML_ERROR) }]);
    }
  });

  it("refuses a tab as indentation in the front matter, as the YAML spec does (js-yaml 3 read it as text)", () => {
    const source = questionFile({ frontMatter: "title: Test\n\tslug: x" });
    expect(parseWithRemark(source, FILE).errors).toEqual([]);
    expect(parseQuestionSet(source, FILE).errors).toEqual([{ file: FILE, line: 3, message: "front matter is not valid YAML: Tabs are not allowed as indentation" }]);
  });

  it("refuses a YAML alias bomb at the alias, without expanding it", () => {
    const source = questionFile({ frontMatter: yamlAliasBomb() });
    const result = parseQuestionSet(source, FILE);
    expect(result.set).toBeNull();
    expect(result.errors).toEqual([{ file: FILE, line: 4, message: expect.stringMatching(/^front matter is not valid YAML: its aliases \(\*name\) expand too far/) }]);
  });

  it(`refuses lists nested more than ${MAX_NESTING} deep (or quotes twice that), where markdown-it would stop reading`, () => {
    for (const answer of [`${"- ".repeat(MAX_NESTING + 1)}x`, `${">".repeat(2 * MAX_NESTING + 1)} x`]) {
      const source = questionFile({ answer });
      const line = source.split("\n").indexOf(answer) + 1;
      expect(parseQuestionSet(source, FILE).errors).toContainEqual({ file: FILE, line, message: expect.stringContaining(`more than ${MAX_NESTING} lists inside each other`) });
    }
    // At the limit, both parsers agree.
    expectSameAsRemark(questionFile({ answer: `${"- ".repeat(MAX_NESTING - 4)}x` }));
  });

  it("reports a front-matter key inside a flow mapping on the key's own line", () => {
    const source = questionFile({ frontMatter: "{\n  title: T,\n  colour: red\n}" });
    expect(parseQuestionSet(source, FILE).errors).toEqual([{ file: FILE, line: 4, message: 'unknown front matter key "colour": allowed keys are title, slug, description, audience' }]);
  });
});
