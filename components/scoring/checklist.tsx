import type { ReactNode } from "react";

/** Key points the candidate covered, or red flags they raised: ticked by index. */
export function Checklist({
  legend,
  items,
  checked,
  onToggle,
  disabled,
}: {
  legend: string;
  items: ReactNode[];
  checked: number[];
  onToggle: (index: number) => void;
  disabled?: boolean;
}) {
  return (
    <fieldset disabled={disabled} className="space-y-2">
      <legend className="mb-2 text-sm font-semibold">{legend}</legend>
      {items.length === 0 ? <p className="text-sm text-muted">None listed.</p> : null}
      {items.map((item, index) => (
        <label key={index} className="flex cursor-pointer items-start gap-2 rounded-md px-2 py-1 text-sm hover:bg-subtle">
          <input type="checkbox" checked={checked.includes(index)} onChange={() => onToggle(index)} className="mt-1 size-4 shrink-0 accent-(--accent)" />
          <span className="min-w-0">{item}</span>
        </label>
      ))}
    </fieldset>
  );
}
