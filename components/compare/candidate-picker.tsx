import { Link } from "@/components/ui/link";
import { buttonPrimary, card, link } from "@/components/ui/styles";
import { comparisonHref } from "@/lib/comparison/schema";
import type { ComparableCandidate, Suggestion } from "@/lib/comparison/suggestions";

/** Choose 2–20 candidates (a GET form, so the choice lands in the URL), or take a suggested group. */
export function CandidatePicker({
  candidates,
  suggestions,
  chosen,
  message,
}: {
  candidates: ComparableCandidate[];
  suggestions: Suggestion[];
  chosen: string[];
  message?: string;
}) {
  return (
    <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
      <form action="/compare" method="get" className={`${card} space-y-4 p-5`}>
        <fieldset>
          <legend className="mb-3 text-sm font-semibold">Candidates with submitted scorecards</legend>
          {candidates.length === 0 ? <p className="text-sm text-muted">Nobody yet: comparisons use submitted scorecards only.</p> : null}
          <div className="grid gap-2 sm:grid-cols-2">
            {candidates.map((candidate) => (
              <label key={candidate.id} className="flex items-center gap-2 rounded-md border border-border px-3 py-2 text-sm">
                <input type="checkbox" name="c" value={candidate.id} defaultChecked={chosen.includes(candidate.id)} />
                <span className="min-w-0">
                  <span className="block truncate">{candidate.name}</span>
                  <span className="block truncate text-xs text-muted">{candidate.position ?? "No position"}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        {message ? (
          <p role="alert" className="text-sm text-danger">
            {message}
          </p>
        ) : null}
        <button type="submit" className={buttonPrimary}>
          Compare
        </button>
      </form>
      <section aria-labelledby="suggestions-heading" className={`${card} h-fit space-y-3 p-5`}>
        <h2 id="suggestions-heading" className="text-sm font-semibold">
          Suggested
        </h2>
        {suggestions.length === 0 ? <p className="text-sm text-muted">Groups appear here when two or more candidates share a plan or a position.</p> : null}
        <ul className="space-y-2 text-sm">
          {suggestions.map((suggestion) => (
            <li key={suggestion.label}>
              <Link href={comparisonHref({ c: suggestion.candidateIds, normalise: false, blind: false })} className={link}>
                {suggestion.label}
              </Link>{" "}
              <span className="text-muted">({suggestion.candidateIds.length} candidates)</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
