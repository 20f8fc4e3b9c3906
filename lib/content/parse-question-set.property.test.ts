import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ParseResult, parseQuestionSet } from "./parse-question-set";
import { FILE, junkLine, mutate, mutation, render, setModel } from "./question-set-arbitraries";

function lineCount(source: string | Uint8Array): number {
  const text = typeof source === "string" ? source : new TextDecoder().decode(source);
  return text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/).length;
}

/** The invariants every parse must keep, whatever the input. */
function expectWellFormed(result: ParseResult, source: string | Uint8Array) {
  expect(result.set === null).toBe(result.errors.length > 0);
  const maxLine = lineCount(source) + 1;
  for (const error of result.errors) {
    expect(error.file).toBe(FILE);
    expect(Number.isInteger(error.line) && error.line >= 1 && error.line <= maxLine, `line ${error.line} of ${maxLine - 1}`).toBe(true);
    expect(error.message.length).toBeGreaterThan(0);
  }
  const lines = result.errors.map((error) => error.line);
  expect(lines).toEqual([...lines].sort((a, b) => a - b));
}

/** Parses and checks the invariants. (tests/parser-equivalence.test.ts compares the result with remark's.) */
function parseChecked(source: string | Uint8Array): ParseResult {
  const result = parseQuestionSet(source, FILE);
  expectWellFormed(result, source);
  return result;
}

const markdownishText = fc
  .array(fc.oneof(junkLine, fc.constantFrom("\r\n", "\r", "\uFEFF", ":", " ", "-", "#", "`")), { maxLength: 40 })
  .map((parts) => parts.join("\n"));

// CPU-bound, so allow for a busy machine.
const PROPERTY_TEST = { timeout: 120_000 };

describe("parseQuestionSet properties", () => {
  it("never throws on random text or bytes, and reports sane lines", PROPERTY_TEST, () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), markdownishText), (source) => {
        parseChecked(source);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expectWellFormed(parseQuestionSet(bytes, FILE), bytes);
      }),
      { numRuns: 300 },
    );
  });

  it("parses generated valid sets to exactly what was generated", PROPERTY_TEST, () => {
    fc.assert(
      fc.property(setModel, (model) => {
        const { source, expected } = render(model);
        expect(parseChecked(source)).toEqual({ set: expected, errors: [] });
      }),
      { numRuns: 150 },
    );
  });

  it("never throws on mutated valid documents", PROPERTY_TEST, () => {
    fc.assert(
      fc.property(setModel, fc.array(mutation, { minLength: 1, maxLength: 6 }), (model, mutations) => {
        parseChecked(mutate(render(model).source, mutations));
      }),
      { numRuns: 150 },
    );
  });
});
