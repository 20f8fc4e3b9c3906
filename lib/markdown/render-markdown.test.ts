import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { parseQuestionSet } from "@/lib/content/parse-question-set";
import { HOSTILE_MARKDOWN } from "./hostile-markdown";
import { markdownToHast } from "./markdown-to-hast";
import { hastToReact } from "./markdown-to-react";
import { hastToHtml, isRenderKept, renderMarkdown } from "./render-markdown";

const html = renderMarkdown;

describe("renderMarkdown", () => {
  it("renders GitHub-flavoured Markdown: emphasis, code, tables, task lists", () => {
    const out = html("**bold** and `code`\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n- [x] done\n\n~~gone~~");
    expect(out).toContain("<strong>bold</strong>");
    expect(out).toContain("<code>code</code>");
    expect(out).toContain("<table>");
    expect(out).toContain('type="checkbox"');
    expect(out).toContain("<del>gone</del>");
  });

  it.each([
    ["a script tag", "<script>alert(1)</script>", /<script/i],
    ["an event handler", '<img src="x" onerror="alert(1)">', /onerror/i],
    ["a javascript: link", "[click](javascript:alert(1))", /javascript:/i],
    ["an iframe", '<iframe src="https://evil.example"></iframe>', /<iframe/i],
    ["inline style", '<p style="position:fixed">x</p>', /style=/i],
    ["a data: image link", "![x](data:text/html;base64,PHNjcmlwdD4=)", /data:text/i],
  ])("makes %s inert", (_name, markdown, forbidden) => {
    expect(html(markdown)).not.toMatch(forbidden);
  });

  it("prefixes ids so content cannot clobber the page's own elements", () => {
    expect(html("Text[^1]\n\n[^1]: note")).toContain('id="md-');
  });
});

describe("renderMarkdown within bounds", () => {
  it("shows text past the limits as it is, with a note, without parsing it (the issue's custom question)", () => {
    const text = `${"- ".repeat(4994)}x`;
    const out = html(text);
    expect(out).toContain("Shown as plain text, not formatted: lists and block quotes nested 4,994 levels deep (line 1); at most 16.");
    expect(out).toContain(text.trimEnd());
    expect(out).not.toContain("<ul");
  });

  it("shows an over-long text as plain text, escaped", () => {
    const text = `<b>bold?</b> ${"word ".repeat(2500)}`;
    const out = html(text);
    expect(out).toContain("Shown as plain text, not formatted: 12,513 characters; at most 10,000 can be shown formatted.");
    expect(out).toContain("&lt;b>bold?&lt;/b>");
    expect(out).not.toContain("<b>");
  });

  // The shapes that sit exactly at a limit: formatted, not turned into plain text by an error.
  it.each(HOSTILE_MARKDOWN.filter((entry) => !entry.refused && entry.name.includes("limit")).map((entry) => [entry.name, entry.text] as const))("formats %s", (_name, text) => {
    expect(html(text)).not.toContain("data-markdown-fallback");
  });
});

describe("renderMarkdown's cache", () => {
  it("keeps a text's HTML once rendered, and gives the same HTML again", () => {
    const source = `A **kept** text ${Math.random()}`;
    expect(isRenderKept(source)).toBe(false);
    const first = renderMarkdown(source);
    expect(isRenderKept(source)).toBe(true);
    expect(renderMarkdown(source)).toBe(first);
    expect(first).toContain("<strong>kept</strong>");
  });

  it("forgets the least recently used texts past its bound, and still renders them", () => {
    const old = `An old text ${Math.random()}`;
    const first = renderMarkdown(old);
    // Past the bound (1,000,000 characters of source): 120 texts of 9,000 characters.
    for (let i = 0; i < 120; i++) renderMarkdown(`${i} ${"filler ".repeat(1285)}`);
    expect(isRenderKept(old)).toBe(false);
    expect(renderMarkdown(old)).toBe(first);
  });
});

// Every text in content/ and the hostile corpus.
function everyText() {
  const texts = HOSTILE_MARKDOWN.map((entry) => entry.text);
  const folder = path.join(import.meta.dirname, "../../content/questions");
  for (const file of readdirSync(folder)) {
    const set = parseQuestionSet(readFileSync(path.join(folder, file), "utf8"), file).set;
    for (const q of set?.questions ?? []) {
      texts.push(q.prompt, q.answer, ...q.keyPoints, ...q.redFlags, ...q.scoring, ...q.followUps.flatMap((item) => [item.question, item.listenFor ?? ""]));
    }
  }
  return texts.filter((text) => text !== "");
}

describe("the server's HTML and the editor preview's React", () => {
  // React escapes more than it must (>, ", ') and writes empty attributes as ="", and drops the
  // whitespace between table parts (HTML ignores it there). Otherwise the two must be identical.
  const same = (markup: string) =>
    markup
      .replaceAll("&gt;", ">")
      .replaceAll("&quot;", '"')
      .replaceAll("&#x27;", "'")
      .replaceAll('=""', "")
      .replace(/(<\/?(?:table|thead|tbody|tr|th|td)\b[^>]*>)\s+(?=<)/g, "$1");

  it("render every text in the bank and the hostile corpus alike", () => {
    const texts = everyText();
    expect(texts.length).toBeGreaterThan(4000);
    // One tree per text: what is compared is how each side writes it out.
    const differ = texts.filter((text) => {
      const tree = markdownToHast(text);
      return same(hastToHtml(tree)) !== same(renderToStaticMarkup(hastToReact(tree)));
    });
    expect(differ).toEqual([]);
  });
});
