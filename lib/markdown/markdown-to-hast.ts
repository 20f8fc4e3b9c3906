// The bank's one Markdown pipeline, for the server (pages, as HTML: render-markdown.ts) and the
// browser (the editor's live preview, as React: markdown-to-react.ts) alike, so a preview shows
// exactly what the saved question will show.
import type { Root } from "hast";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { checkMarkdownComplexity } from "./limits";

// Markdown from the bank is untrusted: raw HTML is dropped by remark-rehype (no allowDangerousHtml),
// then rehype-sanitize keeps only GitHub's safe subset (no scripts, handlers or javascript: URLs).
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, { ...defaultSchema, clobberPrefix: "md-" });

/**
 * Text past the rendering limits (stored before they existed, or imported) is never parsed: it is
 * shown as it is, with a note saying why, so no text can stall or crash the page.
 */
function asPlainText(markdown: string, why: string): Root {
  return {
    type: "root",
    children: [
      {
        type: "element",
        tagName: "div",
        properties: { dataMarkdownFallback: "" },
        children: [
          {
            type: "element",
            tagName: "p",
            properties: { className: ["mb-2", "rounded-md", "bg-warning-soft", "px-3", "py-1.5", "text-xs", "text-warning"] },
            children: [{ type: "text", value: `Shown as plain text, not formatted: ${why}.` }],
          },
          { type: "element", tagName: "div", properties: { className: ["whitespace-pre-wrap", "[overflow-wrap:anywhere]"] }, children: [{ type: "text", value: markdown }] },
        ],
      },
    ],
  };
}

/** The sanitised tree of a Markdown text, or of the text as it is when it cannot be formatted. */
export function markdownToHast(markdown: string): Root {
  const problem = checkMarkdownComplexity(markdown);
  if (problem) return asPlainText(markdown, problem.message);
  try {
    return processor.runSync(processor.parse(markdown)) as Root;
  } catch {
    // A shape the limits do not know yet (a stack overflow, say): the page still renders.
    return asPlainText(markdown, "the formatter could not read it");
  }
}
