import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { QuestionEditor } from "@/components/authoring/question-editor";
import { PageHeader } from "@/components/ui/page-header";
import { createQuestionInSet } from "@/lib/authoring/actions";
import { getSetForNewQuestion } from "@/lib/authoring/queries";
import type { QuestionForm } from "@/lib/authoring/schema";
import { requireUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "New question" };

const BLANK: QuestionForm = {
  title: "",
  id: "",
  difficulty: "medium",
  level: "",
  competency: "",
  tags: "",
  minutes: "",
  audience: "",
  prompt: "",
  answer: "",
  keyPoints: "",
  redFlags: "",
  followUps: "",
  scoring1: "",
  scoring2: "",
  scoring3: "",
  scoring4: "",
};

export default async function NewQuestionPage({ params }: PageProps<"/sets/[slug]/questions/new">) {
  await requireUser();
  const set = await getSetForNewQuestion((await params).slug);
  if (!set) notFound();
  return (
    <>
      <PageHeader title="New question" description={`Added at the end of ${set.title}.`} />
      <QuestionEditor
        action={createQuestionInSet.bind(null, set.slug)}
        initial={BLANK}
        setAudience={set.audience.toLowerCase()}
        submitLabel="Create question"
      />
    </>
  );
}
