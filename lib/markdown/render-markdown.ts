import "server-only";
import type { Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { LRUCache } from "lru-cache";
import { markdownToHast } from "./markdown-to-hast";

// The same question text is rendered again for every reload, every panel member and every page
// that shows it, and the pipeline costs ~0.25 ms a fragment whatever its length: live scoring's
// 18-question interview (500 fragments) spent 130 of its 150 ms of server time here. The output
// depends on the text alone, so it is kept, bounded by text length (the whole bank is 675k characters).
const rendered = new LRUCache<string, string>({
  maxSize: 1_000_000,
  sizeCalculation: (_html, source) => Math.max(1, source.length),
});

// Spelt as React spells it (&lt;, <hr/>), so a page reads the same whichever renderer made it.
const SPELLING = { characterReferences: { useNamedReferences: true }, closeSelfClosing: true, tightSelfClosing: true } as const;

/** The HTML of a sanitised tree (exported for the test that compares it with React's rendering). */
export function hastToHtml(tree: Root) {
  return toHtml(tree, SPELLING);
}

/** For tests: whether a text's HTML is kept. */
export function isRenderKept(markdown: string) {
  return rendered.has(markdown);
}

/**
 * Bank Markdown as sanitised HTML, for server pages (components/markdown.tsx). HTML rather than
 * React elements: a page that hands the text to a client component (live scoring carries every
 * question's answer and anchors, for moving between them offline) sends one string per text, which
 * the browser neither rebuilds into elements nor hydrates. (About as many bytes: 118 against 125 kB
 * of flight data for an 18-question interview; docs/performance.md.)
 */
export function renderMarkdown(markdown: string): string {
  const hit = rendered.get(markdown);
  if (hit !== undefined) return hit;
  const html = hastToHtml(markdownToHast(markdown));
  rendered.set(markdown, html);
  return html;
}
