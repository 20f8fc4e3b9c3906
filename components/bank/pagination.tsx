import { Link } from "@/components/ui/link";
import { buttonSecondary } from "@/components/ui/styles";
import { bankHref, type BankSearch } from "@/lib/questions/schema";

export function Pagination({ search, total, pageSize }: { search: BankSearch; total: number; pageSize: number }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const page = Math.min(search.page, pages);
  return (
    <nav aria-label="Pagination" className="mt-4 flex items-center justify-between text-sm">
      {page > 1 ? (
        <Link className={buttonSecondary} href={bankHref({ ...search, page: page - 1 })} rel="prev">
          ← Previous
        </Link>
      ) : (
        <span />
      )}
      <span className="text-muted">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link className={buttonSecondary} href={bankHref({ ...search, page: page + 1 })} rel="next">
          Next →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
