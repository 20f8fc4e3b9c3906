import type { Metadata } from "next";
import Link from "next/link";
import { AuditFilters } from "@/components/admin/audit-filters";
import { AuditTable } from "@/components/admin/audit-table";
import { PageHeader } from "@/components/ui/page-header";
import { buttonSecondary } from "@/components/ui/styles";
import { listAuditEvents, listAuditFilterOptions } from "@/lib/audit/queries";
import { auditHref, auditQuerySchema } from "@/lib/audit/schema";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: PageProps<"/admin/audit">) {
  const params = await searchParams;
  const query = auditQuerySchema.parse({ action: params.action, actor: params.actor, page: params.page });
  const [{ events, total, pages }, options] = await Promise.all([listAuditEvents(query), listAuditFilterOptions()]);
  return (
    <>
      <PageHeader title="Audit log" description="Who changed roles and bank editing, submitted or reopened scorecards, signed out everywhere, imported or edited questions. Newest first." />
      <AuditFilters query={query} actions={options.actions} actors={options.actors} />
      {events.length === 0 ? (
        <p className="rounded-xl border border-dashed border-border p-8 text-center text-sm text-muted">
          {query.page > 1 ? "This page is past the end of the log." : "Nothing recorded yet for these filters."}
        </p>
      ) : (
        <AuditTable events={events} />
      )}
      {pages > 1 ? (
        <nav aria-label="Pages" className="mt-4 flex items-center justify-between text-sm text-muted">
          {query.page > 1 ? (
            <Link href={auditHref({ ...query, page: query.page - 1 })} className={buttonSecondary} rel="prev">
              ← Newer
            </Link>
          ) : (
            <span />
          )}
          <span>
            Page {Math.min(query.page, pages)} of {pages} · {total} events
          </span>
          {query.page < pages ? (
            <Link href={auditHref({ ...query, page: query.page + 1 })} className={buttonSecondary} rel="next">
              Older →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </>
  );
}
