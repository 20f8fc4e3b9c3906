import Link from "next/link";
import { buttonSecondary, input } from "@/components/ui/styles";
import { LabelledField } from "@/components/ui/text-field";
import { STATUS_LABELS } from "@/lib/interviews/labels";
import type { InterviewListQuery } from "@/lib/interviews/schema";

const STATUSES = ["DRAFT", "IN_PROGRESS", "COMPLETED", "CANCELLED"] as const;
const SORTS = { created: "Newest first", scheduled: "Scheduled time, soonest first", "scheduled-desc": "Scheduled time, latest first" } as const;

/** The interviews list's search and filters: a plain GET form, so every choice is in the URL. */
export function InterviewFilters({ query, filtered }: { query: InterviewListQuery; filtered: boolean }) {
  return (
    <form
      action="/interviews"
      method="get"
      role="search"
      aria-label="Search interviews"
      className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_1.4fr_auto] lg:items-end"
    >
      <LabelledField name="interview-q" label="Search">
        <input id="interview-q" name="q" type="search" defaultValue={query.q ?? ""} placeholder="Candidate, title or interviewer" maxLength={200} className={input} />
      </LabelledField>
      <LabelledField name="interview-status" label="Status">
        <select id="interview-status" name="status" defaultValue={query.status ?? ""} className={input}>
          <option value="">Any</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </LabelledField>
      <LabelledField name="interview-from" label="Scheduled from">
        <input id="interview-from" name="from" type="date" defaultValue={query.from ?? ""} className={input} />
      </LabelledField>
      <LabelledField name="interview-to" label="to">
        <input id="interview-to" name="to" type="date" defaultValue={query.to ?? ""} className={input} />
      </LabelledField>
      <LabelledField name="interview-sort" label="Sort">
        <select id="interview-sort" name="sort" defaultValue={query.sort} className={input}>
          {Object.entries(SORTS).map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      </LabelledField>
      <div className="flex flex-wrap items-center gap-2">
        <label className="inline-flex items-center gap-2 text-sm">
          <input type="checkbox" name="mine" value="1" defaultChecked={Boolean(query.mine)} />
          Mine
        </label>
        <button type="submit" className={buttonSecondary}>
          Search
        </button>
        {filtered ? (
          <Link href="/interviews" className={buttonSecondary}>
            Clear
          </Link>
        ) : null}
      </div>
    </form>
  );
}
