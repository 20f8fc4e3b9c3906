import { describe, expect, it } from "vitest";
import { renderHtml, renderText } from "./render";

describe("email rendering", () => {
  const blocks = [
    { type: "paragraph" as const, text: `Hello <img src=x onerror=alert(1)> "Bob" & 'Co',\nsecond line` },
    { type: "facts" as const, rows: [["Where", "Room <4>"]] as [string, string][] },
    { type: "action" as const, label: "Open", url: `https://example.com/a?b=1&c="2"` },
  ];

  it("writes the same content as plain text", () => {
    expect(renderText(blocks)).toBe(`Hello <img src=x onerror=alert(1)> "Bob" & 'Co',\nsecond line\n\nWhere: Room <4>\n\nOpen: https://example.com/a?b=1&c="2"\n`);
  });

  it("escapes everything in the HTML part, attributes included", () => {
    const html = renderHtml(`<title>`, blocks);
    expect(html).not.toMatch(/<img|<4>|<title><title>/);
    expect(html).toContain("Hello &lt;img src=x onerror=alert(1)&gt; &quot;Bob&quot; &amp; &#39;Co&#39;,<br>second line");
    expect(html).toContain("Room &lt;4&gt;");
    expect(html).toContain(`href="https://example.com/a?b=1&amp;c=&quot;2&quot;"`);
    expect(html).toContain("<title>&lt;title&gt;</title>");
  });
});
