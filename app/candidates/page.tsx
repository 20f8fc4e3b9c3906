import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { buttonPrimary, buttonSecondary, card, input } from "@/components/ui/styles";
import { requireUser } from "@/lib/auth/current-user";
import { canManageCandidates } from "@/lib/candidates/access";
import { listCandidates } from "@/lib/candidates/queries";
import { candidateSearchSchema } from "@/lib/candidates/schema";
import { STAFF } from "@/lib/users/roles";

export const metadata: Metadata = { title: "Candidates" };

// No loading.tsx in this segment: candidates (the role) must get a real 404 here, which a
// streamed loading state would turn into a 200.
export default async function CandidatesPage({ searchParams }: PageProps<"/candidates">) {
  const user = await requireUser(STAFF);
  const params = await searchParams;
  const { q } = candidateSearchSchema.parse({ q: typeof params.q === "string" ? params.q : undefined });
  const candidates = await listCandidates(q);
  const manage = canManageCandidates(user);

  return (
    <>
      <PageHeader
        title="Candidates"
        description={manage ? "Everyone in your hiring pipeline." : "Candidates of the interviews you are on."}
        actions={
          manage ? (
            <Link href="/candidates/new" className={buttonPrimary}>
              New candidate
            </Link>
          ) : null
        }
      />
      <form action="/candidates" method="get" role="search" aria-label="Search candidates" className="mb-4 flex gap-2">
        <label htmlFor="candidate-q" className="sr-only">
          Search candidates
        </label>
        <input id="candidate-q" name="q" type="search" defaultValue={q ?? ""} placeholder="Name, email or position" className={input} />
        <button type="submit" className={buttonSecondary}>
          Search
        </button>
      </form>
      {candidates.length === 0 ? (
        <p className="rounded-xl border border-dashed border-border p-8 text-center text-sm text-muted">
          {q ? "No candidate matches." : manage ? "No candidates yet. Add the first one." : "You are not on any interview panel yet."}
        </p>
      ) : (
        <ul className={`${card} divide-y divide-border`} aria-label="Candidates">
          {candidates.map((candidate) => (
            <li key={candidate.id} className="flex flex-wrap items-baseline justify-between gap-2 p-4">
              <div>
                <Link href={`/candidates/${candidate.id}`} className="font-medium hover:text-accent hover:underline">
                  {candidate.name}
                </Link>
                <p className="text-sm text-muted">{[candidate.position, candidate.email].filter(Boolean).join(" · ") || "No details yet"}</p>
              </div>
              <span className="text-sm text-muted">
                {candidate._count.interviews === 1 ? "1 interview" : `${candidate._count.interviews} interviews`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
