import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { buttonSecondary, input } from "./styles";
import { LabelledField } from "./text-field";

/**
 * A list's search and filters: a plain GET form, so every choice is in the URL and a filtered list
 * can be shared. The fields sit in a grid (`columns`: its large-screen columns), then Search, and
 * Clear (back to `action`) once something is chosen; `extra` goes before the button (a checkbox).
 */
export function FilterForm({
  action,
  label,
  columns,
  filtered,
  extra,
  children,
}: {
  action: string;
  label: string;
  columns: string;
  filtered: boolean;
  extra?: ReactNode;
  children: ReactNode;
}) {
  return (
    <form action={action} method="get" role="search" aria-label={label} className={`mb-4 grid gap-3 sm:grid-cols-2 ${columns} lg:items-end`}>
      {children}
      <div className="flex flex-wrap items-center gap-2">
        {extra}
        <button type="submit" className={buttonSecondary}>
          Search
        </button>
        {filtered ? (
          <Link href={action} className={buttonSecondary}>
            Clear
          </Link>
        ) : null}
      </div>
    </form>
  );
}

/** The free-text search of a FilterForm: the `q` parameter. */
export function FilterSearch({ id, value, placeholder }: { id: string; value: string | undefined; placeholder: string }) {
  return (
    <LabelledField name={id} label="Search">
      <input id={id} name="q" type="search" defaultValue={value ?? ""} placeholder={placeholder} maxLength={200} className={input} />
    </LabelledField>
  );
}

/** A choice of a FilterForm; `any` is the first option's text, sending nothing (no filter). */
export function FilterSelect({
  id,
  name,
  label,
  value,
  any,
  options,
}: {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  any?: string;
  options: readonly (readonly [value: string, text: string])[];
}) {
  return (
    <LabelledField name={id} label={label}>
      <select id={id} name={name} defaultValue={value ?? ""} className={input}>
        {any ? <option value="">{any}</option> : null}
        {options.map(([optionValue, text]) => (
          <option key={optionValue} value={optionValue}>
            {text}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}
