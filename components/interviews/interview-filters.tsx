import { FilterForm, FilterSearch, FilterSelect } from "@/components/ui/filter-form";
import { input } from "@/components/ui/styles";
import { LabelledField } from "@/components/ui/text-field";
import { STATUS_LABELS } from "@/lib/interviews/labels";
import type { InterviewListQuery } from "@/lib/interviews/schema";

const STATUSES = ["DRAFT", "IN_PROGRESS", "COMPLETED", "CANCELLED"] as const;
const SORTS = { created: "Newest first", scheduled: "Scheduled time, soonest first", "scheduled-desc": "Scheduled time, latest first" } as const;

/** The interviews list's search and filters: a plain GET form, so every choice is in the URL. */
export function InterviewFilters({ query, filtered }: { query: InterviewListQuery; filtered: boolean }) {
  return (
    <FilterForm
      action="/interviews"
      label="Search interviews"
      columns="lg:grid-cols-[2fr_1fr_1fr_1fr_1.4fr_auto]"
      filtered={filtered}
      extra={
        <label className="inline-flex items-center gap-2 text-sm">
          <input type="checkbox" name="mine" value="1" defaultChecked={Boolean(query.mine)} />
          Mine
        </label>
      }
    >
      <FilterSearch id="interview-q" value={query.q} placeholder="Candidate, title or interviewer" />
      <FilterSelect id="interview-status" name="status" label="Status" value={query.status} any="Any" options={STATUSES.map((status) => [status, STATUS_LABELS[status]])} />
      <LabelledField name="interview-from" label="Scheduled from">
        <input id="interview-from" name="from" type="date" defaultValue={query.from ?? ""} className={input} />
      </LabelledField>
      <LabelledField name="interview-to" label="to">
        <input id="interview-to" name="to" type="date" defaultValue={query.to ?? ""} className={input} />
      </LabelledField>
      <FilterSelect id="interview-sort" name="sort" label="Sort" value={query.sort} options={Object.entries(SORTS)} />
    </FilterForm>
  );
}
