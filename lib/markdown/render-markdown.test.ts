import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HOSTILE_MARKDOWN } from "./hostile-markdown";
import { renderMarkdown } from "./render-markdown";

const html = (markdown: string) => renderToStaticMarkup(renderMarkdown(markdown));

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
    expect(out).toContain("&lt;b&gt;bold?&lt;/b&gt;");
  });

  // The shapes that sit exactly at a limit: formatted, not turned into plain text by an error.
  it.each(HOSTILE_MARKDOWN.filter((entry) => !entry.refused && entry.name.includes("limit")).map((entry) => [entry.name, entry.text] as const))("formats %s", (_name, text) => {
    expect(html(text)).not.toContain("data-markdown-fallback");
  });
});
