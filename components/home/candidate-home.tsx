import { Link } from "@/components/ui/link";
import { buttonPrimary, buttonSecondary, card } from "@/components/ui/styles";
import type { candidateHome } from "@/lib/home/queries";
import { runFiltersHref } from "@/lib/practice/schema";

type Home = Awaited<ReturnType<typeof candidateHome>>;

/** A candidate lands on their practice: what is due today, their streak, and where to go next. */
export function CandidateHome({ home }: { home: Home }) {
  const { progress } = home;
  const stats = [
    { label: "Due today", value: String(progress.dueToday) },
    { label: "Streak", value: `${progress.streak} ${progress.streak === 1 ? "day" : "days"}` },
    { label: "Questions seen", value: `${progress.seen} of ${progress.total}` },
  ];
  return (
    <div className="space-y-6">
      <dl className="grid gap-4 sm:grid-cols-3">
        {stats.map((stat) => (
          <div key={stat.label} className={`${card} p-5`}>
            <dt className="text-sm text-muted">{stat.label}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums">{stat.value}</dd>
          </div>
        ))}
      </dl>
      <div className={`${card} space-y-3 p-5`}>
        {progress.dueToday > 0 ? (
          <>
            <p>
              {progress.dueToday} {progress.dueToday === 1 ? "question is" : "questions are"} due for review today
              {progress.practisedToday ? "" : progress.streak > 0 ? ": practise today to keep your streak" : ""}.
            </p>
            <Link href={runFiltersHref({ due: "1", count: 50 })} className={buttonPrimary}>
              Review what is due
            </Link>
          </>
        ) : (
          <>
            <p>
              {progress.seen === 0
                ? "You have not practised yet. Pick a set and answer your first questions."
                : "Nothing is due today. Learn something new, or come back tomorrow."}
            </p>
            <Link href="/practice" className={buttonPrimary}>
              {progress.seen === 0 ? "Start practising" : "Practise new questions"}
            </Link>
          </>
        )}
        <Link href="/practice/progress" className={`${buttonSecondary} ml-2`}>
          Your progress
        </Link>
      </div>
    </div>
  );
}
