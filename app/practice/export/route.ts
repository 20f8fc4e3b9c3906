import { myReviewHistory } from "@/lib/practice/queries";
import { GRADE_LABELS, type Grade } from "@/lib/practice/grades";
import { csvResponse, toCsv } from "@/lib/reports/csv";
import { formatDate } from "@/lib/format/date-time";

export const dynamic = "force-dynamic";

/** The signed-in user's own practice history as CSV (questions practice may still show only). */
export async function GET() {
  const history = await myReviewHistory();
  if (!history) return new Response("Sign in to download your practice history.", { status: 401 });
  const header = ["reviewed at", "set", "question id", "question", "grade", "key points covered", "key points", "answer", "as guest"];
  const rows = history.map((review) => [
    review.reviewedAt.toISOString(),
    review.question.set.title,
    review.question.id,
    review.question.title,
    GRADE_LABELS[review.grade as Grade],
    review.keyPointsTicked.length,
    review.question.keyPoints.length,
    review.answer,
    review.fromGuest ? "yes" : "no",
  ]);
  return csvResponse(`practice-${formatDate(new Date())}.csv`, toCsv(header, rows));
}
