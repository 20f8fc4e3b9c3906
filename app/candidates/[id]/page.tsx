import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { CandidateForm } from "@/components/candidates/candidate-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { EraseCandidateForm } from "@/components/privacy/erase-candidate-form";
import { PageHeader } from "@/components/ui/page-header";
import { buttonSecondary, card } from "@/components/ui/styles";
import { requireUser } from "@/lib/auth/current-user";
import { updateCandidate } from "@/lib/candidates/actions";
import { canManageCandidates } from "@/lib/candidates/access";
import { getCandidate } from "@/lib/candidates/queries";
import { formatDate } from "@/lib/format/date-time";
import { STATUS_LABELS } from "@/lib/interviews/labels";
import { listInterviewsOfCandidate } from "@/lib/interviews/queries";
import { STAFF } from "@/lib/users/roles";
import { InterviewDecision } from "@/components/debrief/interview-decision";
import { FollowButton } from "@/components/candidates/follow-button";
import { followState } from "@/lib/candidates/follow-queries";

export const metadata: Metadata = { title: "Candidate" };

export default async function CandidatePage({ params, searchParams }: PageProps<"/candidates/[id]">) {
  const user = await requireUser(STAFF);
  const candidate = await getCandidate((await params).id);
  if (!candidate) notFound();
  const justCreated = (await searchParams).saved === "1";
  const [interviews, follow] = await Promise.all([listInterviewsOfCandidate(candidate.id), followState(candidate.id)]);

  return (
    <div className="mx-auto max-w-2xl">
      <Breadcrumb links={[{ href: "/candidates", label: "Candidates" }]} className="mb-4" />
      <PageHeader
        title={candidate.name}
        description={candidate.position ?? undefined}
        actions={
          <>
            {follow ? <FollowButton candidateId={candidate.id} state={follow} /> : null}
            <Link href={`/candidates/${candidate.id}/report`} className={buttonSecondary}>
              Report
            </Link>
          </>
        }
      />
      {justCreated ? (
        <p role="status" className="mb-4 rounded-lg bg-success-soft px-3 py-2 text-sm text-success">
          Candidate added.
        </p>
      ) : null}
      <div className={`${card} p-6`}>
        {candidate.erasedAt ? (
          <p className="text-sm text-muted">
            This candidate&apos;s personal data was erased on {formatDate(candidate.erasedAt)}. Their ratings stay, anonymous, in compare and calibration.
          </p>
        ) : canManageCandidates(user) ? (
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
              <li key={interview.id} className="space-y-1 p-3 text-sm">
                <div className="flex items-baseline justify-between gap-2">
                  <Link href={`/interviews/${interview.id}`} className="font-medium hover:text-accent hover:underline">
                    {interview.title}
                  </Link>
                  <span className="text-muted">
                    {STATUS_LABELS[interview.status]} · {interview._count.questions} questions
                  </span>
                </div>
                <InterviewDecision sessionId={interview.id} status={interview.status} decision={interview.decisions[0] ?? null} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {user.role === "ADMIN" && !candidate.erasedAt ? <EraseCandidateForm candidateId={candidate.id} /> : null}
    </div>
  );
}
