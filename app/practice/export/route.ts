import { myReviewHistory } from "@/lib/practice/queries";
import { csvResponse } from "@/lib/reports/csv";
import { practiceCsv } from "@/lib/reports/exports";

export const dynamic = "force-dynamic";

/** The signed-in user's own practice history as CSV (questions practice may still show only). */
export async function GET() {
  const history = await myReviewHistory();
  if (!history) return new Response("Sign in to download your practice history.", { status: 401 });
  const file = practiceCsv(history, new Date());
  return csvResponse(file.filename, file.body);
}
