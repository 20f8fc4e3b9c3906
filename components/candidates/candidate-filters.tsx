import Link from "next/link";
import { buttonSecondary, input, label } from "@/components/ui/styles";
import { CANDIDATE_SORT_LABELS, CANDIDATE_SORTS, PIPELINE_LABELS, PIPELINE_STATUSES, type CandidateListQuery } from "@/lib/candidates/list-query";

/** The candidates list's search and filters: a plain GET form, so every choice is in the URL. */
export function CandidateFilters({
  query,
  positions,
  interviewers,
}: {
  query: CandidateListQuery;
  positions: string[];
  interviewers: { id: string; name: string | null; email: string }[];
}) {
  return (
    <form
      action="/candidates"
      method="get"
      role="search"
      aria-label="Search candidates"
      className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_1fr_auto] lg:items-end"
    >
      <div>
        <label htmlFor="candidate-q" className={`${label} mb-1`}>
          Search
        </label>
        <input id="candidate-q" name="q" type="search" defaultValue={query.q ?? ""} placeholder="Name, email or position" maxLength={200} className={input} />
      </div>
      <div>
        <label htmlFor="candidate-position" className={`${label} mb-1`}>
          Position
        </label>
        <select id="candidate-position" name="position" defaultValue={query.position ?? ""} className={input}>
          <option value="">Any</option>
          {positions.map((position) => (
            <option key={position} value={position}>
              {position}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="candidate-status" className={`${label} mb-1`}>
          Status
        </label>
        <select id="candidate-status" name="status" defaultValue={query.status ?? ""} className={input}>
          <option value="">Any</option>
          {PIPELINE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {PIPELINE_LABELS[status]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="candidate-interviewer" className={`${label} mb-1`}>
          Interviewer
        </label>
        <select id="candidate-interviewer" name="interviewer" defaultValue={query.interviewer ?? ""} className={input}>
          <option value="">Anyone</option>
          {interviewers.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name ?? person.email}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="candidate-sort" className={`${label} mb-1`}>
          Sort
        </label>
        <select id="candidate-sort" name="sort" defaultValue={query.sort} className={input}>
          {CANDIDATE_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {CANDIDATE_SORT_LABELS[sort]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex gap-2">
        <button type="submit" className={buttonSecondary}>
          Search
        </button>
        {query.q || query.position || query.status || query.interviewer ? (
          <Link href="/candidates" className={buttonSecondary}>
            Clear
          </Link>
        ) : null}
      </div>
    </form>
  );
}
