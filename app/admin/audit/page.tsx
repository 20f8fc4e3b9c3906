import type { Metadata } from "next";
import { AuditFilters } from "@/components/admin/audit-filters";
import { AuditTable } from "@/components/admin/audit-table";
import { NewerOlderPager } from "@/components/ui/newer-older-pager";
import { PageHeader } from "@/components/ui/page-header";
import { listAuditEvents, listAuditFilterOptions } from "@/lib/audit/queries";
import { auditHref, auditQuerySchema } from "@/lib/audit/schema";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: PageProps<"/admin/audit">) {
  const params = await searchParams;
  const query = auditQuerySchema.parse({ action: params.action, actor: params.actor, page: params.page });
  const [{ events, total, pages }, options] = await Promise.all([listAuditEvents(query), listAuditFilterOptions()]);
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Who changed roles and bank editing, submitted or reopened scorecards, signed out everywhere, imported or edited questions. Newest first."
      />
      <AuditFilters query={query} actions={options.actions} actors={options.actors} />
      {events.length === 0 ? (
        <p className="rounded-xl border border-dashed border-border p-8 text-center text-sm text-muted">
          {query.page > 1 ? "This page is past the end of the log." : "Nothing recorded yet for these filters."}
        </p>
      ) : (
        <AuditTable events={events} />
      )}
      <NewerOlderPager page={Math.min(query.page, pages)} pages={pages} href={(page) => auditHref({ ...query, page })} summary={`${total} events`} />
    </>
  );
}
