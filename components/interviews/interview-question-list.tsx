import { moveQuestionAction, removeQuestionAction } from "@/lib/interviews/actions";
import { describeSessionQuestion } from "@/lib/interviews/labels";
import { QuestionSummary, SortableQuestionList, type QuestionRow } from "./sortable-question-list";

interface Item {
  id: string;
  questionId: string | null;
  questionVersion: number | null;
  snapshot: unknown;
  question: { title: string; minutes: number | null; set: { title: string } } | null;
}

interface Props {
  sessionId: string;
  items: Item[];
  editable: boolean;
  askedBefore: Map<string, { title: string; createdAt: Date }>;
}

/** The interview's questions in order: sortable while a draft, frozen (with versions) once started. */
export function InterviewQuestionList({ sessionId, items, editable, askedBefore }: Props) {
  if (items.length === 0) {
    return <p className="rounded-xl border border-dashed border-border p-6 text-center text-sm text-muted">No questions yet. Add some from the bank below.</p>;
  }
  const rows: QuestionRow[] = items.map((item) => ({
    id: item.id,
    questionId: item.questionId,
    ...describeSessionQuestion(item),
    setTitle: item.question?.set.title ?? null,
    askedIn: (item.questionId && askedBefore.get(item.questionId)?.title) || null,
  }));
  if (editable) {
    return <SortableQuestionList rows={rows} label="Interview questions" move={moveQuestionAction.bind(null, sessionId)} remove={removeQuestionAction.bind(null, sessionId)} />;
  }
  return (
    <ol className="divide-y divide-border overflow-hidden rounded-xl border border-border bg-surface" aria-label="Interview questions">
      {rows.map((row, index) => (
        <li key={row.id} className="flex items-center gap-3 p-3">
          <span className="w-6 text-right text-sm text-muted tabular-nums">{index + 1}.</span>
          <QuestionSummary row={row} version={items[index]!.questionVersion} />
        </li>
      ))}
    </ol>
  );
}
