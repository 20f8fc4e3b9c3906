import { InlineMarkdown } from "@/components/markdown";
import { SCORE_LEVELS } from "@/lib/questions/labels";

/** The anchored 1–4 scale: the question's own anchors, or the generic guide when it has none. */
export function ScoringGuide({ anchors }: { anchors: string[] }) {
  const own = anchors.length === 4;
  return (
    <div>
      <ol className="divide-y divide-border overflow-hidden rounded-lg border border-border">
        {SCORE_LEVELS.map((level, index) => (
          <li key={level.value} className="flex gap-3 p-3">
            <span aria-hidden="true" className="flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-accent-soft text-sm font-semibold text-accent">
              {level.value}
            </span>
            <div className="text-sm">
              <span className="font-medium">
                <span className="sr-only">Score {level.value}: </span>
                {level.name}
              </span>
              <div className="mt-0.5 text-muted">{own ? <InlineMarkdown source={anchors[index]!} /> : level.generic}</div>
            </div>
          </li>
        ))}
      </ol>
      {own ? null : <p className="mt-2 text-xs text-muted">This question has no scoring guide of its own; the generic one is shown.</p>}
    </div>
  );
}
