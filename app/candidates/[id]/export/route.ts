import { getCandidateReport } from "@/lib/comparison/queries";
import { RECOMMENDATION_LABELS } from "@/lib/scoring/composite";
import { csvResponse, toCsv } from "@/lib/reports/csv";
import { formatDate } from "@/lib/format/date-time";

export const dynamic = "force-dynamic";

/** One candidate's full results as CSV: a row per question per submitted scorecard. */
export async function GET(_request: Request, context: RouteContext<"/candidates/[id]/export">) {
  const report = await getCandidateReport((await context.params).id);
  if (!report) return new Response("Not found", { status: 404 });
  const header = ["candidate", "interview", "date", "question", "rubric version", "interviewer", "rating", "key points covered", "red flags raised", "notes", "recommendation", "composite", "summary"];
  const rows = report.sessions.flatMap((session) =>
    session.scorecards.flatMap((card) =>
      session.questions.map((question) => {
        const score = card.scores.find((row) => row.sessionQuestionId === question.id);
        return [
          report.candidate.name,
          session.title,
          session.startedAt ? formatDate(session.startedAt) : "",
          question.title,
          question.version ?? "custom",
          card.interviewer.name ?? card.interviewer.email,
          score?.rating ?? "not rated",
          (score?.keyPointsCovered ?? []).map((i) => question.keyPoints[i] ?? `point ${i + 1}`).join("; "),
          (score?.redFlagsRaised ?? []).map((i) => question.redFlags[i] ?? `flag ${i + 1}`).join("; "),
          score?.notes ?? "",
          card.recommendation ? RECOMMENDATION_LABELS[card.recommendation] : "",
          card.composite === null ? "" : Number(card.composite),
          card.summary,
        ];
      }),
    ),
  );
  return csvResponse(`${report.candidate.name}-results.csv`, toCsv(header, rows));
}
