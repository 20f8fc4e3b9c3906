import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { ClearLocalHistory } from "@/components/practice/clear-local-history";
import { PracticeSync } from "@/components/practice/practice-sync";
import { RunFiltersForm } from "@/components/practice/run-filters-form";
import { PageHeader } from "@/components/ui/page-header";
import { buttonPrimary, buttonSecondary, card, link } from "@/components/ui/styles";
import { practiceStart } from "@/lib/practice/queries";
import { parseRunFilters, runFiltersHref } from "@/lib/practice/schema";

export const metadata: Metadata = { title: "Practice" };

export default async function PracticePage({ searchParams }: PageProps<"/practice">) {
  const filters = parseRunFilters(await searchParams);
  const { user, sets, tags, left } = await practiceStart();
  const due = sets.reduce((sum, set) => sum + set.dueToday, 0);
  const fresh = sets.reduce((sum, set) => sum + set.newCount, 0);
  return (
    <>
      <PageHeader
        title="Practice"
        description={
          user
            ? "Answer, reveal, grade yourself: each question comes back when you are about to forget it."
            : "Try a few questions as a guest. Your progress stays in this browser until you sign up."
        }
        actions={
          user ? (
            <div className="flex flex-wrap items-center gap-2">
              <PracticeSync userId={user.id} />
              <Link href="/practice/progress" className={buttonSecondary}>
                Progress
              </Link>
              <Link href="/practice/settings" className={buttonSecondary}>
                Settings
              </Link>
            </div>
          ) : (
            <Link href="/sign-up" className={buttonSecondary}>
              Sign up to keep progress
            </Link>
          )
        }
      />
      {user ? (
        <section aria-labelledby="due-heading" className={`${card} mb-6 flex flex-wrap items-center justify-between gap-3 p-5`}>
          <div>
            <h2 id="due-heading" className="font-medium">
              {due === 0 ? "Nothing is due today" : `${due} ${due === 1 ? "question is" : "questions are"} due today`}
            </h2>
            <p className="text-sm text-muted" data-testid="practice-today">
              {fresh} new questions to start{left ? ` · today's limits leave ${left.newLeft} new and ${left.reviewsLeft} reviews` : ""}.
            </p>
          </div>
          {due > 0 ? (
            <Link href={runFiltersHref({ due: "1", count: 50 })} className={buttonPrimary}>
              Review what is due today
            </Link>
          ) : null}
        </section>
      ) : null}
      <section aria-labelledby="run-heading" className={`${card} p-4 sm:p-5`}>
        <h2 id="run-heading" className="mb-4 font-medium">
          Start a run
        </h2>
        <RunFiltersForm filters={filters} sets={sets} tags={tags} signedIn={Boolean(user)} />
      </section>
      {user ? (
        <p className="mt-6 text-sm text-muted">
          <a href="/practice/export" className={link}>
            Download your practice history (CSV)
          </a>
        </p>
      ) : (
        <ClearLocalHistory />
      )}
    </>
  );
}
