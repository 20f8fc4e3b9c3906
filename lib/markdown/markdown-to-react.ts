// The editor's live preview renders in the browser from the same tree the server pages render to
// HTML (markdown-to-hast.ts, render-markdown.ts).
import type { Root } from "hast";
import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { markdownToHast } from "./markdown-to-hast";

export function hastToReact(tree: Root) {
  return toJsxRuntime(tree, { Fragment, jsx, jsxs });
}

export function markdownToReact(markdown: string) {
  return hastToReact(markdownToHast(markdown));
}
