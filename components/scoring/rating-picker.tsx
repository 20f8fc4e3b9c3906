import type { ReactNode } from "react";

/** Forced choice 1–4 (no neutral middle), each level with its anchor text visible. */
export function RatingPicker({
  name,
  value,
  anchors,
  onChange,
  disabled,
}: {
  name: string;
  value: number | null;
  anchors: ReactNode[];
  onChange: (rating: number) => void;
  disabled?: boolean;
}) {
  return (
    <fieldset disabled={disabled}>
      <legend className="mb-2 text-sm font-semibold">
        Rating <span className="keyboard-hint font-normal text-muted">(press 1–4)</span>
      </legend>
      <div className="grid gap-2 md:grid-cols-2">
        {anchors.map((anchor, index) => {
          const level = index + 1;
          return (
            <label
              key={level}
              className="flex cursor-pointer gap-3 rounded-lg border border-border p-3 text-sm transition-colors hover:bg-subtle has-checked:border-accent has-checked:bg-accent-soft has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent"
            >
              <input type="radio" name={name} value={level} checked={value === level} onChange={() => onChange(level)} className="sr-only" />
              <span aria-hidden="true" className="flex size-7 shrink-0 items-center justify-center rounded-full border border-border bg-surface font-semibold">
                {level}
              </span>
              <span>
                <span className="sr-only">{level}: </span>
                {anchor}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
