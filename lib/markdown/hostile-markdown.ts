// The worst Markdown we know of for remark/micromark, each at the size of the largest field:
// the shapes of CommonMark's own pathological tests (cmark test/pathological_tests.py) and those a
// sweep over repeated one- and two-line units found superlinear in micromark. `refused` says whether
// checkMarkdownComplexity must refuse it; the rest sit just inside the limits and must render about
// as fast as ordinary text of the same size. For the tests here and the benchmark.
import { MARKDOWN_LIMITS } from "./limits";

export interface HostileMarkdown {
  name: string;
  text: string;
  refused: boolean;
}

const SIZE = MARKDOWN_LIMITS.characters;
const { lines, nesting, quotes, stacked, underlines, brackets, emphasis } = MARKDOWN_LIMITS;

/** `unit` repeated up to `size` characters (whole units only). */
const fill = (unit: string, size = SIZE) => unit.repeat(Math.max(1, Math.floor(size / unit.length)));
/** Paragraphs of `unit` repeated `times`, separated by blank lines, up to `size` characters. */
const paragraphs = (unit: string, times: number, size = SIZE) => fill(`${unit.repeat(times)}\n\n`, size);
/** Ordinary text, so a shape with a count limit can sit in a document of the full size. */
const ordinary = (size: number) => fill("Plain words with *some* emphasis, `code` and a [link](https://example.com).\n\n", size);
/** A one-line `unit` repeated to the line limit (the last line without its line ending). */
const toLineLimit = (unit: string, count = lines) => unit.repeat(count).replace(/\n+$/, "");
const nested = (marker: string, depth: number) => Array.from({ length: depth }, (_, level) => `${"  ".repeat(level)}${marker} item`).join("\n");

