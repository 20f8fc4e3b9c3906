import Link from "next/link";
import { buttonSecondary, input } from "@/components/ui/styles";
import { LabelledField } from "@/components/ui/text-field";
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
      <LabelledField name="candidate-q" label="Search">
        <input id="candidate-q" name="q" type="search" defaultValue={query.q ?? ""} placeholder="Name, email or position" maxLength={200} className={input} />
      </LabelledField>
      <LabelledField name="candidate-position" label="Position">
        <select id="candidate-position" name="position" defaultValue={query.position ?? ""} className={input}>
          <option value="">Any</option>
          {positions.map((position) => (
            <option key={position} value={position}>
              {position}
            </option>
          ))}
        </select>
      </LabelledField>
      <LabelledField name="candidate-status" label="Status">
        <select id="candidate-status" name="status" defaultValue={query.status ?? ""} className={input}>
          <option value="">Any</option>
          {PIPELINE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {PIPELINE_LABELS[status]}
            </option>
          ))}
        </select>
      </LabelledField>
      <LabelledField name="candidate-interviewer" label="Interviewer">
        <select id="candidate-interviewer" name="interviewer" defaultValue={query.interviewer ?? ""} className={input}>
          <option value="">Anyone</option>
          {interviewers.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name ?? person.email}
            </option>
          ))}
        </select>
      </LabelledField>
      <LabelledField name="candidate-sort" label="Sort">
        <select id="candidate-sort" name="sort" defaultValue={query.sort} className={input}>
          {CANDIDATE_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {CANDIDATE_SORT_LABELS[sort]}
            </option>
          ))}
        </select>
      </LabelledField>
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
