// The bank's one Markdown pipeline, for the server (pages) and the browser (the editor's live
// preview) alike, so a preview shows exactly what the saved question will show.
import type { Root } from "hast";
import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

// Markdown from the bank is untrusted: raw HTML is dropped by remark-rehype (no allowDangerousHtml),
// then rehype-sanitize keeps only GitHub's safe subset (no scripts, handlers or javascript: URLs).
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, { ...defaultSchema, clobberPrefix: "md-" });

export function markdownToReact(markdown: string) {
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  return toJsxRuntime(tree, { Fragment, jsx, jsxs });
}
