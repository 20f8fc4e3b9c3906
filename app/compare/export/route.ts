import { getComparison } from "@/lib/comparison/queries";
import { comparisonQuerySchema } from "@/lib/comparison/schema";
import { csvResponse } from "@/lib/reports/csv";
import { comparisonCsv } from "@/lib/reports/exports";

export const dynamic = "force-dynamic";

/** The comparison on screen as CSV: one row per rating, or per question not asked. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const query = comparisonQuerySchema.parse({ c: url.searchParams.getAll("c"), normalise: url.searchParams.get("normalise") ?? undefined, blind: url.searchParams.get("blind") ?? undefined });
  const comparison = await getComparison([...new Set(query.c)], query.normalise);
  if (!comparison) return new Response("Not found", { status: 404 });
  const file = comparisonCsv(comparison, { blind: query.blind, normalise: query.normalise, now: new Date() });
  return csvResponse(file.filename, file.body);
}
