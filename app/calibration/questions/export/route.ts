import { getCalibration } from "@/lib/comparison/queries";
import { sayRubricAgreement } from "@/lib/comparison/plain-words-agreement";
import { sayQuestion } from "@/lib/comparison/plain-words-scores";
import { csvResponse, toCsv } from "@/lib/reports/csv";
import { formatDate } from "@/lib/format/date-time";

export const dynamic = "force-dynamic";

const round = (value: number | null | undefined) => (value === null || value === undefined ? null : Number(value.toFixed(4)));
const verdict = (v: { kind: string; verdict?: string; needed?: number | null }) =>
  v.kind === "verdict" ? v.verdict! : v.kind === "too-few" ? `too few (${v.needed} more needed)` : "undecided";

/** The question analytics as CSV: one row per question, every figure with its interval and both sentences. */
export async function GET() {
  const data = await getCalibration();
  if (!data) return new Response("Not found", { status: 404 });
  const header = [
    "question id",
    "question",
    "times asked",
    "ratings",
    "mean",
    "sd",
    "floor rate (1s)",
    "ceiling rate (4s)",
    "most common rating share",
    "item-rest r",
    "item-rest r lower",
    "item-rest r upper",
    "ICC(1,1)",
    "ICC(1,1) lower",
    "ICC(1,1) upper",
    "separates candidates",
    "rubric",
    "reasons",
    "in words",
  ];
  const rows = data.questions.map((q) => {
    const r = q.discrimination.kind === "estimate" ? q.discrimination.estimate : null;
    const icc = q.agreement.kind === "icc" ? q.agreement.single : null;
    return [
      q.questionKey.startsWith("custom:") ? "custom" : q.questionKey,
      q.title,
      q.timesAsked,
      q.ratings,
      round(q.mean),
      round(q.sd),
      round(q.floorRate),
      round(q.ceilingRate),
      round(q.dominantShare),
      round(r?.value),
      round(r?.interval?.lower),
      round(r?.interval?.upper),
      round(icc?.value),
      round(icc?.interval?.lower),
      round(icc?.interval?.upper),
      verdict(q.separates),
      verdict(q.rubric),
      q.reasons.join("; "),
      `${sayQuestion(q)} ${sayRubricAgreement(q.agreement, q.rubric)}`,
    ];
  });
  return csvResponse(`question-analytics-${formatDate(new Date())}.csv`, toCsv(header, rows));
}
