import { Link } from "@/components/ui/link";
import { buttonSecondary } from "@/components/ui/styles";

/** Pages of a newest-first list (interviews, the audit log): "← Newer", where we are, "Older →". */
export function NewerOlderPager({ page, pages, href, summary }: { page: number; pages: number; href: (page: number) => string; summary: string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pages" className="mt-4 flex items-center justify-between text-sm text-muted">
      {page > 1 ? (
        <Link href={href(page - 1)} className={buttonSecondary} rel="prev">
          ← Newer
        </Link>
      ) : (
        <span />
      )}
      <span>
        Page {page} of {pages} · {summary}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} className={buttonSecondary} rel="next">
          Older →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
