import { Link } from "@/components/ui/link";
import { ActionButton } from "@/components/ui/action-button";
import { buttonGhost, buttonSecondary } from "@/components/ui/styles";
import { archiveQuestion } from "@/lib/authoring/actions";

/** What a bank editor can do on a question's page; everyone else who sees answers gets the history. */
export function QuestionToolbar({ id, archived, canEdit }: { id: string; archived: boolean; canEdit: boolean }) {
  const href = `/questions/${encodeURIComponent(id)}`;
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="question-toolbar">
      {canEdit ? (
        <Link href={`${href}/edit`} className={buttonSecondary}>
          Edit
        </Link>
      ) : null}
      <Link href={`${href}/history`} className={buttonGhost}>
        Version history
      </Link>
      {canEdit ? (
        <ActionButton action={archiveQuestion.bind(null, id, !archived)} className={buttonGhost} label={archived ? "Restore this question to the bank" : "Archive this question"}>
          {archived ? "Restore" : "Archive"}
        </ActionButton>
      ) : null}
    </div>
  );
}
