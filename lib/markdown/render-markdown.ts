import "server-only";
import { markdownToReact } from "./markdown-to-react";

/** Server pages render bank Markdown here; the editor's preview uses the same pipeline in the browser. */
export function renderMarkdown(markdown: string) {
  return markdownToReact(markdown);
}
