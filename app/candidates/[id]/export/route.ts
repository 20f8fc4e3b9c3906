import { getCandidateReport } from "@/lib/comparison/queries";
import { csvResponse } from "@/lib/reports/csv";
import { candidateCsv } from "@/lib/reports/exports";

export const dynamic = "force-dynamic";

/** One candidate's full results as CSV: a row per question per submitted scorecard. */
export async function GET(_request: Request, context: RouteContext<"/candidates/[id]/export">) {
  const report = await getCandidateReport((await context.params).id);
  if (!report) return new Response("Not found", { status: 404 });
  const file = candidateCsv(report);
  return csvResponse(file.filename, file.body);
}
