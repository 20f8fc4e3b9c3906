import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { InlineMarkdown, Markdown } from "@/components/markdown";
import { PracticeRun } from "@/components/practice/practice-run";
import type { RunQuestion } from "@/components/practice/run-question";
import { buttonPrimary, card } from "@/components/ui/styles";
import { runQuestions, startRun } from "@/lib/practice/queries";
import { parseRunFilters, parseRunIds } from "@/lib/practice/schema";
import { Link } from "@/components/ui/link";

export const metadata: Metadata = { title: "Practice run" };

// No loading.tsx in this segment: a loading boundary would stream a 200 before notFound() could
// answer 404, and a question practice may not show must look exactly like a missing one.
export default async function PracticeRunPage({ searchParams }: PageProps<"/practice/run">) {
  const params = await searchParams;
  if (params.ids === undefined) {
    // Filters pick the questions once; the run itself is its list of ids, so a reload keeps it.
    const filters = parseRunFilters(params);
    const href = await startRun(filters);
    if (href) redirect(href);
    return (
      <div className={`${card} mx-auto max-w-md p-6 text-center`}>
        <h1 className="text-lg font-semibold">{filters.due ? "Nothing is due today" : "No questions match"}</h1>
        <p className="mt-2 text-sm text-muted">{filters.due ? "Come back tomorrow, or practise new questions now." : "Try fewer filters."}</p>
        <Link href="/practice" className={`${buttonPrimary} mt-4`}>
          Choose questions
        </Link>
      </div>
    );
  }
  const ids = parseRunIds(params.ids);
  const { user, questions, retention } = await runQuestions(ids);
  // Ids practice may not show (interview-only, archived, unknown) are simply not there.
  if (questions.length === 0) notFound();
  const rendered: RunQuestion[] = questions.map((question) => ({
    id: question.id,
    title: question.title,
    setTitle: question.set.title,
    competency: question.competency,
    difficulty: question.difficulty,
    level: question.level,
    prompt: question.prompt ? <Markdown source={question.prompt} /> : null,
    answer: <Markdown source={question.answer} />,
    keyPoints: question.keyPoints.map((point, i) => <InlineMarkdown key={i} source={point} />),
    redFlags: question.redFlags.map((flag, i) => <InlineMarkdown key={i} source={flag} />),
    card: question.card,
    mark: question.mark ? { flagged: question.mark.flagged, bookmarked: question.mark.bookmarked, note: question.mark.note } : null,
  }));
  const at = typeof params.at === "string" ? params.at.slice(0, 20) : "";
  return <PracticeRun questions={rendered} userId={user?.id ?? null} runKey={`${at}:${questions.map((q) => q.id).join(",")}`} retention={retention} />;
}
