import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { QuestionEditor } from "@/components/authoring/question-editor";
import { PageHeader } from "@/components/ui/page-header";
import { link } from "@/components/ui/styles";
import { saveQuestion } from "@/lib/authoring/actions";
import { questionToForm } from "@/lib/authoring/question-document";
import { getEditorChoices, getQuestionForEdit } from "@/lib/authoring/queries";
import { requireUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Edit question" };

// No loading.tsx: people who may not edit get a real 404, which a streamed loading state would make a 200.
export default async function EditQuestionPage({ params }: PageProps<"/questions/[id]/edit">) {
  await requireUser();
  const [question, choices] = await Promise.all([getQuestionForEdit(decodeURIComponent((await params).id)), getEditorChoices()]);
  if (!question) notFound();
  const href = `/questions/${encodeURIComponent(question.id)}`;
  return (
    <>
      <PageHeader
        title="Edit question"
        description={
          <>
            <code>{question.id}</code> in {question.set.title}, version {question.version}. Interviews already started keep the version they asked.{" "}
            <Link href={`${href}/history`} className={link}>
              Version history
            </Link>
          </>
        }
      />
      <QuestionEditor
        action={saveQuestion.bind(null, question.id)}
        initial={questionToForm(question.parsed, question.ownAudience)}
        baseVersion={question.version}
        setAudience={question.set.audience.toLowerCase()}
        submitLabel="Save new version"
        choices={choices}
      />
    </>
  );
}
