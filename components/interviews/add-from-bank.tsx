import { Link } from "@/components/ui/link";
import { HighlightedText } from "@/components/bank/highlighted-text";
import { QuestionBadges } from "@/components/questions/question-badges";
import { ActionButton } from "@/components/ui/action-button";
import { buttonSecondary, input } from "@/components/ui/styles";
import { PAGE_SIZE, type BankSearch } from "@/lib/questions/schema";
import type { FormState } from "@/lib/form-state";
import type { SearchHit } from "@/lib/questions/search-questions";

interface Props {
  /** The page the search reloads: the interview's or the plan's. */
  base: string;
  /** What the questions are added to, for screen readers: "this interview", "this plan". */
  target: string;
  /** Adds a bank question: a server action bound to the interview or plan. */
  add: (questionId: string) => Promise<FormState>;
  search: BankSearch;
  hits: SearchHit[];
  /** How many questions match in all, for paging through them. */
  total: number;
  sets: { slug: string; title: string }[];
  /** Bank question ids already in the interview or plan, left out of the results. */
  alreadyIn: Set<string>;
  askedBefore?: Map<string, { title: string }>;
  showAsked?: boolean;
}

/** Bank search inside the builder and the plan editor; questions already asked to the candidate are hidden unless asked for. */
export function AddFromBank({ base, target, add, search, hits, total, sets, alreadyIn, askedBefore = new Map(), showAsked = false }: Props) {
  const page = search.page ?? 1;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const pageHref = (to: number) =>
    `${base}?${new URLSearchParams({ ...(search.q ? { q: search.q } : {}), ...(search.set ? { set: search.set } : {}), ...(showAsked ? { asked: "show" } : {}), page: String(to) })}`;
  const hiddenAsked = hits.filter((hit) => askedBefore.has(hit.id)).length;
  const shown = hits.filter((hit) => !alreadyIn.has(hit.id) && (showAsked || !askedBefore.has(hit.id)));
  return (
    <section aria-labelledby="add-heading" className="space-y-3">
      <h2 id="add-heading" className="text-lg font-semibold">
        Add from the bank
      </h2>
      <form action={base} method="get" role="search" aria-label={`Search the bank for ${target}`} className="flex flex-wrap gap-2">
        <label htmlFor="builder-q" className="sr-only">
          Search questions
        </label>
        <input id="builder-q" name="q" type="search" defaultValue={search.q ?? ""} placeholder="Search questions" className={`${input} min-w-48 flex-1`} />
        <label htmlFor="builder-set" className="sr-only">
          Set
        </label>
        <select id="builder-set" name="set" defaultValue={search.set ?? ""} className={`${input} w-auto`}>
          <option value="">All sets</option>
          {sets.map((set) => (
            <option key={set.slug} value={set.slug}>
              {set.title}
            </option>
          ))}
        </select>
        {showAsked ? <input type="hidden" name="asked" value="show" /> : null}
        <button type="submit" className={buttonSecondary}>
          Search
        </button>
      </form>
      {hiddenAsked > 0 && !showAsked ? (
        <p className="text-sm text-muted">
          {hiddenAsked === 1 ? "1 question this candidate was already asked is hidden." : `${hiddenAsked} questions this candidate was already asked are hidden.`}{" "}
          <Link
            className="text-accent underline"
            href={`${base}?${new URLSearchParams({ ...(search.q ? { q: search.q } : {}), ...(search.set ? { set: search.set } : {}), asked: "show" })}`}
          >
            Show them
          </Link>
        </p>
      ) : null}
      <ul className="divide-y divide-border overflow-hidden rounded-xl border border-border bg-surface" aria-label="Bank questions">
        {shown.length === 0 ? <li className="p-4 text-sm text-muted">No more questions match.</li> : null}
        {shown.map((hit) => (
          <li key={hit.id} className="flex flex-wrap items-center gap-3 p-3">
            <div className="min-w-0 flex-1">
              <p className="font-medium">{hit.titleHighlight ? <HighlightedText text={hit.titleHighlight} /> : hit.title}</p>
              <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-muted">
                <QuestionBadges difficulty={hit.difficulty} level={hit.level} audience={hit.audience} minutes={hit.minutes} showAudience />
                <span>{hit.setTitle}</span>
                {askedBefore.has(hit.id) ? <span className="text-warning">Asked before</span> : null}
              </div>
            </div>
            <ActionButton action={add.bind(null, hit.id)} className={buttonSecondary} label={`Add “${hit.title}”`}>
              Add
            </ActionButton>
          </li>
        ))}
      </ul>
      {pages > 1 ? (
        <nav aria-label="Bank result pages" className="flex items-center justify-between text-sm text-muted">
          {page > 1 ? (
            <Link href={pageHref(page - 1)} className={buttonSecondary}>
              ← Previous
            </Link>
          ) : (
            <span />
          )}
          <span>
            Page {page} of {pages} · {total} matching
          </span>
          {page < pages ? (
            <Link href={pageHref(page + 1)} className={buttonSecondary}>
              Next →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </section>
  );
}
