import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AddFromBank } from "@/components/interviews/add-from-bank";
import { DeletePlanButton } from "@/components/plans/delete-plan-button";
import { PlanForm } from "@/components/plans/plan-form";
import { PlanQuestionList } from "@/components/plans/plan-question-list";
import { PageHeader } from "@/components/ui/page-header";
import { card } from "@/components/ui/styles";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { QuestionListSection } from "@/components/interviews/question-list-section";
import { addPlanQuestionAction, deletePlanAction, updatePlanAction } from "@/lib/plans/actions";
import { getPlan } from "@/lib/plans/queries";
import { listSetsWithCounts } from "@/lib/questions/queries";
import { parseBankSearch } from "@/lib/questions/schema";
import { searchInterviewQuestions } from "@/lib/interviews/queries";

export const metadata: Metadata = { title: "Interview plan" };

// No loading.tsx here: a missing plan, or a candidate (the role), must get a real 404.
export default async function PlanPage({ params, searchParams }: PageProps<"/plans/[id]">) {
  const plan = await getPlan((await params).id);
  if (!plan) notFound();
  const search = parseBankSearch(await searchParams);
  const [results, sets] = await Promise.all([searchInterviewQuestions(search), listSetsWithCounts()]);
  const inPlan = new Set(plan.questions.map((item) => item.questionId));

  return (
    <div className="space-y-6">
      <Breadcrumb links={[{ href: "/plans", label: "Interview plans" }]} />
      <PageHeader title={plan.name} description={plan.position ?? "Any position"} />
      <QuestionListSection questions={plan.questions.map((item) => item.question)}>
        <PlanQuestionList planId={plan.id} items={plan.questions} />
      </QuestionListSection>
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <AddFromBank
          base={`/plans/${plan.id}`}
          target="this plan"
          add={addPlanQuestionAction.bind(null, plan.id)}
          search={search}
          hits={results.hits}
          total={results.total}
          sets={sets}
          alreadyIn={inPlan}
        />
        <section aria-labelledby="details-heading" className={`${card} h-fit space-y-4 p-5`}>
          <h2 id="details-heading" className="text-lg font-semibold">
            Details
          </h2>
          <PlanForm action={updatePlanAction.bind(null, plan.id)} initial={plan} submitLabel="Save changes" />
          <div className="border-t border-border pt-4">
            <DeletePlanButton action={deletePlanAction.bind(null, plan.id)} name={plan.name} />
          </div>
        </section>
      </div>
    </div>
  );
}
