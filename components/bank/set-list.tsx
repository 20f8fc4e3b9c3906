import Link from "next/link";
import { bankHref } from "@/lib/questions/schema";

interface SetSummary {
  slug: string;
  title: string;
  description: string | null;
  questionCount: number;
}

export function SetList({ sets, activeSlug }: { sets: SetSummary[]; activeSlug?: string }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" aria-label="Question sets">
      {sets.map((set) => {
        const active = set.slug === activeSlug;
        return (
          <li key={set.slug}>
            <Link
              href={bankHref({ set: active ? undefined : set.slug })}
              aria-current={active ? "true" : undefined}
              className={`block h-full rounded-xl border bg-surface p-4 shadow-sm transition-colors hover:border-accent ${
                active ? "border-accent ring-1 ring-accent" : "border-border"
              }`}
            >
              <div className="flex items-baseline justify-between gap-2">
                <span className="font-medium">{set.title}</span>
                <span className="text-sm tabular-nums text-muted">
                  {set.questionCount} {set.questionCount === 1 ? "question" : "questions"}
                </span>
              </div>
              {set.description ? <p className="mt-1 line-clamp-2 text-sm text-muted">{set.description}</p> : null}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
