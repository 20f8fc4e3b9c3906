import { renderMarkdown } from "@/lib/markdown/render-markdown";

export function Markdown({ source, className = "" }: { source: string; className?: string }) {
  return <div className={`prose-bank ${className}`}>{renderMarkdown(source)}</div>;
}

/** For list items and anchors: Markdown rendered without the wrapping paragraph's margins. */
export function InlineMarkdown({ source }: { source: string }) {
  return <div className="prose-bank [&>p]:inline">{renderMarkdown(source)}</div>;
}
