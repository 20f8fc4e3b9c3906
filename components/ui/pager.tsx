import { Link } from "@/components/ui/link";
import { buttonSecondary } from "@/components/ui/styles";

/** "← Previous", where we are and how many in all, "Next →": the total is always said, so nothing is silently cut off. */
export function Pager({ page, pages, href, summary }: { page: number; pages: number; href: (page: number) => string; summary: string }) {
  return (
    <nav aria-label="Pages" className="mt-4 flex items-center justify-between gap-2 text-sm text-muted">
      {page > 1 ? (
        <Link href={href(page - 1)} className={buttonSecondary} rel="prev">
          ← Previous
        </Link>
      ) : (
        <span />
      )}
      <span>
        {pages > 1 ? `Page ${page} of ${pages} · ` : ""}
        {summary}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} className={buttonSecondary} rel="next">
          Next →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
