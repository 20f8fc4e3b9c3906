import { getComparison } from "@/lib/comparison/queries";
import { blindLabel, comparisonQuerySchema } from "@/lib/comparison/schema";
import { csvResponse, toCsv } from "@/lib/reports/csv";
import { formatDate } from "@/lib/format/date-time";

export const dynamic = "force-dynamic";

/** The comparison on screen as CSV: one row per rating, or per question not asked. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const query = comparisonQuerySchema.parse({ c: url.searchParams.getAll("c"), normalise: url.searchParams.get("normalise") ?? undefined, blind: url.searchParams.get("blind") ?? undefined });
  const comparison = await getComparison([...new Set(query.c)], query.normalise);
  if (!comparison) return new Response("Not found", { status: 404 });
  const names = comparison.candidates.map((candidate, i) => (query.blind ? blindLabel(i) : candidate.name));
  const header = ["candidate", ...(query.blind ? [] : ["email", "position"]), "question", "competency", "rubric versions", "interviewer", "rating", "normalised rating", "composite", "recommendations"];
  const rows = comparison.candidates.flatMap((candidate, column) => {
    const about = [names[column]!, ...(query.blind ? [] : [candidate.email ?? "", candidate.position ?? ""])];
    const recommendations = Object.entries(candidate.recommendations)
      .filter(([, count]) => count > 0)
      .map(([rec, count]) => `${rec}:${count}`)
      .join(" ");
    return comparison.rows.flatMap((row) => {
      const base = [...about, row.title, row.competency, row.versions.join(" ")];
      const cell = row.cells[column];
      if (!cell) return [[...base, "", "not asked", "", candidate.composite, recommendations]];
      if (cell.ratings.length === 0) return [[...base, "", "not rated", "", candidate.composite, recommendations]];
      return cell.ratings.map((entry) => [...base, entry.interviewer, entry.raw, query.normalise ? entry.normalised : null, candidate.composite, recommendations]);
    });
  });
  return csvResponse(`comparison-${formatDate(new Date())}.csv`, toCsv(header, rows));
}
