import type { DiffPart } from "@/lib/content/question-text";

/**
 * A line diff: removed lines struck through on red, added ones on green, with −/+ in the margin
 * so the difference does not rest on colour alone; long unchanged runs are folded.
 */
export function TextDiff({ parts, label }: { parts: DiffPart[]; label: string }) {
  return (
    <div role="group" aria-label={label} className="overflow-x-auto rounded-md border border-border bg-bg font-mono text-xs leading-5">
      {parts.map((part, index) => {
        const lines = part.text.replace(/\n$/, "").split("\n");
        if (part.kind === "same") return <SameLines key={index} lines={lines} />;
        const Tag = part.kind === "added" ? "ins" : "del";
        const tone = part.kind === "added" ? "bg-success-soft text-fg no-underline" : "bg-danger-soft text-fg line-through decoration-danger/60";
        return (
          <Tag key={index} className={`block ${tone}`}>
            {lines.map((line, n) => (
              <span key={n} className="block px-3 whitespace-pre-wrap">
                <span aria-hidden="true" className="mr-2 select-none">
                  {part.kind === "added" ? "+" : "−"}
                </span>
                {line || " "}
              </span>
            ))}
          </Tag>
        );
      })}
    </div>
  );
}

function SameLines({ lines }: { lines: string[] }) {
  const shown = lines.length > 6 ? [...lines.slice(0, 2), null, ...lines.slice(-2)] : lines;
  return (
    <div className="text-muted">
      {shown.map((line, n) =>
        line === null ? (
          <span key={n} className="block px-3 italic">
            … {lines.length - 4} unchanged lines …
          </span>
        ) : (
          <span key={n} className="block px-3 whitespace-pre-wrap">
            <span aria-hidden="true" className="mr-2 select-none">
              {" "}
            </span>
            {line || " "}
          </span>
        ),
      )}
    </div>
  );
}
