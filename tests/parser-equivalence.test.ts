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
//
// Since then the format has grown (v2, issue 15), and the comparison covers what both parsers
// read. The old parser (with its schema, frozen in tests/reference-parser/) knows nothing of the
// `reviewed:` and `practice-twin:` keys or a set's introduction, so:
// - content/ files are read by it with those lines blanked (line numbers stay), and by the new
//   parser whole;
// - the generators give it sets without them (legacySetModel, legacyParsedSet);
// - the new parser's result is compared in the old one's terms: each follow-up item of the old
//   parser, split at its "Listen for:" line (splitFollowUp), must be the new parser's follow-up;
//   the new fields (introduction, reviewed, practiceTwin, keyLines) are left out.
// Where the new format refuses what the old accepted, or accepts what it refused, the difference is
// named: prose before the first question is an introduction now (a "###" there is still refused,
// in other words), and a field past the Markdown rendering limits (lib/markdown/limits.ts) is
// refused. Their own tests are in lib/content/parse-question-set.test.ts.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitFollowUp } from "@/lib/content/follow-ups";
import { MAX_NESTING } from "@/lib/content/markdown-structure";
import { type ParseResult, parseQuestionSet } from "@/lib/content/parse-question-set";
import type { ContentError } from "@/lib/content/schema";
import { FILE, junkLine, layout, legacyParsedSet, legacySetModel, mutate, mutation, oddLayout, render } from "./question-set-arbitraries";
import { hostileFiles, questionFile, yamlAliasBomb } from "./hostile-markdown";
import { type ParseResult as ReferenceResult, parseQuestionSet as parseWithRemark } from "./reference-parser/parse-question-set";

// Fixed, so CI answers the same way each run; FC_SEED=<n> explores other inputs.
const SEED = Number(process.env.FC_SEED ?? 20261207);

const YAML_ERROR = /^front matter is not valid YAML: .*/s;
/** The old parser's refusal of prose before the first question, and the new parser's of a "###" there. */
const BEFORE_FIRST_QUESTION = /^(?:content before the first question|section .* before the first question)/;
const PAST_RENDERING_LIMITS = / is too complex to show formatted: /;

interface Comparable {
  set: unknown;
  errors: ContentError[];
}

/**
 * A result with YAML syntax errors' wording and line left out: each library words its errors in
 * its own way, and finds some where it stops making sense of the text, which can be a later line
 * (the common ones are on the same line; tested below). A front-matter key's line is the YAML
 * parser's now; the old parser searched for "key:" at the start of a line and fell back to the
 * first line of the front matter (line 2) when it was written otherwise ("[a]:", a flow mapping):
 * where `reference` has that fallback for the same message, it is taken.
 */
function comparableErrors(errors: ContentError[], reference?: ReferenceResult): ContentError[] {
  const fallback = new Set(reference?.errors.filter((error) => error.line === 2 && FRONT_MATTER_KEY_ERROR.test(error.message)).map((error) => error.message));
  return (
    errors
      // Messages that list the metadata keys list the v2 keys too.
      .map((error) => ({ ...error, message: error.message.replace(V2_KEYS_IN_LIST, "") }))
      .map((error) => (fallback.has(error.message) ? { ...error, line: 2 } : error))
      .map((error) => (YAML_ERROR.test(error.message) ? { ...error, line: 0, message: "front matter is not valid YAML: …" } : error))
      .sort((a, b) => a.line - b.line || (a.message < b.message ? -1 : 1))
  );
}

const FRONT_MATTER_KEY_ERROR = /^(?:unknown front matter key|front matter "|slug |audience must)/;
const V2_KEYS_IN_LIST = /, reviewed, practice-twin(?=[);]|$)/;

/** The new parser's set in the old one's terms: without the fields the old parser had not. */
function newInOldTerms(result: ParseResult): unknown {
  if (!result.set) return null;
  const { introduction: _introduction, ...set } = result.set;
  return { ...set, questions: set.questions.map(({ reviewed: _reviewed, practiceTwin: _twin, keyLines: _lines, ...question }) => question) };
}

/** The old parser's set with each follow-up split at its "Listen for:" line, as the new parser reads it. */
function oldInNewTerms(result: ReferenceResult): unknown {
  if (!result.set) return null;
  return { ...result.set, questions: result.set.questions.map((question) => ({ ...question, followUps: question.followUps.map((item) => splitFollowUp(item).followUp ?? item) })) };
}

/**
 * Both results, comparable. Where the old parser refused prose before the first question, or the
 * new one refused a field past the rendering limits, only the other errors are compared (one set
 * is null for a reason the other parser does not have).
 */
function compared(result: ParseResult, reference: ReferenceResult): { actual: Comparable; expected: Comparable } {
  const intended = (error: ContentError) => BEFORE_FIRST_QUESTION.test(error.message) || PAST_RENDERING_LIMITS.test(error.message);
  const differs = [...result.errors, ...reference.errors].some(intended);
  return {
    actual: {
      set: differs ? "not compared" : newInOldTerms(result),
      errors: comparableErrors(
        result.errors.filter((error) => !intended(error)),
        reference,
      ),
    },
    expected: { set: differs ? "not compared" : oldInNewTerms(reference), errors: comparableErrors(reference.errors.filter((error) => !intended(error))) },
  };
}

