import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { CandidateFilters } from "@/components/candidates/candidate-filters";
import { decisionTone } from "@/components/debrief/decision-list";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { buttonPrimary, buttonSecondary, card } from "@/components/ui/styles";
import { canManageCandidates } from "@/lib/candidates/access";
import { candidateListHref, parseCandidateList, PIPELINE_LABELS } from "@/lib/candidates/list-query";
import { listCandidates } from "@/lib/candidates/queries";
import { DECISION_LABELS } from "@/lib/debrief/schema";

export const metadata: Metadata = { title: "Candidates" };

// No loading.tsx in this segment: candidates (the role) must get a real 404 here, which a
// streamed loading state would turn into a 200.
export default async function CandidatesPage({ searchParams }: PageProps<"/candidates">) {
  const query = parseCandidateList(await searchParams);
  const { user, rows, total, page, pages, positions, interviewers } = await listCandidates(query);
  const manage = canManageCandidates(user);
  const filtered = Boolean(query.q || query.position || query.status || query.interviewer);

  return (
    <>
      <PageHeader
        title="Candidates"
        description={manage ? "Everyone in your hiring pipeline." : "Candidates of the interviews you are on."}
        actions={
          manage ? (
            <div className="flex flex-wrap gap-2">
              <Link href="/candidates/import" className={buttonSecondary}>
                Import CSV
              </Link>
              <Link href="/candidates/new" className={buttonPrimary}>
                New candidate
              </Link>
            </div>
          ) : null
        }
      />
      <CandidateFilters query={query} positions={positions} interviewers={interviewers} />
      {rows.length === 0 ? (
        <p className="rounded-xl border border-dashed border-border p-8 text-center text-sm text-muted">
          {filtered ? "No candidate matches. Loosen a filter or search for less." : manage ? "No candidates yet. Add the first one." : "You are not on any interview panel yet."}
        </p>
      ) : (
        <ul className={`${card} divide-y divide-border`} aria-label="Candidates">
          {rows.map((candidate) => (
            <li key={candidate.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
              <div className="min-w-0 wrap-anywhere">
                <Link href={`/candidates/${candidate.id}`} className="font-medium hover:text-accent hover:underline">
                  {candidate.name}
                </Link>
                <p className="text-sm text-muted">{[candidate.position, candidate.email].filter(Boolean).join(" · ") || "No details yet"}</p>
              </div>
              <div className="flex flex-wrap items-center gap-2 text-sm">
                <span className="text-muted">{candidate.interviews === 1 ? "1 interview" : `${candidate.interviews} interviews`}</span>
                {candidate.composite !== null ? <span className="text-muted tabular-nums">composite {candidate.composite.toFixed(2)}</span> : null}
                {candidate.decision ? <Badge tone={decisionTone(candidate.decision.outcome)}>{DECISION_LABELS[candidate.decision.outcome]}</Badge> : null}
                <Badge tone={candidate.status === "INTERVIEWING" ? "accent" : "neutral"}>{PIPELINE_LABELS[candidate.status]}</Badge>
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pager
        page={page}
        pages={pages}
        href={(to) => candidateListHref({ ...query, page: to })}
        summary={`${total.toLocaleString("en")} ${total === 1 ? "candidate" : "candidates"}`}
      />
    </>
  );
}
