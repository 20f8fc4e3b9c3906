import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { AdjustmentList } from "@/components/compare/adjustment-list";
import { CandidatePicker } from "@/components/compare/candidate-picker";
import { CompetencyChart } from "@/components/compare/competency-chart";
import { ComparisonMatrix } from "@/components/compare/comparison-matrix";
import { DifferenceVerdicts } from "@/components/compare/difference-verdicts";
import { PrintButton } from "@/components/compare/print-button";
import { RatingDistributionChart } from "@/components/compare/rating-distribution-chart";
import { RatingDistributionTable } from "@/components/compare/rating-distribution-table";
import { UrlToggle } from "@/components/compare/url-toggle";
import { SummaryTable } from "@/components/compare/summary-table";
import { PageHeader } from "@/components/ui/page-header";
import { buttonSecondary, card } from "@/components/ui/styles";
import { comparisonLetters } from "@/lib/comparison/blinding";
import { MAX_COMPARED, MIN_COMPARED } from "@/lib/comparison/compare-candidates";
import { comparisonView } from "@/lib/comparison/compare-view";
import { getComparableCandidates, getComparison } from "@/lib/comparison/queries";
import { comparisonHref, comparisonQuerySchema } from "@/lib/comparison/schema";

export const metadata: Metadata = { title: "Compare candidates" };

// No loading.tsx in this segment: candidates (the role) must get a real 404 here.
export default async function ComparePage({ searchParams }: PageProps<"/compare">) {
  const query = comparisonQuerySchema.parse(await searchParams);
  const chosen = [...new Set(query.c)];
  const { candidates, suggestions } = await getComparableCandidates();
  if (chosen.length < MIN_COMPARED || chosen.length > MAX_COMPARED) {
    return (
      <>
        <PageHeader
          title="Compare candidates"
          description="Side by side, from submitted scorecards only; an interview whose panel you sit on counts once you have submitted yours. Choose 2 to 20 candidates."
        />
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
  // Letters belong to the comparison as the link names it, so everyone who opens the link reads the same ones.
  const view = comparisonView(comparison, query.blind, comparisonLetters(chosen));
  const { names } = view;
  const missing = chosen.length - comparison.candidates.length;
  const distribution = view.comparison.candidates.map((_, column) => {
    const counts = [0, 0, 0, 0];
    for (const row of view.comparison.rows) for (const entry of row.cells[column]?.ratings ?? []) counts[entry.raw - 1]! += 1;
    return counts;
  });
  const chartValue = (value: { raw: { mean: number | null }; adjusted: number | null }) => {
    const mean = query.normalise ? value.adjusted : value.raw.mean;
    return mean === null ? null : Math.round(mean * 100) / 100;
  };

  return (
    <div className="print-landscape space-y-8">
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
        <UrlToggle href={comparisonHref({ ...query, normalise: !query.normalise })} on={query.normalise} label="Adjust for interviewer leniency">
          Beside each rating, the rating minus how far its interviewer rates above or below the average interviewer, judged only from their earlier interviews with other
          candidates: the same whoever else is on this page.
        </UrlToggle>
        <UrlToggle href={comparisonHref({ ...query, blind: !query.blind })} on={query.blind} label="Blind mode">
          Names and personal details are replaced by Candidate A, B, C… in an order that gives nothing away, the same every time this link is opened.
        </UrlToggle>
      </div>
      {missing > 0 ? (
        <p className="text-sm text-muted">
          {missing === 1 ? "One chosen candidate has" : `${missing} chosen candidates have`} no submitted scorecards you may see, so they are left out.
        </p>
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
        <CompetencyChart names={names} competencies={view.comparison.competencies.map((c) => ({ name: c.name, means: c.perCandidate.map(chartValue) }))} />
        <p className="text-sm text-muted">
          Each competency cell is the mean ± standard deviation of its ratings (n of them){query.normalise ? ", then the mean of the adjusted ratings" : ""}. The composite is the
          mean of every rating; its margin is how far measurement error alone could move it, 19 times in 20.
        </p>
        <SummaryTable view={view} blind={query.blind} />
      </section>

      <section aria-labelledby="differences-heading" className="space-y-3">
        <h2 id="differences-heading" className="text-lg font-semibold">
          Are the differences real?
        </h2>
        <DifferenceVerdicts view={view} />
      </section>

      {query.normalise ? (
        <section aria-labelledby="adjustments-heading" className="space-y-3">
          <h2 id="adjustments-heading" className="text-lg font-semibold">
            How ratings were adjusted
          </h2>
          <AdjustmentList view={view} />
        </section>
      ) : null}

      <section aria-labelledby="matrix-heading" className="space-y-3">
        <h2 id="matrix-heading" className="text-lg font-semibold">
          Question by question
        </h2>
        <p className="text-sm text-muted">
          Each interviewer&apos;s rating (hover for who){query.normalise ? ", → its adjusted value (* shown as given; ↑↓ beyond the 1–4 scale)" : ""}, then the mean ± standard
          deviation. &quot;Not asked&quot; is not a zero.
        </p>
        <ComparisonMatrix view={view} />
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
