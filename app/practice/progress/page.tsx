import type { Metadata } from "next";
import Link from "next/link";
import { PracticeSync } from "@/components/practice/practice-sync";
import { ForecastChart, RetentionChart } from "@/components/practice/progress-charts";
import { PageHeader } from "@/components/ui/page-header";
import { buttonPrimary, buttonSecondary, card } from "@/components/ui/styles";
import type { ProgressGroup } from "@/lib/practice/practice";
import { myProgress } from "@/lib/practice/queries";
import { runFiltersHref } from "@/lib/practice/schema";

export const metadata: Metadata = { title: "Practice progress" };

const percent = (value: number | null) => (value === null ? "—" : `${Math.round(value * 100)}%`);
const dayLabel = (date: Date, index: number) =>
  index === 0 ? "Today" : date.toLocaleDateString("en-GB", { weekday: "short", day: "numeric", timeZone: "UTC" });

function GroupTable({ caption, groups, first }: { caption: string; groups: ProgressGroup[]; first: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-border text-left text-muted">
            <th scope="col" className="py-2 pr-3 font-medium">{first}</th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">Seen</th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">Due today</th>
            <th scope="col" className="py-2 text-right font-medium">Retention</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.name} className="border-b border-border last:border-0">
              <th scope="row" className="py-2 pr-3 text-left font-normal">{group.name}</th>
              <td className="py-2 pr-3 text-right tabular-nums">
                {group.seen} of {group.total}
              </td>
              <td className="py-2 pr-3 text-right tabular-nums">{group.dueToday}</td>
              <td className="py-2 text-right tabular-nums">{percent(group.retention)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default async function ProgressPage() {
  const { user, progress } = await myProgress();
  const days = progress.forecast.map((day, index) => ({ label: dayLabel(day.date, index), count: day.count }));
  const stats = [
    { label: "Questions seen", value: `${progress.seen} of ${progress.total}` },
    { label: "Due today", value: String(progress.dueToday) },
    { label: "Streak", value: `${progress.streak} ${progress.streak === 1 ? "day" : "days"}` },
  ];
  return (
    <>
      <PageHeader
        title="Practice progress"
        description="Retention is ts-fsrs's estimate of the chance you would recall a question you have seen, today. Days are UTC days."
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
          </div>
        }
      />
      {progress.seen === 0 ? (
        // Blank axes and zeros said nothing to someone who has not practised yet: say how to start.
        <section className={`${card} space-y-3 p-6`} data-testid="progress-empty">
          <h2 className="text-lg font-semibold">No practice yet</h2>
          <p className="text-sm text-muted">
            Start a run from the practice page: choose a set or a competency, answer a few questions and grade yourself. Your progress, retention and
            the questions due for review appear here after your first grade.
          </p>
          <Link href="/practice" className={buttonPrimary}>
            Start practising
          </Link>
        </section>
      ) : (
        <>
      <dl className="mb-6 grid grid-cols-3 gap-3">
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
          <h2 id="by-set" className="font-medium">By set</h2>
          <RetentionChart groups={progress.bySet} />
          <GroupTable caption="Progress by set" groups={progress.bySet} first="Set" />
        </section>
        <section aria-labelledby="by-competency" className={`${card} min-w-0 space-y-4 p-4 sm:p-5`}>
          <h2 id="by-competency" className="font-medium">By competency</h2>
          <RetentionChart groups={progress.byCompetency} />
          <GroupTable caption="Progress by competency" groups={progress.byCompetency} first="Competency" />
        </section>
      </div>
      <section aria-labelledby="forecast" className={`${card} mt-6 space-y-4 p-4 sm:p-5`}>
        <h2 id="forecast" className="font-medium">Due in the next 14 days</h2>
        <ForecastChart days={days} />
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">Reviews due per day</caption>
            <thead>
              <tr className="border-b border-border text-left text-muted">
                {days.map((day) => (
                  <th key={day.label} scope="col" className="whitespace-nowrap px-1 py-2 text-center font-medium">{day.label}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                {days.map((day) => (
                  <td key={day.label} className="px-1 py-2 text-center tabular-nums">{day.count}</td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      </section>
        </>
      )}
    </>
  );
}
