import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { buttonPrimary, card } from "@/components/ui/styles";
import { describeBudget } from "@/lib/plans/budget";
import { listPlans } from "@/lib/plans/queries";

export const metadata: Metadata = { title: "Interview plans" };

// No loading.tsx in this segment: candidates (the role) must get a real 404 here, which a
// streamed loading state would turn into a 200.
export default async function PlansPage() {
  const plans = await listPlans();
  return (
    <>
      <PageHeader
        title="Interview plans"
        description="Reusable, ordered question lists for a position. Start an interview from one on the candidate's page."
        actions={
          <Link href="/plans/new" className={buttonPrimary}>
            New plan
          </Link>
        }
      />
      {plans.length === 0 ? (
        <p className="rounded-xl border border-dashed border-border p-8 text-center text-sm text-muted">No plans yet. Make the first one.</p>
      ) : (
        <ul className={`${card} divide-y divide-border`} aria-label="Interview plans">
          {plans.map((plan) => (
            <li key={plan.id} className="flex flex-wrap items-baseline justify-between gap-2 p-4">
              <div className="min-w-0 wrap-anywhere">
                <Link href={`/plans/${plan.id}`} className="font-medium hover:text-accent hover:underline">
                  {plan.name}
                </Link>
                <p className="text-sm text-muted">{plan.position ?? "Any position"}</p>
              </div>
              <span className="text-sm text-muted">{describeBudget(plan.questions)}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
