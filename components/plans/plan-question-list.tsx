import { SortableQuestionList, type QuestionRow } from "@/components/interviews/sortable-question-list";
import { movePlanQuestionAction, removePlanQuestionAction } from "@/lib/plans/actions";
import { INTERVIEW_AUDIENCES } from "@/lib/interviews/schema";

interface Item {
  id: string;
  questionId: string;
  question: { title: string; minutes: number | null; archived: boolean; audience: string; set: { title: string } };
}

const usable = (question: Item["question"]) => !question.archived && (INTERVIEW_AUDIENCES as readonly string[]).includes(question.audience);

/** The plan's questions in order, with the builder's sortable list. */
export function PlanQuestionList({ planId, items }: { planId: string; items: Item[] }) {
  if (items.length === 0) {
    return <p className="rounded-xl border border-dashed border-border p-6 text-center text-sm text-muted">No questions yet. Add some from the bank below.</p>;
  }
  const rows: QuestionRow[] = items.map((item) => ({
    id: item.id,
    questionId: item.questionId,
    title: item.question.title,
    minutes: item.question.minutes,
    custom: false,
    setTitle: item.question.set.title,
    askedIn: null,
    // The bank can archive a question, or make it practice-only, after it was added to a plan.
    note: usable(item.question) ? null : "No longer used in interviews: skipped when one starts from this plan",
  }));
  return <SortableQuestionList rows={rows} label="Plan questions" move={movePlanQuestionAction.bind(null, planId)} remove={removePlanQuestionAction.bind(null, planId)} />;
}