export const HOSTILE_MARKDOWN: HostileMarkdown[] = [
  // Containers inside containers.
  { name: "nested list markers on one line (the issue's custom question)", text: `${"- ".repeat(4994)}x`, refused: true },
  { name: "nested ordered list markers", text: `${"1. ".repeat(3000)}x`, refused: true },
  { name: "nested block quotes", text: `${"> ".repeat(5000)}x`, refused: true },
  { name: "nested block quotes without spaces", text: `${">".repeat(10000)}x`, refused: true },
  { name: "quotes and lists alternating", text: `${"> - ".repeat(2500)}x`, refused: true },
  { name: "deeply nested lists by indentation (cmark)", text: nested("*", 100), refused: true },
  { name: "list markers at the nesting limit, repeated", text: fill(`${"- ".repeat(nesting)}x\n`), refused: true },
  {
    name: "stacked list markers at the limit, then ordinary text",
    text: `${"- ".repeat(nesting)}x\n`.repeat(Math.floor(stacked / (nesting - 1))) + ordinary(SIZE - 33 * Math.floor(stacked / (nesting - 1))),
    refused: false,
  },
  { name: "quote markers at the nesting limit, repeated", text: fill(`${"> ".repeat(nesting)}x\n`), refused: false },
  { name: "lists nested by indentation to the limit, repeated", text: fill(`${nested("-", nesting)}\n\n`), refused: false },
  { name: "nesting one past the limit", text: `${"- ".repeat(nesting + 1)}x`, refused: true },
  // Whole-document costs: each block quote and setext underline re-copies the token list.
  { name: "separate block quotes, past the limit", text: fill("> a\n\n", 20_000), refused: true },
  { name: "separate quoted lists, past the limit", text: fill("> - a\n\n", 20_000), refused: true },
  { name: "a quote in each list item, past the limit", text: fill("- > a\n", 20_000), refused: true },
  { name: "a quote in each list item at the limit, then ordinary text", text: "- > a\n".repeat(quotes) + ordinary(SIZE - 6 * quotes), refused: false },
  { name: "block quotes at the limit after ordinary text", text: ordinary(SIZE - 6 * quotes) + "> a\n\n".repeat(quotes), refused: false },
  { name: "block quotes at the limit before ordinary text", text: "> a\n\n".repeat(quotes) + ordinary(SIZE - 6 * quotes), refused: false },
  { name: "setext headings, past the limit", text: fill("a\n=\n", 20_000), refused: true },
  { name: "setext underlines of '-' under text, past the limit", text: fill("a\n---\n", 20_000), refused: true },
  { name: "setext underlines at the limit after ordinary text", text: ordinary(SIZE - 5 * underlines) + "a\n=\n\n".repeat(underlines), refused: false },
  // Within one paragraph: each "]" and each emphasis mark walks back over the paragraph.
  { name: "link closers with no openers (cmark)", text: fill("a]"), refused: true },
  { name: "link closers at the per-paragraph limit, many paragraphs", text: paragraphs("a]", brackets), refused: false },
  { name: "nested brackets (cmark)", text: `${"[".repeat(20000)}a${"]".repeat(20000)}`, refused: true },
  { name: "nested links at the per-paragraph limit", text: paragraphs(`${"[".repeat(brackets)}a${"](b)".repeat(brackets)}`, 1), refused: false },
  { name: "emphasis closers with no openers (cmark)", text: fill("a_ "), refused: true },
  { name: "emphasis openers with no closers (cmark)", text: fill("_a "), refused: true },
  { name: "mismatched openers and closers (cmark)", text: fill("*a_ "), refused: true },
  { name: "nested strong emphasis (cmark)", text: `${"*a **a ".repeat(3000)}b${" a** a*".repeat(3000)}`, refused: true },
  { name: "emphasis marks after letters", text: fill("a*"), refused: true },
  { name: "strikethrough marks", text: fill("~a"), refused: true },
  { name: "link openers and emphasis closers (cmark)", text: fill("[ a_"), refused: true },
  { name: "emphasis and link openers", text: fill("*["), refused: true },
  { name: "emphasis marks at the per-paragraph limit, many paragraphs", text: paragraphs("a*", emphasis), refused: false },
  { name: "mismatched emphasis at the per-paragraph limit", text: paragraphs("*a_ ", emphasis / 2), refused: false },
  { name: "emphasis and link openers at the per-paragraph limit", text: paragraphs("*[", emphasis), refused: false },
  { name: "strikethrough at the per-paragraph limit", text: paragraphs("~a", emphasis), refused: false },
  // Linear in micromark, but large: they must stay so.
  { name: "link openers with no closers (cmark)", text: fill("[a"), refused: false },
  { name: "unclosed links (cmark)", text: fill("[a](<b"), refused: true },
  { name: "unclosed links without angle brackets (cmark)", text: fill("[a](b"), refused: true },
  {
    name: "backtick runs of growing length (cmark)",
    text: Array.from({ length: 300 }, (_, i) => `e${"`".repeat(i + 1)}`)
      .join("")
      .slice(0, SIZE),
    refused: false,
  },
  { name: "a run of asterisks (a rule)", text: "*".repeat(SIZE), refused: false },
  { name: "one long line of words", text: fill("word "), refused: false },
  { name: "a long run of one letter", text: "a".repeat(SIZE), refused: false },
  { name: "angle brackets", text: "<".repeat(SIZE), refused: false },
  { name: "unclosed HTML tags", text: fill("<a "), refused: false },
  { name: "HTML comments never closed", text: fill("<!-- "), refused: false },
  { name: "autolink-looking text", text: fill("www.a.b "), refused: false },
  { name: "email-looking text", text: fill("a@b.c "), refused: false },
  { name: "entities", text: fill("&amp;"), refused: false },
  { name: "backslash escapes", text: fill("\\*"), refused: true },
  { name: "many short lines in one paragraph, past the line limit", text: fill("a\n"), refused: true },
  { name: "short lines in one paragraph at the line limit", text: toLineLimit("a\n"), refused: false },
  { name: "list items at the line limit", text: toLineLimit("- a\n"), refused: false },
  { name: "many task list items in one list (counted as one paragraph)", text: fill("- [ ] a\n"), refused: true },
  { name: "ATX headings at the line limit", text: toLineLimit("# a\n"), refused: false },
  { name: "fenced code markers at the line limit", text: toLineLimit("```\n"), refused: false },
  { name: "thematic breaks at the line limit", text: toLineLimit("* * *\n"), refused: false },
  { name: "a table with rows to the line limit", text: `|a|b|\n|-|-|\n${toLineLimit("|a|b|\n", lines - 2)}`, refused: false },
  { name: "a table with many columns", text: `${"|a".repeat(SIZE / 10)}\n${"|-".repeat(SIZE / 10)}\n${fill(`${"|a".repeat(SIZE / 10)}\n`, (SIZE * 6) / 10)}`, refused: false },
  { name: "tables to the line limit", text: toLineLimit("|a|\n|-|\n\n", Math.floor(lines / 3)), refused: false },
  { name: "many link reference definitions in a paragraph", text: fill("[a]: b\n"), refused: true },
  { name: "link reference definitions apart, to the line limit", text: toLineLimit("[a]: b\n\n", lines / 2), refused: false },
  {
    name: "footnote definitions apart, to the line limit",
    text: Array.from({ length: lines / 2 }, (_, i) => `[^${i}]: x\n\n`)
      .join("")
      .trimEnd(),
    refused: false,
  },
  { name: "many footnote calls", text: fill("[^a]"), refused: true },
  { name: "a NUL and a lone surrogate", text: fill("abc\u0000de\uD800"), refused: false },
];
