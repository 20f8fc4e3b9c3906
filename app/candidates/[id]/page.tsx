import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CandidateForm } from "@/components/candidates/candidate-form";
import { PageHeader } from "@/components/ui/page-header";
import { card } from "@/components/ui/styles";
import { requireUser } from "@/lib/auth/current-user";
import { updateCandidate } from "@/lib/candidates/actions";
import { canManageCandidates } from "@/lib/candidates/access";
import { getCandidate } from "@/lib/candidates/queries";

export const metadata: Metadata = { title: "Candidate" };

export default async function CandidatePage({ params, searchParams }: PageProps<"/candidates/[id]">) {
  const user = await requireUser(["ADMIN", "RECRUITER", "INTERVIEWER"]);
  const candidate = await getCandidate((await params).id);
  if (!candidate) notFound();
  const justCreated = (await searchParams).saved === "1";

  return (
    <div className="mx-auto max-w-2xl">
      <nav aria-label="Breadcrumb" className="mb-4 text-sm text-muted">
        <Link href="/candidates" className="hover:text-fg hover:underline">
          Candidates
        </Link>
      </nav>
      <PageHeader title={candidate.name} description={candidate.position ?? undefined} />
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
    </div>
  );
}
