import type { Metadata } from "next";
import Link from "next/link";
import { CandidatePicker } from "@/components/compare/candidate-picker";
import { CompetencyChart } from "@/components/compare/competency-chart";
import { ComparisonMatrix } from "@/components/compare/comparison-matrix";
import { PrintButton } from "@/components/compare/print-button";
import { RatingDistributionChart } from "@/components/compare/rating-distribution-chart";
import { RatingDistributionTable } from "@/components/compare/rating-distribution-table";
import { UrlToggle } from "@/components/compare/url-toggle";
import { SummaryTable } from "@/components/compare/summary-table";
import { PageHeader } from "@/components/ui/page-header";
import { buttonSecondary, card } from "@/components/ui/styles";
import { MAX_COMPARED, MIN_COMPARED } from "@/lib/comparison/compare-candidates";
import { getComparableCandidates, getComparison } from "@/lib/comparison/queries";
import { blindLabel, comparisonHref, comparisonQuerySchema } from "@/lib/comparison/schema";

export const metadata: Metadata = { title: "Compare candidates" };

// No loading.tsx in this segment: candidates (the role) must get a real 404 here.
export default async function ComparePage({ searchParams }: PageProps<"/compare">) {
  const query = comparisonQuerySchema.parse(await searchParams);
  const chosen = [...new Set(query.c)];
  const { candidates, suggestions } = await getComparableCandidates();
  if (chosen.length < MIN_COMPARED || chosen.length > MAX_COMPARED) {
    return (
      <>
        <PageHeader title="Compare candidates" description="Side by side, from submitted scorecards only; an interview whose panel you sit on counts once you have submitted yours. Choose 2 to 20 candidates." />
        <CandidatePicker
          candidates={candidates}
          suggestions={suggestions}
          chosen={chosen}
          message={chosen.length === 0 ? undefined : `Choose between ${MIN_COMPARED} and ${MAX_COMPARED} candidates (you chose ${chosen.length}).`}
        />
      </>
    );
  }

  const comparison = (await getComparison(chosen, query.normalise))!;
  const names = comparison.candidates.map((candidate, i) => (query.blind ? blindLabel(i) : candidate.name));
  const missing = chosen.length - comparison.candidates.length;
  const distribution = comparison.candidates.map((_, column) => {
    const counts = [0, 0, 0, 0];
    for (const row of comparison.rows) for (const entry of row.cells[column]?.ratings ?? []) counts[entry.raw - 1]! += 1;
    return counts;
  });

  return (
    <div className="space-y-8">
      <PageHeader
        title="Compare candidates"
        description={`${comparison.candidates.length} candidates · submitted scorecards only`}
        actions={
          <div className="flex flex-wrap gap-2 print:hidden">
            <a href={comparisonHref(query, "/compare/export")} className={buttonSecondary} download>
              Download CSV
            </a>
            <PrintButton />
            <Link href="/compare" className={buttonSecondary}>
              Change candidates
            </Link>
          </div>
        }
      />
      <div className={`${card} flex flex-wrap items-start gap-6 p-4 text-sm print:hidden`}>
        <UrlToggle href={comparisonHref({ ...query, normalise: !query.normalise })} on={query.normalise} label="Normalise for interviewer leniency">
          Each rating becomes a z-score against that interviewer&apos;s own history of ratings, shown back on the 1–4 scale, so a
          strict and a lenient interviewer count alike. Composites stay raw.
        </UrlToggle>
        <UrlToggle href={comparisonHref({ ...query, blind: !query.blind })} on={query.blind} label="Blind mode">
          Names and personal details are replaced by Candidate A, B, C… until you switch it off.
        </UrlToggle>
      </div>
      {missing > 0 ? <p className="text-sm text-muted">{missing === 1 ? "One chosen candidate has" : `${missing} chosen candidates have`} no submitted scorecards you may see, so they are left out.</p> : null}
      {comparison.normalised && comparison.notNormalised.length > 0 ? (
        <p className="text-sm text-muted">Shown raw (fewer than 5 ratings on record): {comparison.notNormalised.join(", ")}.</p>
      ) : null}
      {!query.blind ? (
        <ul className="grid gap-3 text-sm sm:grid-cols-2 lg:grid-cols-4" aria-label="Compared candidates">
          {comparison.candidates.map((candidate) => (
            <li key={candidate.id} className={`${card} p-3`}>
              <Link href={`/candidates/${candidate.id}`} className="font-medium hover:underline">
                {candidate.name}
              </Link>
              <span className="block text-muted">{[candidate.position, candidate.email].filter(Boolean).join(" · ") || "No details"}</span>
            </li>
          ))}
        </ul>
      ) : null}

      <section aria-labelledby="summary-heading" className="space-y-3">
        <h2 id="summary-heading" className="text-lg font-semibold">
          Summary
        </h2>
        <CompetencyChart names={names} competencies={comparison.competencies.map((c) => ({ name: c.name, means: c.perCandidate.map((s) => (s.mean === null ? null : Math.round(s.mean * 100) / 100)) }))} />
        <SummaryTable comparison={comparison} names={names} />
      </section>

      <section aria-labelledby="matrix-heading" className="space-y-3">
        <h2 id="matrix-heading" className="text-lg font-semibold">
          Question by question
        </h2>
        <p className="text-sm text-muted">Each interviewer&apos;s rating (hover for who), then the mean ± standard deviation. &quot;Not asked&quot; is not a zero.</p>
        <ComparisonMatrix comparison={comparison} names={names} />
      </section>

      <section aria-labelledby="spread-heading" className="space-y-3">
        <h2 id="spread-heading" className="text-lg font-semibold">
          Spread of ratings
        </h2>
        <RatingDistributionChart counts={distribution} names={names} />
        <RatingDistributionTable counts={distribution} names={names} />
      </section>
    </div>
  );
}
