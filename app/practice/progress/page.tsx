import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { PracticeSync } from "@/components/practice/practice-sync";
import { ForecastChart, MaturityChart } from "@/components/practice/progress-charts";
import { ReviewHeatmap } from "@/components/practice/review-heatmap";
import { PageHeader } from "@/components/ui/page-header";
import { buttonPrimary, buttonSecondary, card, link } from "@/components/ui/styles";
import { MATURE_DAYS, type ProgressGroup, type RecallPeriod } from "@/lib/practice/progress";
import { myProgress } from "@/lib/practice/queries";
import { runFiltersHref } from "@/lib/practice/schema";

export const metadata: Metadata = { title: "Practice progress" };

const percent = (value: number | null) => (value === null ? "—" : `${Math.round(value * 100)}%`);
// Days are YYYY-MM-DD in the learner's zone; read at noon UTC they name the same calendar day.
const dayLabel = (day: string, index: number) =>
  index === 0 ? "Today" : new Date(`${day}T12:00:00Z`).toLocaleDateString("en-GB", { weekday: "short", day: "numeric", timeZone: "UTC" });

function GroupTable({ caption, groups, first }: { caption: string; groups: ProgressGroup[]; first: string }) {
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-border text-left text-muted">
            <th scope="col" className="py-2 pr-3 font-medium">
              {first}
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">
              New
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">
              Young
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">
              Mature
            </th>
            <th scope="col" className="py-2 text-right font-medium">
              Due today
            </th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.name} className="border-b border-border last:border-0">
              <th scope="row" className="py-2 pr-3 text-left font-normal">
                {group.name}
              </th>
              <td className="py-2 pr-3 text-right tabular-nums">{group.fresh}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{group.young}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{group.mature}</td>
              <td className="py-2 text-right tabular-nums">{group.dueToday}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RecallTable({ periods }: { periods: RecallPeriod[] }) {
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">True recall per period</caption>
      <thead>
        <tr className="border-b border-border text-left text-muted">
          <th scope="col" className="py-2 pr-3 font-medium">
            Period
          </th>
          <th scope="col" className="py-2 pr-3 text-right font-medium">
            Reviews
          </th>
          <th scope="col" className="py-2 pr-3 text-right font-medium">
            Recalled
          </th>
          <th scope="col" className="py-2 text-right font-medium">
            True recall
          </th>
        </tr>
      </thead>
      <tbody>
        {periods.map((period) => (
          <tr key={period.label} className="border-b border-border last:border-0">
            <th scope="row" className="py-2 pr-3 text-left font-normal">
              {period.label}
            </th>
            <td className="py-2 pr-3 text-right tabular-nums">{period.reviews}</td>
            <td className="py-2 pr-3 text-right tabular-nums">{period.recalled}</td>
            <td className="py-2 text-right tabular-nums" data-testid={`recall-${period.days}`}>
              {percent(period.recall)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default async function ProgressPage() {
  const { user, progress } = await myProgress();
  const days = progress.forecast.map((day, index) => ({ label: dayLabel(day.day, index), count: day.count }));
  const month = progress.recall[1]!;
  const stats = [
    { label: "Questions seen", value: `${progress.seen} of ${progress.total}` },
    { label: "Due today", value: String(progress.dueToday) },
    { label: "Streak", value: `${progress.streak} ${progress.streak === 1 ? "day" : "days"}` },
    { label: "True recall", value: month.recall === null ? "—" : percent(month.recall) },
  ];
  const header = (
    <PageHeader
      title="Practice progress"
      description={`Days are yours: ${progress.zone}. True recall is the share of your reviews of learnt questions not graded Again.`}
      actions={
        <div className="flex flex-wrap items-center gap-2">
          <PracticeSync userId={user.id} />
          {progress.dueToday > 0 ? (
            <Link href={runFiltersHref({ due: "1", count: 50 })} className={buttonPrimary}>
              Review what is due today
            </Link>
          ) : null}
          <Link href="/practice" className={buttonSecondary}>
            Practice
          </Link>
          <Link href="/practice/settings" className={buttonSecondary}>
            Settings
          </Link>
        </div>
      }
    />
  );
  if (progress.reviewsEver === 0) {
    return (
      <>
        {header}
        <section aria-labelledby="empty-heading" className={`${card} mx-auto max-w-xl space-y-3 p-6`} data-testid="progress-empty">
          <h2 id="empty-heading" className="text-lg font-semibold">
            No practice yet
          </h2>
          <p className="text-sm text-muted">
            Your progress shows here once you have graded a question. Start a run on the Practice page: answer, reveal the model answer, and grade yourself Again, Hard, Good or
            Easy. Each question then comes back when you are about to forget it.
          </p>
          <Link href="/practice" className={buttonPrimary}>
            Start practising
          </Link>
          <p className="text-sm text-muted">
            {progress.total} questions are waiting. Limits and retention are in your{" "}
            <Link href="/practice/settings" className={link}>
              practice settings
            </Link>
            .
          </p>
        </section>
      </>
    );
  }
  return (
    <>
      {header}
      <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-4">
        {stats.map((stat) => (
          <div key={stat.label} className={`${card} p-4`}>
            <dt className="text-xs text-muted sm:text-sm">{stat.label}</dt>
            <dd className="mt-1 text-lg font-semibold tabular-nums sm:text-2xl" data-testid={`stat-${stat.label.toLowerCase().replace(/\s+/g, "-")}`}>
              {stat.value}
            </dd>
          </div>
        ))}
      </dl>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="by-set" className={`${card} min-w-0 space-y-4 p-4 sm:p-5`}>
          <h2 id="by-set" className="font-medium">
            By set
          </h2>
          <MaturityChart groups={progress.bySet} />
          <GroupTable caption="Progress by set" groups={progress.bySet} first="Set" />
        </section>
        <section aria-labelledby="by-competency" className={`${card} min-w-0 space-y-4 p-4 sm:p-5`}>
          <h2 id="by-competency" className="font-medium">
            By competency
          </h2>
          <MaturityChart groups={progress.byCompetency} />
          <GroupTable caption="Progress by competency" groups={progress.byCompetency} first="Competency" />
        </section>
      </div>
      <p className="mt-2 text-xs text-muted">Mature: comes back in {MATURE_DAYS} days or more. Young: seen, sooner. New: not seen yet.</p>
      <div className="mt-6 grid gap-6 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="heatmap-heading" className={`${card} min-w-0 space-y-3 p-4 sm:p-5`}>
          <h2 id="heatmap-heading" className="font-medium">
            Reviews per day
          </h2>
          <ReviewHeatmap days={progress.heatmap} />
        </section>
        <section aria-labelledby="recall-heading" className={`${card} min-w-0 space-y-3 p-4 sm:p-5`}>
          <h2 id="recall-heading" className="font-medium">
            True recall
          </h2>
          <RecallTable periods={progress.recall} />
          <p className="text-xs text-muted">Counts reviews of questions past their learning steps; grades while learning are not a test of memory.</p>
        </section>
      </div>
      <section aria-labelledby="forecast" className={`${card} mt-6 space-y-4 p-4 sm:p-5`}>
        <h2 id="forecast" className="font-medium">
          Due in the next 14 days
        </h2>
        <ForecastChart days={days} />
        <div className="relative overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">Reviews due per day</caption>
            <thead>
              <tr className="border-b border-border text-left text-muted">
                {days.map((day) => (
                  <th key={day.label} scope="col" className="px-1 py-2 text-center font-medium whitespace-nowrap">
                    {day.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                {days.map((day) => (
                  <td key={day.label} className="px-1 py-2 text-center tabular-nums">
                    {day.count}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
