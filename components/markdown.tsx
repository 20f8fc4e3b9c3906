import { renderMarkdown } from "@/lib/markdown/render-markdown";

// renderMarkdown's HTML is sanitised (lib/markdown/markdown-to-hast.ts: GitHub's safe subset, no
// scripts, handlers or javascript: URLs), so it may be set as the element's HTML.
export function Markdown({ source, className = "" }: { source: string; className?: string }) {
  return <div className={`prose-bank ${className}`} dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }} />;
}

/** For list items and anchors: Markdown rendered without the wrapping paragraph's margins. */
export function InlineMarkdown({ source }: { source: string }) {
  return <div className="prose-bank [&>p]:inline" dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }} />;
}
