import { Link } from "@/components/ui/link";
import type { Audience } from "@/lib/generated/prisma/enums";
import { bankHref } from "@/lib/questions/schema";

interface SetSummary {
  slug: string;
  title: string;
  description: string | null;
  questionCount: number;
  byAudience: Record<Audience, number>;
}

/** "12 interview only · 9 practice only · 4 both": how many questions each audience has. */
export function AudienceCounts({ counts, className = "" }: { counts: Record<Audience, number>; className?: string }) {
  const text = [`${counts.INTERVIEW} interview only`, `${counts.PRACTICE} practice only`, `${counts.BOTH} both`].join(" · ");
  return (
    <p className={`text-xs text-muted tabular-nums ${className}`} data-testid="audience-counts">
      {text}
    </p>
  );
}

/**
 * The sets as filter cards; with `exportable`, each also offers its Markdown file; with
 * `showAudiences` (staff), how many questions each audience has.
 */
export function SetList({
  sets,
  activeSlug,
  exportable = false,
  showAudiences = false,
}: {
  sets: SetSummary[];
  activeSlug?: string;
  exportable?: boolean;
  showAudiences?: boolean;
}) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" aria-label="Question sets">
      {sets.map((set) => {
        const active = set.slug === activeSlug;
        return (
          <li
            key={set.slug}
            className={`flex h-full flex-col rounded-xl border bg-surface shadow-sm transition-colors hover:border-accent ${
              active ? "border-accent ring-1 ring-accent" : "border-border"
            }`}
          >
            <Link href={bankHref({ set: active ? undefined : set.slug })} aria-current={active ? "true" : undefined} className="block flex-1 rounded-xl p-4">
              <div className="flex items-baseline justify-between gap-2">
                <span className="min-w-0 font-medium wrap-anywhere">{set.title}</span>
                <span className="text-sm text-muted tabular-nums">
                  {set.questionCount} {set.questionCount === 1 ? "question" : "questions"}
                </span>
              </div>
              {set.description ? <p className="mt-1 line-clamp-2 text-sm wrap-anywhere text-muted">{set.description}</p> : null}
              {showAudiences ? <AudienceCounts counts={set.byAudience} className="mt-2" /> : null}
            </Link>
            {exportable ? (
              <a
                href={`/bank/export/${set.slug}`}
                download
                className="mx-4 mb-2 inline-flex min-h-6 items-center self-start text-xs text-muted underline underline-offset-2 hover:text-fg"
              >
                Download Markdown<span className="sr-only"> of {set.title}</span>
              </a>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
