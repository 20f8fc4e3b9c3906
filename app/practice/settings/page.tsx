import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { TimeZoneForm } from "@/components/account/time-zone-form";
import { PracticeSettingsForm } from "@/components/practice/practice-settings-form";
import { PageHeader } from "@/components/ui/page-header";
import { buttonSecondary, card } from "@/components/ui/styles";
import { myPracticeSettings } from "@/lib/practice/queries";
import { knownTimeZones } from "@/lib/scheduling/zone";

export const metadata: Metadata = { title: "Practice settings" };

export default async function PracticeSettingsPage() {
  const { learner, timeZone, left } = await myPracticeSettings();
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeader
        title="Practice settings"
        description={`Today you can still start ${left.newLeft} new ${left.newLeft === 1 ? "question" : "questions"} and do ${left.reviewsLeft} ${left.reviewsLeft === 1 ? "review" : "reviews"}.`}
        actions={
          <Link href="/practice/progress" className={buttonSecondary}>
            Progress
          </Link>
        }
      />
      <section aria-labelledby="limits-heading" className={`${card} space-y-4 p-6`}>
        <h2 id="limits-heading" className="font-medium">
          Daily limits and retention
        </h2>
        <PracticeSettingsForm newPerDay={learner.newPerDay} reviewsPerDay={learner.reviewsPerDay} retention={learner.retention} remindByEmail={learner.remindByEmail} />
      </section>
      <section aria-labelledby="zone-heading" className={`${card} space-y-3 p-6`}>
        <h2 id="zone-heading" className="font-medium">
          Your day
        </h2>
        <p className="text-sm text-muted">
          Your practice day ends at midnight in your time zone: what is due today, streaks, the forecast and the daily limits count your days. It was taken from your browser; it is
          the same setting as on your account page.
        </p>
        <TimeZoneForm current={timeZone} zones={knownTimeZones()} />
      </section>
    </div>
  );
}
