import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { buttonGhost } from "@/components/ui/styles";
import { describeSessionQuestion } from "@/lib/sessions/labels";
import { moveQuestionAction, removeQuestionAction } from "@/lib/sessions/actions";

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

/** The interview's questions in order; while a draft, each can be moved or removed (plain forms: keyboard and screen-reader friendly). */
export function InterviewQuestionList({ sessionId, items, editable, askedBefore }: Props) {
  if (items.length === 0) {
    return <p className="rounded-xl border border-dashed border-border p-6 text-center text-sm text-muted">No questions yet. Add some from the bank below.</p>;
  }
  return (
    <ol className="divide-y divide-border overflow-hidden rounded-xl border border-border bg-surface" aria-label="Interview questions">
      {items.map((item, index) => {
        const { title, minutes, custom } = describeSessionQuestion(item);
        const earlier = item.questionId ? askedBefore.get(item.questionId) : undefined;
        return (
          <li key={item.id} className="flex flex-wrap items-center gap-3 p-3">
            <span className="w-6 text-right text-sm tabular-nums text-muted">{index + 1}.</span>
            <div className="min-w-0 flex-1">
              <p className="font-medium">
                {item.questionId ? (
                  <Link href={`/questions/${encodeURIComponent(item.questionId)}`} className="hover:text-accent hover:underline">
                    {title}
                  </Link>
                ) : (
                  title
                )}
              </p>
              <div className="mt-1 flex flex-wrap gap-1.5 text-xs text-muted">
                {minutes ? <Badge>{minutes} min</Badge> : null}
                {custom ? <Badge tone="accent">Custom question</Badge> : null}
                {item.question && !custom ? <span>{item.question.set.title}</span> : null}
                {item.questionVersion ? <span>· version {item.questionVersion}</span> : null}
                {earlier ? <Badge tone="warning">Asked before in “{earlier.title}”</Badge> : null}
              </div>
            </div>
            {editable ? (
              <div className="flex gap-1">
                <ActionButton action={moveQuestionAction.bind(null, sessionId, item.id, index - 1)} className={buttonGhost} disabled={index === 0} label={`Move “${title}” up`}>
                  ↑
                </ActionButton>
                <ActionButton
                  action={moveQuestionAction.bind(null, sessionId, item.id, index + 1)}
                  className={buttonGhost}
                  disabled={index === items.length - 1}
                  label={`Move “${title}” down`}
                >
                  ↓
                </ActionButton>
                <ActionButton action={removeQuestionAction.bind(null, sessionId, item.id)} className={buttonGhost} label={`Remove “${title}”`}>
                  Remove
                </ActionButton>
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
