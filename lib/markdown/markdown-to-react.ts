// The bank's one Markdown pipeline, for the server (pages) and the browser (the editor's live
// preview) alike, so a preview shows exactly what the saved question will show.
import type { Root } from "hast";
import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import { createElement } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
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
function asPlainText(markdown: string, why: string) {
  return createElement(
    "div",
    { "data-markdown-fallback": "" },
    createElement("p", { className: "mb-2 rounded-md bg-warning-soft px-3 py-1.5 text-xs text-warning" }, `Shown as plain text, not formatted: ${why}.`),
    createElement("div", { className: "whitespace-pre-wrap [overflow-wrap:anywhere]" }, markdown),
  );
}

export function markdownToReact(markdown: string) {
  const problem = checkMarkdownComplexity(markdown);
  if (problem) return asPlainText(markdown, problem.message);
  try {
    const tree = processor.runSync(processor.parse(markdown)) as Root;
    return toJsxRuntime(tree, { Fragment, jsx, jsxs });
  } catch {
    // A shape the limits do not know yet (a stack overflow, say): the page still renders.
    return asPlainText(markdown, "the formatter could not read it");
  }
}
