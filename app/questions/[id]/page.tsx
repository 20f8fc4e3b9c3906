import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QuestionDetail } from "@/components/questions/question-detail";
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

export default async function QuestionPage({ params }: PageProps<"/questions/[id]">) {
  const user = await requireUser();
  // Hidden and missing questions look the same: a 404 tells a candidate nothing.
  const id = questionId((await params).id);
  const question = id === null ? null : await getQuestion(id);
  if (!question) notFound();
  return (
    <div className="mx-auto max-w-3xl">
      <nav aria-label="Breadcrumb" className="mb-4 text-sm text-muted">
        <Link href="/bank" className="hover:text-fg hover:underline">
          Question bank
        </Link>
        <span aria-hidden="true"> / </span>
        <Link href={bankHref({ set: question.set.slug })} className="hover:text-fg hover:underline">
          {question.set.title}
        </Link>
      </nav>
      <QuestionDetail question={question} forCandidate={user.role === "CANDIDATE"} />
    </div>
  );
}
