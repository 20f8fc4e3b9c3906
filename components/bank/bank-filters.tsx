import { buttonPrimary, buttonSecondary, input, label } from "@/components/ui/styles";
import { DIFFICULTIES, LEVELS, type BankSearch } from "@/lib/questions/schema";

interface Props {
  search: BankSearch;
  sets: { slug: string; title: string }[];
  competencies: string[];
  tags: string[];
}

const capitalise = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

function Select({ name, text, value, options }: { name: string; text: string; value?: string; options: { value: string; label: string }[] }) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className={`${label} mb-1`}>
        {text}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={input}>
        <option value="">Any</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A plain GET form: the filters and query land in the URL, so any search can be shared or bookmarked. */
export function BankFilters({ search, sets, competencies, tags }: Props) {
  return (
    <form action="/bank" method="get" role="search" aria-label="Search the question bank" className="space-y-4">
      <div>
        <label htmlFor="filter-q" className={`${label} mb-1`}>
          Search
        </label>
        <div className="flex gap-2">
          <input id="filter-q" name="q" type="search" defaultValue={search.q ?? ""} placeholder="e.g. cold start, read replica, blue/green" className={input} maxLength={200} />
          <button type="submit" className={buttonPrimary}>
            Search
          </button>
        </div>
      </div>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        <Select name="set" text="Set" value={search.set} options={sets.map((set) => ({ value: set.slug, label: set.title }))} />
        <Select name="difficulty" text="Difficulty" value={search.difficulty} options={DIFFICULTIES.map((d) => ({ value: d, label: capitalise(d) }))} />
        <Select name="level" text="Level" value={search.level} options={LEVELS.map((l) => ({ value: l, label: capitalise(l) }))} />
        <Select name="competency" text="Competency" value={search.competency} options={competencies.map((c) => ({ value: c, label: c }))} />
        <Select name="tag" text="Tag" value={search.tag} options={tags.map((t) => ({ value: t, label: t }))} />
      </div>
      <div className="flex items-center gap-2">
        <input id="filter-reviewed" name="reviewed" type="checkbox" value="due" defaultChecked={search.reviewed === "due"} className="size-4 accent-(--accent)" />
        <label htmlFor="filter-reviewed" className="text-sm">
          Not reviewed for 12 months or more
        </label>
      </div>
      <div className="flex gap-2">
        <button type="submit" className={buttonSecondary}>
          Apply filters
        </button>
        <a href="/bank" className="inline-flex items-center px-3 text-sm text-muted hover:text-fg">
          Clear all
        </a>
      </div>
    </form>
  );
}
