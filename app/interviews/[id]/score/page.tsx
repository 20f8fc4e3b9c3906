import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { InlineMarkdown, Markdown } from "@/components/markdown";
import { EarlyKeys } from "@/components/scoring/early-keys";
import { ForgetLocalCopy } from "@/components/scoring/forget-local-copy";
import { LiveScoring } from "@/components/scoring/live-scoring";
import { ReopenScorecardForm } from "@/components/scoring/reopen-scorecard-form";
import { ScorecardView } from "@/components/scoring/scorecard-view";
import type { LiveQuestion } from "@/components/scoring/types";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { offlineOwner } from "@/lib/offline/owner";
import { card, link } from "@/components/ui/styles";
import type { TargetKey, TargetValue } from "@/lib/scoring/autosave-queue";
import { readAskedQuestion } from "@/lib/scoring/asked-question";
import { getLiveScoring } from "@/lib/scoring/queries";

export const metadata: Metadata = { title: "Live scoring" };

// No loading.tsx here: someone who is not on the panel must get a real 404.
export default async function LiveScoringPage({ params, searchParams }: PageProps<"/interviews/[id]/score">) {
  const { id } = await params;
  const live = await getLiveScoring(id);
  if (!live) notFound();
  const { session, scorecard } = live;
  const asked = session.questions.map((item) => ({ id: item.id, ...readAskedQuestion(item.snapshot) }));

  if (scorecard.submittedAt) {
    return (
      <div className="space-y-6">
        <PageHeader title={`Your scorecard: ${session.title}`} description={<>{session.candidate.name} · submitted, read-only</>} />
        <ScorecardView scorecard={scorecard} questions={asked} headingLevel={2} />
        <ForgetLocalCopy scorecardId={scorecard.id} />
        <div className={`${card} space-y-3 p-5`}>
          <p className="text-sm text-muted">
            Need to change something? Reopening is recorded with your reason.{" "}
            <Link href={`/interviews/${session.id}`} className={link}>
              Back to the interview
            </Link>
          </p>
          <ReopenScorecardForm scorecardId={scorecard.id} />
        </div>
      </div>
    );
  }

  const questions: LiveQuestion[] = asked.map((question) => ({
    id: question.id,
    title: question.title,
    minutes: question.minutes,
    custom: question.custom,
    prompt: question.prompt ? <Markdown source={question.prompt} /> : null,
    answer: question.answer ? <Markdown source={question.answer} /> : null,
    keyPoints: question.keyPoints.map((item, i) => <InlineMarkdown key={i} source={item} />),
    redFlags: question.redFlags.map((item, i) => <InlineMarkdown key={i} source={item} />),
    followUps: question.followUps.map((item) => ({
      question: <InlineMarkdown source={item.question} />,
      listenFor: item.listenFor ? <InlineMarkdown source={item.listenFor} /> : null,
    })),
    anchors: question.anchors.map((item, i) => <InlineMarkdown key={i} source={item} />),
  }));
  const server: Record<TargetKey, { revision: number; value: TargetValue }> = {
    summary: { revision: scorecard.revision, value: { summary: scorecard.summary, recommendation: scorecard.recommendation } },
  };
  for (const score of scorecard.scores) {
    const { rating, notes, keyPointsCovered, redFlagsRaised, elapsedSeconds } = score;
    server[`q:${score.sessionQuestionId}`] = { revision: score.revision, value: { rating, notes, keyPointsCovered, redFlagsRaised, elapsedSeconds } };
  }
  const q = Number((await searchParams).q);
  // getLiveScoring has read the user already (cached per request); the offline copy is theirs.
  const user = await requireUser();

  return (
    <>
      <EarlyKeys />
      <LiveScoring
        scorecardId={scorecard.id}
        title={session.title}
        candidateName={session.candidate.name}
        startedAt={session.startedAt?.toISOString() ?? null}
        questions={questions}
        server={server}
        initialIndex={Number.isInteger(q) ? q - 1 : 0}
        offlineOwner={offlineOwner(user.id)}
      />
    </>
  );
}
