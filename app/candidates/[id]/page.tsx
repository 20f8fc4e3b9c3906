import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CandidateForm } from "@/components/candidates/candidate-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PageHeader } from "@/components/ui/page-header";
import { buttonSecondary, card } from "@/components/ui/styles";
import { requireUser } from "@/lib/auth/current-user";
import { updateCandidate } from "@/lib/candidates/actions";
import { canManageCandidates } from "@/lib/candidates/access";
import { getCandidate } from "@/lib/candidates/queries";
import { STATUS_LABELS } from "@/lib/interviews/labels";
import { listInterviewsOfCandidate } from "@/lib/interviews/queries";
import { STAFF } from "@/lib/users/roles";

export const metadata: Metadata = { title: "Candidate" };

export default async function CandidatePage({ params, searchParams }: PageProps<"/candidates/[id]">) {
  const user = await requireUser(STAFF);
  const candidate = await getCandidate((await params).id);
  if (!candidate) notFound();
  const justCreated = (await searchParams).saved === "1";
  const interviews = await listInterviewsOfCandidate(candidate.id);

  return (
    <div className="mx-auto max-w-2xl">
      <Breadcrumb links={[{ href: "/candidates", label: "Candidates" }]} className="mb-4" />
      <PageHeader
        title={candidate.name}
        description={candidate.position ?? undefined}
        actions={
          <Link href={`/candidates/${candidate.id}/report`} className={buttonSecondary}>
            Report
          </Link>
        }
      />
      {justCreated ? (
        <p role="status" className="mb-4 rounded-lg bg-success-soft px-3 py-2 text-sm text-success">
          Candidate added.
        </p>
      ) : null}
      <div className={`${card} p-6`}>
        {canManageCandidates(user) ? (
          <CandidateForm action={updateCandidate.bind(null, candidate.id)} initial={candidate} submitLabel="Save changes" />
        ) : (
          <dl className="space-y-3 text-sm">
            <div>
              <dt className="font-medium">Email</dt>
              <dd className="text-muted">{candidate.email ?? "—"}</dd>
            </div>
            <div>
              <dt className="font-medium">Notes</dt>
              <dd className="whitespace-pre-wrap text-muted">{candidate.notes || "—"}</dd>
            </div>
          </dl>
        )}
      </div>
      <section aria-labelledby="interviews-heading" className="mt-8">
        <div className="mb-3 flex items-center justify-between gap-2">
          <h2 id="interviews-heading" className="text-lg font-semibold">
            Interviews
          </h2>
          <Link href={`/interviews/new?candidate=${candidate.id}`} className={buttonSecondary}>
            New interview
          </Link>
        </div>
        {interviews.length === 0 ? (
          <p className="text-sm text-muted">No interviews yet.</p>
        ) : (
          <ul className={`${card} divide-y divide-border`} aria-label="Interviews">
            {interviews.map((interview) => (
              <li key={interview.id} className="flex items-baseline justify-between gap-2 p-3 text-sm">
                <Link href={`/interviews/${interview.id}`} className="font-medium hover:text-accent hover:underline">
                  {interview.title}
                </Link>
                <span className="text-muted">
                  {STATUS_LABELS[interview.status]} · {interview._count.questions} questions
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
