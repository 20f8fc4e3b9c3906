import { HIGHLIGHT_END, HIGHLIGHT_START } from "@/lib/questions/search-questions";

/** Renders ts_headline output: text between the control-character markers becomes <mark>. */
export function HighlightedText({ text }: { text: string }) {
  // Snippets come from the Markdown source; emphasis and code marks would only be noise here.
  const parts = text.replace(/\*\*|`/g, "").split(HIGHLIGHT_START);
  return (
    <>
      {parts.map((part, index) => {
        if (index === 0) return <span key={index}>{part}</span>;
        const [marked, rest = ""] = part.split(HIGHLIGHT_END);
        return (
          <span key={index}>
            <mark>{marked}</mark>
            {rest}
          </span>
        );
      })}
    </>
  );
}
