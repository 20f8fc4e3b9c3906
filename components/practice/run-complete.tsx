import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { buttonPrimary, buttonSecondary, card } from "@/components/ui/styles";
import { GRADE_LABELS, type Grade } from "@/lib/practice/grades";
import type { RunQuestion } from "./run-question";
import { GRADES } from "./use-practice-run";

/** The end of a run: how it went, and where to go next. */
export function RunComplete({
  questions,
  steps,
  signedIn,
  status,
}: {
  questions: RunQuestion[];
  steps: { questionId: string; grade: Grade }[];
  signedIn: boolean;
  status: ReactNode;
}) {
  // Every grade given, relearning included (a question graded Again then Good counts in both).
  const tally = GRADES.map((grade) => ({ grade, count: steps.filter((step) => step.grade === grade).length }));
  const practised = new Set(steps.map((step) => step.questionId)).size || questions.length;
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Run complete</h1>
        {status}
      </div>
      <div className={`${card} p-5`}>
        <p>
          You practised {practised === 1 ? "1 question" : `${practised} questions`}: {tally.map((t) => `${GRADE_LABELS[t.grade]} ${t.count}`).join(", ")}.
        </p>
        <div className="mt-4 flex flex-wrap gap-2">
          {signedIn ? (
            <Link href="/practice/progress" className={buttonPrimary}>
              See your progress
            </Link>
          ) : (
            <Link href="/sign-up" className={buttonPrimary}>
              Sign up to keep your progress
            </Link>
          )}
          <Link href="/practice" className={buttonSecondary}>
            Start another run
          </Link>
        </div>
      </div>
    </>
  );
}