function expectSameAsRemark(source: string | Uint8Array, file = FILE, referenceSource: string | Uint8Array = source) {
  const { actual, expected } = compared(parseQuestionSet(source, file), parseWithRemark(referenceSource, file));
  const label = typeof source === "string" ? source.slice(0, 300) : file;
  expect(actual, label).toEqual(expected);
}

/**
 * A content/ file as the old parser can read it: its `reviewed:` and `practice-twin:` lines and
 * its introduction blanked, so every other line keeps its number.
 */
function withoutV2Parts(text: string, firstQuestionLine: number, frontMatterEnd: number): string {
  return text
    .split("\n")
    .map((line, index) => {
      const number = index + 1;
      if (number > frontMatterEnd && number < firstQuestionLine) return "";
      return /^(?:reviewed|practice-twin)[ \t]*:/.test(line) ? "" : line;
    })
    .join("\n");
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
  it("on every file in content/ (its v2 parts blanked for the old parser)", SLOW, () => {
    const files = markdownFilesUnder("content").filter((file) => !file.endsWith("README.md"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      const parsed = parseQuestionSet(text, file);
      expect(parsed.errors, file).toEqual([]);
      const frontMatterEnd = text.split("\n").indexOf("---", 1) + 1;
      expectSameAsRemark(text, file, withoutV2Parts(text, parsed.set!.questions[0]!.line, frontMatterEnd));
    }
  });

  it("on generated valid sets and their mutations", SLOW, () => {
    fc.assert(
      fc.property(legacySetModel, fc.array(mutation, { maxLength: 6 }), (model, mutations) => {
        const { source } = render(model);
        expectSameAsRemark(source);
        expectSameAsRemark(mutate(source, mutations));
      }),
      { numRuns: 150, seed: SEED },
    );
  });

  it("on sets laid out in every way the parser accepts", SLOW, () => {
    fc.assert(
      fc.property(legacyParsedSet, layout, (set, choices) => {
        expectSameAsRemark(oddLayout(set, choices));
      }),
      { numRuns: 200, seed: SEED },
    );
  });

  // Known difference, found by a random run (seed 503153804): Key points "- \r\n\n    ## code\n-" (an empty
  // item, a code block, an empty item) gets, for the last line, "found a paragraph" here and "a second
  // list starts here" from the reference; both refuse the file at that line. Left open (issue 12).
  it("on junk lines and random bytes", SLOW, () => {
    const junk = fc.array(fc.oneof(junkLine, fc.constantFrom("\r\n", "\uFEFF", ":", "-", "#", "`", "[^1]:", "| a |", "<div>")), { maxLength: 40 });
    fc.assert(
      fc.property(junk, (lines) => {
        expectSameAsRemark(lines.join("\n"));
        expectSameAsRemark(questionFile({ answer: lines.join("\n") }));
        expectSameAsRemark(questionFile({ keyPoints: `- ${lines.join("\n")}` }));
      }),
      { numRuns: 300, seed: SEED },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => expectSameAsRemark(bytes)),
      { numRuns: 200, seed: SEED },
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
    // Below it, markdown-it reads the structure as remark did; the field is then refused at the
    // rendering limit (16), which the old parser did not know.
    const deep = questionFile({ answer: `${"- ".repeat(MAX_NESTING - 4)}x` });
    expect(parseQuestionSet(deep, FILE).errors).toEqual([
      {
        file: FILE,
        line: 15,
        message: expect.stringMatching(
          /^the Answer of question "A question\?" is too complex to show formatted: lists and block quotes nested 96 levels deep \(line 15\); at most 16$/,
        ),
      },
    ]);
    expect(parseWithRemark(deep, FILE).errors).toEqual([]);
  });

  it("keeps prose before the first question as the set's introduction, which the old parser refused", () => {
    const source = questionFile({}).replace("---\n\n## A question?", "---\n\nHow to use this set.\n\n#### Ratings\n\nOn evidence.\n\n## A question?");
    expect(parseWithRemark(source, FILE).errors).toEqual([{ file: FILE, line: 6, message: expect.stringMatching(/^content before the first question/) }]);
    const result = parseQuestionSet(source, FILE);
    expect(result.errors).toEqual([]);
    expect(result.set?.introduction).toBe("How to use this set.\n\n#### Ratings\n\nOn evidence.");
    // With the introduction blanked, both read the rest alike.
    expectSameAsRemark(source, FILE, withoutV2Parts(source, result.set!.questions[0]!.line, 4));
  });

  it("reports a front-matter key inside a flow mapping on the key's own line", () => {
    const source = questionFile({ frontMatter: "{\n  title: T,\n  colour: red\n}" });
    expect(parseQuestionSet(source, FILE).errors).toEqual([
      { file: FILE, line: 4, message: 'unknown front matter key "colour": allowed keys are title, slug, description, audience' },
    ]);
  });
});
