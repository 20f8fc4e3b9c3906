import type { ReactNode } from "react";
import { describeBudget } from "@/lib/plans/budget";

/**
 * The ordered questions of an interview or a plan, headed by how many there are and their time
 * budget; `budgetNote` follows the budget (an interview's target length).
 */
export function QuestionListSection({ questions, budgetNote, children }: { questions: { minutes: number | null }[]; budgetNote?: string; children: ReactNode }) {
  return (
    <section aria-labelledby="questions-heading" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="questions-heading" className="text-lg font-semibold">
          Questions
        </h2>
        <p className="text-sm text-muted" aria-live="polite">
          {describeBudget(questions)}
          {budgetNote}
        </p>
      </div>
      {children}
    </section>
  );
}
