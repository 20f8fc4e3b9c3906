import fc from "fast-check";
import type { Nodes } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "./markdown-structure";
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

// The reference: one remark parse of the whole text.
const remark = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * A tree without the content of paragraphs, headings and table cells. Parsed piece by piece, a
 * link or footnote reference is only resolved against definitions in its own piece, which changes
 * the type of the inline node but not where it is; the question-set parser reads source spans.
 */
function blockStructure(node: Nodes): unknown {
  if (!("children" in node)) return node;
  const { children, ...rest } = node;
  const phrasing = node.type === "paragraph" || node.type === "heading" || node.type === "tableCell";
  return phrasing ? rest : { ...rest, children: children.map(blockStructure) };
}

/** Checks that parsing piece by piece gives the tree one remark parse of the whole text gives. */
function expectSameTreeAsOneParse(text: string) {
  expect(blockStructure(parseMarkdown(text))).toEqual(blockStructure(remark.parse(text)));
}

/** Parses, checks the invariants, and checks the piecewise Markdown parse against one whole parse. */
function parseChecked(source: string | Uint8Array): ParseResult {
  const result = parseQuestionSet(source, FILE);
  expectWellFormed(result, source);
  // parseQuestionSet drops a byte-order mark and normalises line endings before any Markdown
  // parsing, so the trees are compared on that text.
  if (typeof source === "string") expectSameTreeAsOneParse(source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"));
  return result;
}

const markdownishText = fc
  .array(fc.oneof(junkLine, fc.constantFrom("\r\n", "\r", "\uFEFF", ":", " ", "-", "#", "`")), { maxLength: 40 })
  .map((parts) => parts.join("\n"));

// Lines on which the outline pass (no lists or block quotes) and a full parse can disagree about
// where a code block or HTML block ends, around lines that may be question headings.
const structuralText = fc
  .array(
    fc.constantFrom(
      "## Q",
      "# T",
      "  ## indented",
      "### S",
      "Q\n---",
      "text",
      "",
      "- item",
      "1. item",
      "> quote",
      "```",
      "  ```",
      "   ~~~",
      "- ```",
      "> ```",
      "  - ```",
      "    code",
      "<div>",
      "<!--",
      "-->",
      "| a |\n| - |",
      "[^1]: note",
    ),
    { maxLength: 60 },
  )
  .map((lines) => lines.join("\n"));

// CPU-bound (every input is parsed twice with remark), so allow for a busy machine.
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

  it("parses Markdown piece by piece into the tree one remark parse gives", PROPERTY_TEST, () => {
    fc.assert(
      fc.property(structuralText, (text) => {
        expectSameTreeAsOneParse(text);
      }),
      { numRuns: 1000 },
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

  it("never throws on mutated valid documents, which parse as with one remark parse", PROPERTY_TEST, () => {
    fc.assert(
      fc.property(setModel, fc.array(mutation, { minLength: 1, maxLength: 6 }), (model, mutations) => {
        parseChecked(mutate(render(model).source, mutations));
      }),
      { numRuns: 150 },
    );
  });
});
