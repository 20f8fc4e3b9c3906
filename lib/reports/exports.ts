// The three CSV downloads, built from what their pages read. Each says what its page says:
// labels ("Strong no: 1"), not enum codes, and the reason a recommendation goes against the
// composite. The routes only fetch (with the viewer's rights) and answer with csvResponse.
import type { Comparison } from "@/lib/comparison/compare-candidates";
import { blindLabel } from "@/lib/comparison/schema";
import { GRADE_LABELS, type Grade } from "@/lib/practice/grades";
import type { readReviewHistory } from "@/lib/practice/practice";
import { RECOMMENDATION_LABELS, RECOMMENDATIONS } from "@/lib/scoring/composite";
import type { CandidateReport } from "./candidate-report";
import { toCsv } from "./csv";
import { DECISION_LABELS } from "@/lib/debrief/schema";
import { formatDate } from "@/lib/format/date-time";

export interface CsvFile {
  filename: string;
  body: string;
}

const day = (date: Date) => formatDate(date);

export const CANDIDATE_CSV_HEADER = [
  "candidate",
  "interview",
  "date",
  "question",
  "rubric version",
  "interviewer",
  "rating",
  "key points covered",
  "red flags raised",
  "notes",
  "recommendation",
  "composite",
  "summary",
  "why the recommendation differs from the composite",
  "rating revised after the debrief",
  "decision",
  "decision reason",
  "decided at",
];

/** One candidate's full results: a row per question per submitted scorecard the viewer may read. */
export function candidateCsv(report: CandidateReport): CsvFile {
  const rows = report.sessions.flatMap((session) => {
    // The decision that counts is the latest; earlier ones are on the debrief and in the audit log.
    const decision = session.decisions[0];
    return session.scorecards.flatMap((card) =>
      session.questions.map((question) => {
        const score = card.scores.find((row) => row.sessionQuestionId === question.id);
        return [
          report.candidate.name,
          session.title,
          session.startedAt ? day(session.startedAt) : "",
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
          card.disagreementReason ?? "",
          revisedRating(card.revisions, question.id),
          decision ? DECISION_LABELS[decision.outcome] : "",
          decision?.reason ?? "",
          decision ? decision.createdAt.toISOString() : "",
        ];
      }),
    );
  });
  return { filename: `${report.candidate.name}-results.csv`, body: toCsv(CANDIDATE_CSV_HEADER, rows) };
}

/** The latest revised rating of one question, or "" when it was never revised: the submitted rating stays in its own column. */
function revisedRating(revisions: readonly { ratings: unknown }[], questionId: string) {
  let value: number | "" = "";
  for (const revision of revisions) {
    const ratings = revision.ratings as Record<string, unknown> | null;
    if (ratings && typeof ratings === "object" && typeof ratings[questionId] === "number") value = ratings[questionId] as number;
  }
  return value;
}

/** The summary table's tally, in its order and words: "Strong no: 1; Yes: 2". */
export function recommendationTally(recommendations: Comparison["candidates"][number]["recommendations"]) {
  return RECOMMENDATIONS.filter((rec) => recommendations[rec] > 0)
    .map((rec) => `${RECOMMENDATION_LABELS[rec]}: ${recommendations[rec]}`)
    .join("; ");
}

/** The matrix's "rubric v1, v2" (or "custom" for a question written for the interview). */
const rubricVersions = (versions: number[]) => (versions.length ? versions.map((version) => `v${version}`).join(", ") : "custom");

/** The comparison on screen: one row per rating, or per question not asked or not rated. */
export function comparisonCsv(comparison: Comparison, options: { blind: boolean; normalise: boolean; now: Date }): CsvFile {
  const { blind, normalise } = options;
  const header = ["candidate", ...(blind ? [] : ["email", "position"]), "question", "competency", "rubric versions", "interviewer", "rating", "normalised rating", "composite", "recommendations"];
  const rows = comparison.candidates.flatMap((candidate, column) => {
    const about = [blind ? blindLabel(column) : candidate.name, ...(blind ? [] : [candidate.email ?? "", candidate.position ?? ""])];
    const recommendations = recommendationTally(candidate.recommendations);
    return comparison.rows.flatMap((row) => {
      const base = [...about, row.title, row.competency, rubricVersions(row.versions)];
      const cell = row.cells[column];
      if (!cell) return [[...base, "", "not asked", "", candidate.composite, recommendations]];
      if (cell.ratings.length === 0) return [[...base, "", "not rated", "", candidate.composite, recommendations]];
      return cell.ratings.map((entry) => [...base, entry.interviewer, entry.raw, normalise ? entry.normalised : null, candidate.composite, recommendations]);
    });
  });
  return { filename: `comparison-${day(options.now)}.csv`, body: toCsv(header, rows) };
}

export const PRACTICE_CSV_HEADER = ["reviewed at", "set", "question id", "question", "grade", "key points covered", "key points", "answer", "as guest"];

/** The signed-in user's own practice history (only questions practice may still show). */
export function practiceCsv(history: Awaited<ReturnType<typeof readReviewHistory>>, now: Date): CsvFile {
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
  return { filename: `practice-${day(now)}.csv`, body: toCsv(PRACTICE_CSV_HEADER, rows) };
}
