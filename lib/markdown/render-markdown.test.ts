import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
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
