import { Link } from "@/components/ui/link";
import { QuestionBadges } from "@/components/questions/question-badges";
import { formatMonth, isReviewDue } from "@/lib/questions/review-age";
import type { SearchHit } from "@/lib/questions/search-questions";
import { HighlightedText } from "./highlighted-text";

export function QuestionResults({ hits, showAudience }: { hits: SearchHit[]; showAudience: boolean }) {
  const now = new Date();
  if (hits.length === 0) {
    return <div className="rounded-xl border border-dashed border-border p-8 text-center text-sm text-muted">No questions match. Try fewer words or clear a filter.</div>;
  }
  return (
    <ol className="divide-y divide-border overflow-hidden rounded-xl border border-border bg-surface" aria-label="Questions">
      {hits.map((hit) => (
        <li key={hit.id} className="p-4 transition-colors hover:bg-subtle/60">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <h3 className="min-w-0 font-medium wrap-anywhere">
              <Link href={`/questions/${encodeURIComponent(hit.id)}`} className="hover:text-accent hover:underline">
                {hit.titleHighlight ? <HighlightedText text={hit.titleHighlight} /> : hit.title}
              </Link>
            </h3>
            <QuestionBadges difficulty={hit.difficulty} level={hit.level} audience={hit.audience} minutes={hit.minutes} showAudience={showAudience} />
          </div>
          {hit.snippet ? (
            <p className="mt-1.5 text-sm text-muted">
              <HighlightedText text={hit.snippet} />
            </p>
          ) : null}
          <p className="mt-2 text-xs text-muted">
            {hit.setTitle}
            {hit.competency ? ` · ${hit.competency}` : ""}
            {hit.tags.length > 0 ? ` · ${hit.tags.join(", ")}` : ""}
            {isReviewDue(hit.reviewed, now) ? <span className="text-warning"> · last reviewed {formatMonth(hit.reviewed)}: due for review</span> : null}
          </p>
        </li>
      ))}
    </ol>
  );
}
