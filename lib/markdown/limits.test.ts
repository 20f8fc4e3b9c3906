import fc from "fast-check";
import type { Node, Parent } from "unist";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { HOSTILE_MARKDOWN } from "./hostile-markdown";
import { checkMarkdownComplexity, MARKDOWN_LIMITS, type MarkdownRule } from "./limits";

const rule = (text: string) => checkMarkdownComplexity(text)?.rule ?? null;
const L = MARKDOWN_LIMITS;

describe("checkMarkdownComplexity at each limit and one past it", () => {
  it.each<[MarkdownRule, (count: number) => string]>([
    ["characters", (count) => "a".repeat(count)],
    ["lines", (count) => "a\n".repeat(count - 1) + "a"],
    ["lines", (count) => "- item\r\n".repeat(count - 1) + "- item"],
    ["nesting", (count) => `${"- ".repeat(count)}x`],
    ["nesting", (count) => `${"> ".repeat(count)}x`],
    ["nesting", (count) => `${"> 1. ".repeat(Math.floor(count / 2))}${count % 2 ? "> " : ""}x`],
    ["nesting", (count) => Array.from({ length: count }, (_, level) => `${"  ".repeat(level)}- item`).join("\n")],
    ["quotes", (count) => "> quoted\n\nplain\n\n".repeat(count)],
    ["quotes", (count) => "- > quoted in an item\n".repeat(count)],
    ["stacked", (count) => "- - x\n".repeat(count)],
    ["underlines", (count) => "Heading\n=======\n\n".repeat(count)],
    ["underlines", (count) => "Heading\n---\n\n".repeat(count)],
    ["brackets", (count) => `${"a]".repeat(count)}\n\n${"a]".repeat(count)}`],
    ["emphasis", (count) => `${"*".repeat(count - 1)}_ x\n\n${"~".repeat(count)}`],
  ])("%s: %#", (name, make) => {
    const at = L[name];
    expect(rule(make(at))).toBeNull();
    expect(rule(make(at + 1))).toBe(name);
  });

  it("says what is wrong, where, and the limit", () => {
    expect(checkMarkdownComplexity(`${"- ".repeat(4994)}x`)).toEqual({
      rule: "nesting",
      line: 1,
      found: 4994,
      limit: 16,
      message: "lists and block quotes nested 4,994 levels deep (line 1); at most 16",
    });
    expect(checkMarkdownComplexity(`Intro\n\n${"a]".repeat(151)}`)?.message).toBe(
      '151 closing brackets "]" in one paragraph (from line 3); at most 150 per paragraph, so separate paragraphs with a blank line',
    );
    expect(checkMarkdownComplexity("a".repeat(10_001))?.message).toBe("10,001 characters; at most 10,000 can be shown formatted");
  });

  it("counts per paragraph where the cost is per paragraph: a blank line (or a quote's blank line) starts again", () => {
    expect(rule(Array.from({ length: 20 }, () => "a]".repeat(L.brackets)).join("\n\n"))).toBeNull();
    expect(rule(Array.from({ length: 20 }, () => `> ${"a*".repeat(L.emphasis / 2)}`).join("\n>\n"))).toBeNull();
    // A lazy line or a line break does not end a paragraph.
    expect(rule(`${"a]".repeat(L.brackets)}\n${"a]"}`)).toBe("brackets");
    expect(rule(`${"a]".repeat(L.brackets)}\r\na]`)).toBe("brackets");
    expect(rule(`${"a]".repeat(L.brackets)}\ra]`)).toBe("brackets");
  });

  it("does not count what is not a container or emphasis: rules, code indentation, ordinary text", () => {
    expect(rule("* * * * * * * * * * * * * * * * * * * * * *")).toBeNull();
    expect(rule(`${"_".repeat(5000)}`)).toBeNull();
    expect(rule(`\`\`\`\n${"    ".repeat(40)}deeply indented code\n\`\`\``)).toBeNull();
    expect(rule("Plain text - with dashes, 1. numbers and > signs. ".repeat(150))).toBeNull();
  });

  it("accepts every question of the bank with room to spare", async () => {
    const { loadQuestionSets } = await import("@/lib/content/load-question-sets");
    const bank = await loadQuestionSets(["content/questions", "e2e/fixtures"]);
    const tight = { characters: 5_000, lines: 100, nesting: 3, quotes: 3, stacked: 3, underlines: 3, brackets: 15, emphasis: 60 };
    for (const set of bank.sets) {
      expect(checkMarkdownComplexity(set.introduction, tight), `${set.slug}: introduction`).toBeNull();
      for (const question of set.questions) {
        const followUps = question.followUps.flatMap((followUp) => [followUp.question, followUp.listenFor ?? ""]);
        for (const text of [question.prompt, question.answer, ...question.keyPoints, ...question.redFlags, ...followUps, ...question.scoring]) {
          expect(checkMarkdownComplexity(text, tight), `${question.id}: ${text.slice(0, 60)}`).toBeNull();
        }
      }
    }
  });
});

// The check must never count less than micromark builds: for any text, the real nesting and the
// real number of block quotes (from remark's tree) are at most what the check counts.
const parser = unified().use(remarkParse).use(remarkGfm);

function measure(tree: Node, depth = 0): { nesting: number; quotes: number } {
  const container = tree.type === "blockquote" || tree.type === "list";
  const here = depth + (container ? 1 : 0);
  let nesting = here;
  let quotes = tree.type === "blockquote" ? 1 : 0;
  for (const child of (tree as Parent).children ?? []) {
    const inner = measure(child, here);
    nesting = Math.max(nesting, inner.nesting);
    quotes += inner.quotes;
  }
  return { nesting, quotes };
}

describe("checkMarkdownComplexity never counts less than the parser builds (property)", () => {
  const piece = fc.constantFrom("- ", "* ", "+ ", "1. ", "2) ", "> ", ">", "  ", "   ", "    ", "\t", "a", "b ", "*", "_", "]", "[", "=", "---", "\n", "\n\n", "\r\n", "\r", "# ");
  const text = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(""));

  it("nesting: a text nested deeper than the limit is refused", () => {
    fc.assert(
      fc.property(text, (markdown) => {
        const { nesting } = measure(parser.parse(markdown));
        if (nesting < 2) return;
        const problem = checkMarkdownComplexity(markdown, { ...L, nesting: nesting - 1 });
        expect(problem?.rule).toBeDefined();
      }),
      { numRuns: 2000 },
    );
  });

  it("quotes: a text with more block quotes than the limit is refused", () => {
    fc.assert(
      fc.property(text, (markdown) => {
        const { quotes } = measure(parser.parse(markdown));
        if (quotes < 1) return;
        const problem = checkMarkdownComplexity(markdown, { ...L, nesting: Infinity, quotes: quotes - 1 });
        expect(problem?.rule).toBeDefined();
      }),
      { numRuns: 2000 },
    );
  });
});

describe("the hostile corpus", () => {
  it.each(HOSTILE_MARKDOWN.map((entry) => [entry.name, entry] as const))("%s: refused as expected", (_name, entry) => {
    expect(checkMarkdownComplexity(entry.text) !== null).toBe(entry.refused);
  });
});
