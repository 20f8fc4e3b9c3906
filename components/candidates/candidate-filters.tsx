import { FilterForm, FilterSearch, FilterSelect } from "@/components/ui/filter-form";
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
    <FilterForm
      action="/candidates"
      label="Search candidates"
      columns="lg:grid-cols-[2fr_1fr_1fr_1fr_1fr_auto]"
      filtered={Boolean(query.q || query.position || query.status || query.interviewer)}
    >
      <FilterSearch id="candidate-q" value={query.q} placeholder="Name, email or position" />
      <FilterSelect id="candidate-position" name="position" label="Position" value={query.position} any="Any" options={positions.map((position) => [position, position])} />
      <FilterSelect
        id="candidate-status"
        name="status"
        label="Status"
        value={query.status}
        any="Any"
        options={PIPELINE_STATUSES.map((status) => [status, PIPELINE_LABELS[status]])}
      />
      <FilterSelect
        id="candidate-interviewer"
        name="interviewer"
        label="Interviewer"
        value={query.interviewer}
        any="Anyone"
        options={interviewers.map((person) => [person.id, person.name ?? person.email])}
      />
      <FilterSelect id="candidate-sort" name="sort" label="Sort" value={query.sort} options={CANDIDATE_SORTS.map((sort) => [sort, CANDIDATE_SORT_LABELS[sort]])} />
    </FilterForm>
  );
}
