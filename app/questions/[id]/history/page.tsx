import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { TextDiff } from "@/components/authoring/text-diff";
import { QuestionDetail, type QuestionView } from "@/components/questions/question-detail";
import { PageHeader } from "@/components/ui/page-header";
import { card, link } from "@/components/ui/styles";
import { listQuestionVersions } from "@/lib/authoring/queries";
import { requireUser } from "@/lib/auth/current-user";
import { diffQuestions, type QuestionSnapshot } from "@/lib/content/question-text";
import type { Audience } from "@/lib/generated/prisma/enums";
import { getQuestion } from "@/lib/questions/queries";
import { formatDateTime } from "@/lib/format/date-time";

export const metadata: Metadata = { title: "Version history" };

const ORIGINS: Record<string, string> = { seed: "from the files at start-up", import: "imported", edit: "edited in the app" };

/** A stored snapshot in the shape the question page renders. */
function snapshotAsQuestion(version: number, snapshot: QuestionSnapshot): QuestionView {
  return {
    ...snapshot,
    version,
    archived: false,
    difficulty: snapshot.difficulty.toUpperCase(),
    level: snapshot.level ? snapshot.level.toUpperCase() : null,
    audience: snapshot.audience.toUpperCase() as Audience,
    practiceTwin: snapshot.practiceTwin ? { id: snapshot.practiceTwin, title: null, archived: false } : null,
  };
}

export default async function HistoryPage({ params, searchParams }: PageProps<"/questions/[id]/history">) {
  await requireUser();
  const id = decodeURIComponent((await params).id);
  const [question, versions] = await Promise.all([getQuestion(id), listQuestionVersions(id)]);
  // Candidates and hidden questions get the same 404 as a missing one.
  if (!question || !versions || versions.length === 0) notFound();
  const requested = Number((await searchParams).v);
  const shown = versions.find((row) => row.version === requested) ?? versions[0]!;
  const previous = versions.find((row) => row.version === shown.version - 1);
  const href = `/questions/${encodeURIComponent(id)}`;

  return (
    <div className="mx-auto max-w-5xl">
      <PageHeader
        title="Version history"
        description={
          <>
            <Link href={href} className={link}>
              {question.title}
            </Link>{" "}
            · {versions.length} version{versions.length === 1 ? "" : "s"}. Interviews show the version they asked, whatever changed later.
          </>
        }
      />
      <div className="grid gap-6 md:grid-cols-[16rem_1fr]">
        <nav aria-label="Versions">
          <ol className={`${card} divide-y divide-border text-sm`}>
            {versions.map((row) => (
              <li key={row.version}>
                <Link
                  href={`${href}/history?v=${row.version}`}
                  aria-current={row.version === shown.version ? "page" : undefined}
                  className="block px-4 py-3 hover:bg-subtle aria-[current=page]:bg-accent-soft"
                >
                  <span className="font-medium">Version {row.version}</span>
                  {row.version === question.version ? <span className="ml-2 text-xs text-accent">current</span> : null}
                  <span className="block text-xs text-muted">
                    {formatDateTime(row.createdAt)} UTC · {ORIGINS[row.origin] ?? row.origin}
                    {row.author ? ` by ${row.author.name ?? row.author.email}` : ""}
                  </span>
                </Link>
              </li>
            ))}
          </ol>
        </nav>
        <div className="min-w-0 space-y-6">
          <section aria-labelledby="diff-heading" className="space-y-2">
            <h2 id="diff-heading" className="text-lg font-semibold">
              {previous ? `Changes from version ${previous.version} to ${shown.version}` : `Version ${shown.version}: the first version`}
            </h2>
            {previous ? <TextDiff parts={diffQuestions(previous.snapshot, shown.snapshot)} label={`Changes in version ${shown.version}`} /> : null}
          </section>
          <section aria-labelledby="version-heading" className="space-y-2">
            <h2 id="version-heading" className="text-lg font-semibold">
              Version {shown.version} as interviewers saw it
            </h2>
            <QuestionDetail question={snapshotAsQuestion(shown.version, shown.snapshot)} forCandidate={false} />
          </section>
        </div>
      </div>
    </div>
  );
}
