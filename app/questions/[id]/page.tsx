import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { QuestionToolbar } from "@/components/authoring/question-toolbar";
import { QuestionDetail } from "@/components/questions/question-detail";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { canEditBank } from "@/lib/authoring/access";
import { requireUser } from "@/lib/auth/current-user";
import { getQuestion } from "@/lib/questions/queries";
import { bankHref } from "@/lib/questions/schema";

// No loading.tsx in this segment: a loading boundary would stream a 200 before notFound() could
// answer 404, and a hidden question must look exactly like a missing one.
/** The question id from the URL; a malformed escape (%FF) can name no question. */
function questionId(param: string) {
  try {
    return decodeURIComponent(param);
  } catch {
    return null;
  }
}

export async function generateMetadata({ params }: PageProps<"/questions/[id]">): Promise<Metadata> {
  const id = questionId((await params).id);
  const question = id === null ? null : await getQuestion(id);
  return { title: question?.title ?? "Question not found" };
}

export default async function QuestionPage({ params, searchParams }: PageProps<"/questions/[id]">) {
  const user = await requireUser();
  // Hidden and missing questions look the same: a 404 tells a candidate nothing.
  const id = questionId((await params).id);
  const question = id === null ? null : await getQuestion(id);
  if (!question) notFound();
  const saved = (await searchParams).saved;
  return (
    <div className="mx-auto max-w-3xl">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <Breadcrumb
          links={[
            { href: "/bank", label: "Question bank" },
            { href: bankHref({ set: question.set.slug }), label: question.set.title },
          ]}
        />
        {user.role === "CANDIDATE" ? null : <QuestionToolbar id={question.id} archived={question.archived} canEdit={canEditBank(user)} />}
      </div>
      {typeof saved === "string" ? (
        <p role="status" className="mb-4 rounded-md bg-success-soft px-3 py-2 text-sm text-success">
          Saved as version {question.version}.
        </p>
      ) : null}
      <QuestionDetail question={question} forCandidate={user.role === "CANDIDATE"} />
    </div>
  );
}
