import type { ReactNode } from "react";
import { card } from "@/components/ui/styles";

/** One list of the home page: a heading, the items, and when there are none, what to do next. */
export function HomeSection({
  id,
  title,
  count,
  empty,
  children,
  footer,
}: {
  id: string;
  title: string;
  count?: number;
  empty: ReactNode;
  children: ReactNode[];
  footer?: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="flex items-baseline gap-2 text-lg font-semibold">
        {title}
        {count !== undefined && count > 0 ? <span className="text-sm font-normal text-muted">({count})</span> : null}
      </h2>
      {children.length === 0 ? (
        <div className="rounded-xl border border-dashed border-border p-5 text-sm text-muted">{empty}</div>
      ) : (
        <ul className={`${card} divide-y divide-border`} aria-label={title}>
          {children}
        </ul>
      )}
      {footer}
    </section>
  );
}
