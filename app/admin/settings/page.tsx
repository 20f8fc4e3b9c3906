import type { Metadata } from "next";
import { SlaForm } from "@/components/admin/sla-form";
import { PageHeader } from "@/components/ui/page-header";
import { card } from "@/components/ui/styles";
import { requireUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { DEFAULT_SLA, readSla } from "@/lib/notifications/sla";

export const metadata: Metadata = { title: "Settings" };
export const dynamic = "force-dynamic";

export default async function SettingsPage() {
  await requireUser(["ADMIN"]);
  const sla = await readSla(prisma);
  return (
    <>
      <PageHeader title="Settings" description="Changes are recorded in the audit log." />
      <section aria-labelledby="sla-heading" className={`${card} max-w-2xl space-y-3 p-6`}>
        <h2 id="sla-heading" className="font-medium">
          Scorecard deadlines
        </h2>
        <p className="text-sm text-muted">
          Counted from an interview&apos;s scheduled end. Panelists get a reminder when it ends, another when ratings are late, and when the scorecard is late both they and the
          interview&apos;s owner are told. Defaults: ratings within {DEFAULT_SLA.ratingsWithinMinutes} minutes, the scorecard within {DEFAULT_SLA.scorecardWithinHours} hours.
        </p>
        <SlaForm sla={sla} />
      </section>
    </>
  );
}
