import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { AddFromBank } from "@/components/interviews/add-from-bank";
import { CustomQuestionForm } from "@/components/interviews/custom-question-form";
import { PanelForm } from "@/components/interviews/panel-form";
import { InterviewQuestionList } from "@/components/interviews/interview-question-list";
import { StartInterviewButton } from "@/components/interviews/start-interview-button";
import { QuestionListSection } from "@/components/interviews/question-list-section";
import { Badge } from "@/components/ui/badge";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PageHeader } from "@/components/ui/page-header";
import { buttonPrimary, card } from "@/components/ui/styles";
import { listSetsWithCounts } from "@/lib/questions/queries";
import { parseBankSearch } from "@/lib/questions/schema";
import { addQuestionAction, startInterviewAction } from "@/lib/interviews/actions";
import { describeSessionQuestion, STATUS_LABELS } from "@/lib/interviews/labels";
import { getInterview, listPanelCandidates, searchInterviewQuestions } from "@/lib/interviews/queries";
import { PanelScorecards } from "@/components/scoring/panel-scorecards";
import { requireUser } from "@/lib/auth/current-user";
import { readAskedQuestion } from "@/lib/scoring/asked-question";
import { getPanelScorecards } from "@/lib/scoring/queries";
import { formatDate } from "@/lib/format/date-time";
import { ScheduleSection } from "@/components/scheduling/schedule-section";
import { getSchedule } from "@/lib/scheduling/queries";
import { overTarget } from "@/lib/interviews/target";
import { timeBudget } from "@/lib/plans/budget";
import { TargetLengthForm } from "@/components/interviews/target-length-form";
import { ExposureNotice } from "@/components/interviews/exposure-notice";

export const metadata: Metadata = { title: "Interview" };

// No loading.tsx here: an interviewer who is not on the panel must get a real 404.
export default async function InterviewPage({ params, searchParams }: PageProps<"/interviews/[id]">) {
  const interview = await getInterview((await params).id);
  if (!interview) notFound();
  const [viewer, scorecards, schedule] = await Promise.all([requireUser(), interview.status === "DRAFT" ? null : getPanelScorecards(interview.id), getSchedule(interview.id)]);
  const query = await searchParams;
  const draft = interview.status === "DRAFT";
  const totalMinutes = timeBudget(interview.questions.map(describeSessionQuestion));
  const panel = interview.panel.map(({ user }) => user.name ?? user.email).join(", ");

  return (
    <div className="space-y-6">
      <Breadcrumb links={[{ href: `/candidates/${interview.candidate.id}`, label: interview.candidate.name }]} />
      <PageHeader
        title={interview.title}
        description={<>Panel: {panel}</>}
        actions={
          <>
            <Badge tone={draft ? "neutral" : "accent"}>{STATUS_LABELS[interview.status]}</Badge>
            {interview.status === "COMPLETED" ? (
              <Link href={`/interviews/${interview.id}/debrief`} className={buttonPrimary}>
                Debrief
              </Link>
            ) : null}
          </>
        }
      />
      {schedule ? <ScheduleSection schedule={schedule} /> : null}
      <QuestionListSection
        questions={interview.questions.map(describeSessionQuestion)}
        budgetNote={interview.targetMinutes ? ` of a ${interview.targetMinutes}-minute target` : undefined}
      >
        {overTarget(totalMinutes, interview.targetMinutes) ? (
          <p role="status" className="rounded-lg bg-warning-soft px-3 py-2 text-sm text-warning" data-testid="over-target">
            {overTarget(totalMinutes, interview.targetMinutes)} Remove a question or shorten the plan.
          </p>
        ) : null}
        {draft ? <TargetLengthForm sessionId={interview.id} targetMinutes={interview.targetMinutes} /> : null}
        {draft ? <ExposureNotice interviewId={interview.id} exposure={interview.exposure} /> : null}
        <InterviewQuestionList sessionId={interview.id} items={interview.questions} editable={draft} askedBefore={interview.askedBefore} />
        {draft ? (
          <StartInterviewButton start={startInterviewAction.bind(null, interview.id)} questionCount={interview.questions.length} />
        ) : (
          <p className="text-sm text-muted">Started{interview.startedAt ? ` on ${formatDate(interview.startedAt)}` : ""}: the questions are frozen at the versions shown.</p>
        )}
      </QuestionListSection>
      {draft ? <DraftTools interviewId={interview.id} query={query} interview={interview} /> : null}
      {scorecards ? (
        <PanelScorecards
          sessionId={interview.id}
          data={scorecards}
          viewerId={viewer.id}
          questions={interview.questions.map((item) => ({ id: item.id, ...readAskedQuestion(item.snapshot) }))}
        />
      ) : null}
    </div>
  );
}

async function DraftTools({
  interviewId,
  query,
  interview,
}: {
  interviewId: string;
  query: Record<string, string | string[] | undefined>;
  interview: NonNullable<Awaited<ReturnType<typeof getInterview>>>;
}) {
  const search = parseBankSearch(query);
  const [results, sets, people] = await Promise.all([searchInterviewQuestions(search), listSetsWithCounts(), listPanelCandidates()]);
  const inInterview = new Set(interview.questions.flatMap((item) => (item.questionId ? [item.questionId] : [])));
  return (
    <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
      <AddFromBank
        base={`/interviews/${interviewId}`}
        target="this interview"
        add={addQuestionAction.bind(null, interviewId)}
        search={search}
        hits={results.hits}
        total={results.total}
        sets={sets}
        alreadyIn={inInterview}
        askedBefore={interview.askedBefore}
        showAsked={query.asked === "show"}
      />
      <div className="space-y-6">
        <div className={`${card} h-fit p-5`}>
          <CustomQuestionForm sessionId={interviewId} />
        </div>
        <div className={`${card} h-fit p-5`}>
          <PanelForm sessionId={interviewId} people={people} panel={interview.panel.map(({ user }) => user.id)} />
        </div>
      </div>
    </div>
  );
}
