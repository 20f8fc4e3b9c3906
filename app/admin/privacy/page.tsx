import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { RetentionForm } from "@/components/admin/retention-form";
import { PageHeader } from "@/components/ui/page-header";
import { card, link } from "@/components/ui/styles";
import { formatDateTime } from "@/lib/format/date-time";
import { privacyOverview } from "@/lib/privacy/queries";

export const metadata: Metadata = { title: "Privacy" };

// No loading.tsx here: non-admins must get a real 404, which a streamed loading state would turn into a 200.

export default async function PrivacyAdminPage() {
  const { policy, erased, byRetention, wouldErase } = await privacyOverview();
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        title="Privacy"
        description={
          <>
            How long candidates&apos; personal data is kept. A candidate who asks to be erased is erased from their own page (Candidates → the candidate → Erase personal data); an
            account is deleted by its owner on the Account page, or on the Users page.{" "}
            <Link href="/privacy" className={link}>
              The privacy notice
            </Link>{" "}
            says what is kept and why.
          </>
        }
      />
      <section aria-labelledby="retention-heading" className={`${card} space-y-4 p-6`}>
        <h2 id="retention-heading" className="font-medium">
          Retention
        </h2>
        <p className="text-sm text-muted">
          Once a day, candidates with no activity (no change to them, their interviews or their scorecards) for this long are erased as if they had asked: personal data and free
          text go, anonymous ratings stay. Each erasure is in the audit log.
        </p>
        <RetentionForm months={policy.candidateMonths} />
        <p className="text-sm text-muted" data-testid="retention-status">
          {policy.candidateMonths === null ? "Retention is off." : `${wouldErase} candidate${wouldErase === 1 ? "" : "s"} would be erased by the next run.`}{" "}
          {policy.updatedAt ? `Last changed ${formatDateTime(policy.updatedAt)} UTC.` : null}
        </p>
      </section>
      <section aria-labelledby="erasures-heading" className={`${card} space-y-2 p-6 text-sm`}>
        <h2 id="erasures-heading" className="font-medium">
          Erasures so far
        </h2>
        <p>
          {erased} candidate{erased === 1 ? "" : "s"} erased, {byRetention} of them by the retention policy.{" "}
          <Link href="/admin/audit?action=candidate.erase" className={link}>
            See them in the audit log
          </Link>
        </p>
      </section>
    </div>
  );
}
