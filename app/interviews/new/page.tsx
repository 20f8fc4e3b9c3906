import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NewInterviewForm } from "@/components/interviews/new-interview-form";
import { PageHeader } from "@/components/ui/page-header";
import { card } from "@/components/ui/styles";
import { requireUser } from "@/lib/auth/current-user";
import { getCandidate } from "@/lib/candidates/queries";
import { listPlanOptions } from "@/lib/plans/queries";
import { listSetsWithCounts } from "@/lib/questions/queries";
import { listPanelCandidates } from "@/lib/interviews/queries";
import { STAFF } from "@/lib/users/roles";

export const metadata: Metadata = { title: "New interview" };

export default async function NewInterviewPage({ searchParams }: PageProps<"/interviews/new">) {
  const user = await requireUser(STAFF);
  const candidateId = (await searchParams).candidate;
  const candidate = typeof candidateId === "string" ? await getCandidate(candidateId) : null;
  if (!candidate) notFound();
  const [people, sets, plans] = await Promise.all([listPanelCandidates(), listSetsWithCounts(), listPlanOptions()]);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        title={`New interview with ${candidate.name}`}
        description="Choose the panel and where to start: empty, from a plan or from a whole set. You add and order questions next."
      />
      <div className={`${card} p-6`}>
        <NewInterviewForm
          candidateId={candidate.id}
          defaultTitle={candidate.position ? `${candidate.position}: technical interview` : "Technical interview"}
          people={people}
          currentUserId={user.id}
          sets={sets}
          plans={plans}
        />
      </div>
    </div>
  );
}
