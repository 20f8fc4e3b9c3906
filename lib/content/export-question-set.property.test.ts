import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exportQuestionSet } from "./export-question-set";
import { parseQuestionSet } from "./parse-question-set";
import { layout, mutate, mutation, oddLayout, parsedSet, render, setModel } from "../../tests/question-set-arbitraries";
import type { ParsedSet } from "./schema";

const NAME = "content/questions/exported.md";

/** The set as it should come back from a file named NAME: line numbers are the file's business. */
function comparable(set: ParsedSet) {
  return { ...set, sourcePath: NAME, questions: set.questions.map(({ line: _line, keyLines: _keyLines, ...question }) => question) };
}

function parseValid(source: string, file = NAME): ParsedSet {
  const result = parseQuestionSet(source, file);
  expect(result.errors).toEqual([]);
  return result.set!;
}

/** parse(export(set)) is the set again, and exporting that gives the same text. */
function expectLosslessExport(set: ParsedSet) {
  const exported = exportQuestionSet(set);
  expect(exported.endsWith("\n") && !exported.endsWith("\n\n")).toBe(true);
  expect(exported).not.toContain("\r");
  const again = parseValid(exported);
  expect(comparable(again)).toEqual(comparable(set));
  expect(exportQuestionSet(again)).toBe(exported);
}

/** For a file that parses, its export is lossless and a fixed point. */
function expectStableExport(source: string) {
  const result = parseQuestionSet(source, NAME);
  if (result.set === null) return false;
  expectLosslessExport(result.set);
  return true;
}

// CPU-bound (remark parses every file twice or more), so allow for a busy machine.
const PROPERTY_TEST = { timeout: 180_000 };

describe("exportQuestionSet properties", () => {
  it("parses back to the same set, for generated sets with awkward text everywhere", PROPERTY_TEST, () => {
    fc.assert(fc.property(parsedSet, expectLosslessExport), { numRuns: 120 });
  });

  it("is lossless and stable for files laid out in every way the parser accepts", PROPERTY_TEST, () => {
    fc.assert(
      fc.property(setModel, (model) => {
        expect(expectStableExport(render(model).source)).toBe(true);
      }),
      { numRuns: 50 },
    );
    let parsed = 0;
    fc.assert(
      fc.property(parsedSet, layout, (set, choices) => {
        if (expectStableExport(oddLayout(set, choices))) parsed++;
      }),
      { numRuns: 120 },
    );
    expect(parsed).toBeGreaterThan(40);
  });

  it("is lossless and stable for whatever mutated files still parse", PROPERTY_TEST, () => {
    let parsed = 0;
    fc.assert(
      fc.property(fc.oneof(setModel.map((model) => render(model).source), fc.tuple(parsedSet, layout).map(([set, choices]) => oddLayout(set, choices))), fc.array(mutation, { minLength: 1, maxLength: 4 }), (source, mutations) => {
        if (expectStableExport(mutate(source, mutations))) parsed++;
      }),
      { numRuns: 150 },
    );
    // The property says nothing unless some mutated files are still valid.
    expect(parsed).toBeGreaterThan(10);
  });
});

describe("exportQuestionSet on the real files", () => {
  const files = ["content/questions", "e2e/fixtures"].flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith(".md"))
      .map((name) => path.posix.join(folder, name)),
  );

  it("finds the bank and the fixtures", () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it.each(files)("%s exports to a file that parses to the same set, and stays the same when exported again", (file) => {
    const original = parseValid(readFileSync(file, "utf8"), file);
    const exported = exportQuestionSet(original);
    const reparsed = parseValid(exported, file);
    expect({ ...reparsed, questions: reparsed.questions.map(({ line: _line, keyLines: _keyLines, ...q }) => q) }).toEqual({
      ...original,
      questions: original.questions.map(({ line: _line, keyLines: _keyLines, ...q }) => q),
    });
    expect(exportQuestionSet(reparsed)).toBe(exported);
  });

  it("writes the bank's own files back byte for byte, so exporting an unchanged bank changes nothing in git", () => {
    for (const file of files.filter((name) => name.startsWith("content/"))) {
      const source = readFileSync(file, "utf8");
      expect(exportQuestionSet(parseValid(source, file)), file).toBe(source);
    }
  });
});
