import { buttonPrimary, input, label } from "@/components/ui/styles";
import { DIFFICULTIES, LEVELS } from "@/lib/questions/schema";
import { MAX_RUN, type RunFilters } from "@/lib/practice/schema";

const questions = (count: number) => (count === 1 ? "1 question" : `${count} questions`);

interface Props {
  filters: RunFilters;
  sets: { slug: string; title: string; questionCount: number; dueToday: number; newCount: number }[];
  tags: string[];
  signedIn: boolean;
}

const capitalise = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

function Select({ name, text, value, options }: { name: string; text: string; value?: string; options: string[] }) {
  return (
    <div>
      <label htmlFor={`run-${name}`} className={`${label} mb-1`}>
        {text}
      </label>
      <select id={`run-${name}`} name={name} defaultValue={value ?? ""} className={input}>
        <option value="">Any</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {name === "tag" ? option : capitalise(option)}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The tag filter: a text box that suggests the practice tags as you type (the browser's own
 * combobox, <input list>: searchable, keyboard- and screen-reader-ready, no script), instead of a
 * select of some 260 tags. A tag no question has simply matches nothing.
 */
function TagPicker({ value, tags }: { value?: string; tags: string[] }) {
  return (
    <div>
      <label htmlFor="run-tag" className={`${label} mb-1`}>
        Tag
      </label>
      <input
        id="run-tag"
        name="tag"
        type="search"
        list="run-tag-options"
        defaultValue={value ?? ""}
        placeholder="Any"
        autoComplete="off"
        maxLength={100}
        className={input}
        aria-describedby="run-tag-hint"
      />
      <datalist id="run-tag-options">
        {tags.map((tag) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
      <p id="run-tag-hint" className="sr-only">
        Type to search {tags.length} tags; leave empty for any.
      </p>
    </div>
  );
}

/** A plain GET form to /practice/run: the choice is in the URL, so a run can be bookmarked. */
export function RunFiltersForm({ filters, sets, tags, signedIn }: Props) {
  return (
    <form action="/practice/run" method="get" className="space-y-5">
      <fieldset>
        <legend className={`${label} mb-2`}>Sets (none ticked: all)</legend>
        <ul className="grid gap-2 sm:grid-cols-2" aria-label="Practice sets">
          {sets.map((set) => (
            <li key={set.slug}>
              <label className="flex cursor-pointer items-start gap-3 rounded-lg border border-border p-3 hover:bg-subtle">
                <input type="checkbox" name="set" value={set.slug} defaultChecked={filters.set.includes(set.slug)} className="mt-1 h-4 w-4 accent-[var(--accent)]" />
                <span className="min-w-0">
                  <span className="block font-medium">{set.title}</span>
                  <span className="block text-sm text-muted" data-testid={`set-counts-${set.slug}`}>
                    {signedIn ? `${set.dueToday} due today · ${set.newCount} new · ${questions(set.questionCount)}` : questions(set.questionCount)}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <TagPicker value={filters.tag[0]} tags={tags} />
        <Select name="difficulty" text="Difficulty" value={filters.difficulty} options={[...DIFFICULTIES]} />
        <Select name="level" text="Level" value={filters.level} options={[...LEVELS]} />
        <div>
          <label htmlFor="run-count" className={`${label} mb-1`}>
            Questions
          </label>
          <input id="run-count" name="count" type="number" min={1} max={MAX_RUN} defaultValue={filters.count} className={input} />
        </div>
      </div>
      <button type="submit" className={`${buttonPrimary} w-full sm:w-auto`}>
        {signedIn ? "Start practising" : "Try as a guest"}
      </button>
    </form>
  );
}
