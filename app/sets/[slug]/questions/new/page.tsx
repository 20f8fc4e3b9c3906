import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { QuestionEditor } from "@/components/authoring/question-editor";
import { PageHeader } from "@/components/ui/page-header";
import { createQuestionInSet } from "@/lib/authoring/actions";
import { getEditorChoices, getSetForNewQuestion } from "@/lib/authoring/queries";
import { BLANK_QUESTION_FORM } from "@/lib/authoring/schema";
import { requireUser } from "@/lib/auth/current-user";
import { monthOf } from "@/lib/content/bank-rules";

export const metadata: Metadata = { title: "New question" };

export default async function NewQuestionPage({ params }: PageProps<"/sets/[slug]/questions/new">) {
  await requireUser();
  const [set, choices] = await Promise.all([getSetForNewQuestion((await params).slug), getEditorChoices()]);
  if (!set) notFound();
  return (
    <>
      <PageHeader title="New question" description={`Added at the end of ${set.title}.`} />
      <QuestionEditor
        action={createQuestionInSet.bind(null, set.slug)}
        // A new question is written (and so checked) this month.
        initial={{ ...BLANK_QUESTION_FORM, reviewed: monthOf(new Date()) }}
        setAudience={set.audience.toLowerCase()}
        submitLabel="Create question"
        choices={choices}
      />
    </>
  );
}
