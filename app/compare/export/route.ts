import { comparisonLetters } from "@/lib/comparison/blinding";
import { comparisonView } from "@/lib/comparison/compare-view";
import { getComparison } from "@/lib/comparison/queries";
import { comparisonQuerySchema } from "@/lib/comparison/schema";
import { csvResponse } from "@/lib/reports/csv";
import { comparisonCsv } from "@/lib/reports/exports";

export const dynamic = "force-dynamic";

/**
 * The comparison as CSV, always with the leniency adjustment beside the raw ratings (a file is read away
 * from the page's switch). In blind mode the candidate column holds the letters the page shows.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const query = comparisonQuerySchema.parse({
    c: url.searchParams.getAll("c"),
    normalise: url.searchParams.get("normalise") ?? undefined,
    blind: url.searchParams.get("blind") ?? undefined,
  });
  const chosen = [...new Set(query.c)];
  const comparison = await getComparison(chosen, true);
  if (!comparison) return new Response("Not found", { status: 404 });
  const file = comparisonCsv(comparisonView(comparison, query.blind, comparisonLetters(chosen)), { blind: query.blind, now: new Date() });
  return csvResponse(file.filename, file.body);
}
