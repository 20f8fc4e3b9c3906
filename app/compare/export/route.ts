import { comparisonLetters } from "@/lib/comparison/blinding";
import { comparisonView } from "@/lib/comparison/compare-view";
import { getComparison } from "@/lib/comparison/queries";
import { comparisonQuerySchema } from "@/lib/comparison/schema";
import { csvResponse, toCsv, type CsvCell } from "@/lib/reports/csv";
import { formatDate } from "@/lib/format/date-time";
import type { Leniency } from "@/lib/comparison/leniency";
import { sayLeniency } from "@/lib/comparison/plain-words-scores";

export const dynamic = "force-dynamic";

const round = (value: number | null | undefined, places = 4) => (value === null || value === undefined ? null : Number(value.toFixed(places)));

/**
 * The comparison as CSV: one row per rating (or per question not asked), raw and adjusted side by side
 * with the interviewer's leniency and the reason where a rating is shown as given, always adjusted
 * (a file is read away from the page's switch). In blind mode the candidate column holds the letter.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const query = comparisonQuerySchema.parse({ c: url.searchParams.getAll("c"), normalise: url.searchParams.get("normalise") ?? undefined, blind: url.searchParams.get("blind") ?? undefined });
  const chosen = [...new Set(query.c)];
  const comparison = await getComparison(chosen, true);
  if (!comparison) return new Response("Not found", { status: 404 });
  const { comparison: shown, names } = comparisonView(comparison, query.blind, comparisonLetters(chosen));
  const leniencyOf = new Map(shown.adjustments.map((adjustment) => [adjustment.scorecardId, adjustment]));
  const header = [
    "candidate",
    ...(query.blind ? [] : ["email", "position"]),
    "question",
    "competency",
    "rubric versions",
    "interviewer",
    "rating",
    "adjusted rating",
    "interviewer leniency",
    "adjustment",
    "composite",
    "composite adjusted",
    "composite margin (95%)",
    "panel agreement rwg(J)",
    "recommendations",
  ];
  const rows = shown.candidates.flatMap((candidate, column) => {
    const about = [names[column]!, ...(query.blind ? [] : [candidate.email ?? "", candidate.position ?? ""])];
    const recommendations = Object.entries(candidate.recommendations)
      .filter(([, count]) => count > 0)
      .map(([rec, count]) => `${rec}:${count}`)
      .join(" ");
    const margin = candidate.precision?.kind === "standard-error" ? round(candidate.precision.margin) : null;
    const agreement = new Map(candidate.sessions.map((session) => [session.id, session.agreement.kind === "rwg" ? round(session.agreement.estimate.value) : null]));
    const totals: CsvCell[] = [round(candidate.overall.raw.mean), round(candidate.overall.adjusted), margin];
    return shown.rows.flatMap((row): CsvCell[][] => {
      const base = [...about, row.title, row.competency, row.versions.join(" ")];
      const cell = row.cells[column];
      if (!cell) return [[...base, "", "not asked", null, null, null, ...totals, null, recommendations]];
      if (cell.ratings.length === 0) return [[...base, "", "not rated", null, null, null, ...totals, null, recommendations]];
      return cell.ratings.map((entry) => {
        const adjustment = leniencyOf.get(entry.scorecardId);
        const leniency: Leniency | undefined = adjustment?.leniency;
        return [
          ...base,
          entry.interviewer,
          entry.raw,
          round(entry.adjusted),
          leniency?.kind === "estimated" ? round(leniency.value) : null,
          leniency ? sayLeniency(leniency, entry.interviewer) : null,
          ...totals,
          agreement.get(entry.sessionId) ?? null,
          recommendations,
        ];
      });
    });
  });
  return csvResponse(`comparison-${formatDate(new Date())}.csv`, toCsv(header, rows));
}
