// The three CSV downloads, built from what their pages read. Each says what its page says:
// labels ("Strong no: 1"), not enum codes, and the reason a recommendation goes against the
// composite. The routes only fetch (with the viewer's rights) and answer with csvResponse.
import type { Comparison } from "@/lib/comparison/compare-candidates";
import type { ComparisonView } from "@/lib/comparison/compare-view";
import { sayLeniency } from "@/lib/comparison/plain-words-scores";
import { GRADE_LABELS, type Grade } from "@/lib/practice/grades";
import type { readReviewHistory } from "@/lib/practice/practice";
import { RECOMMENDATION_LABELS, RECOMMENDATIONS } from "@/lib/scoring/composite";
import type { CandidateReport } from "./candidate-report";
import { toCsv, type CsvCell } from "./csv";
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
];

/** One candidate's full results: a row per question per submitted scorecard the viewer may read. */
export function candidateCsv(report: CandidateReport): CsvFile {
  const rows = report.sessions.flatMap((session) =>
    session.scorecards.flatMap((card) =>
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
        ];
      }),
    ),
  );
  return { filename: `${report.candidate.name}-results.csv`, body: toCsv(CANDIDATE_CSV_HEADER, rows) };
}

/** The summary table's tally, in its order and words: "Strong no: 1; Yes: 2". */
export function recommendationTally(recommendations: Comparison["candidates"][number]["recommendations"]) {
  return RECOMMENDATIONS.filter((rec) => recommendations[rec] > 0)
    .map((rec) => `${RECOMMENDATION_LABELS[rec]}: ${recommendations[rec]}`)
    .join("; ");
}

/** The matrix's "rubric v1, v2" (or "custom" for a question written for the interview). */
const rubricVersions = (versions: number[]) => (versions.length ? versions.map((version) => `v${version}`).join(", ") : "custom");

const round = (value: number | null | undefined) => (value === null || value === undefined ? null : Number(value.toFixed(4)));

/**
 * The comparison on screen (as comparisonView lays it out: names, or blind letters in letter order):
 * one row per rating, or per question not asked or not rated. Raw and adjusted side by side, with the
 * interviewer's leniency and the sentence that explains it (or why the rating is shown as given), the
 * composite raw and adjusted with its 95% margin, and the interview's r_wg(J).
 */
export function comparisonCsv(view: ComparisonView, options: { blind: boolean; now: Date }): CsvFile {
  const { blind } = options;
  const { comparison, names } = view;
  const header = [
    "candidate",
    ...(blind ? [] : ["email", "position"]),
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
  const leniencyOf = new Map(comparison.adjustments.map((adjustment) => [adjustment.scorecardId, adjustment.leniency]));
  const rows = comparison.candidates.flatMap((candidate, column) => {
    const about = [names[column]!, ...(blind ? [] : [candidate.email ?? "", candidate.position ?? ""])];
    const recommendations = recommendationTally(candidate.recommendations);
    const margin = candidate.precision?.kind === "standard-error" ? round(candidate.precision.margin) : null;
    const agreement = new Map(candidate.sessions.map((session) => [session.id, session.agreement.kind === "rwg" ? round(session.agreement.estimate.value) : null]));
    const composite: CsvCell[] = [round(candidate.overall.raw.mean), round(candidate.overall.adjusted), margin];
    return comparison.rows.flatMap((row): CsvCell[][] => {
      const base = [...about, row.title, row.competency, rubricVersions(row.versions)];
      const cell = row.cells[column];
      if (!cell) return [[...base, "", "not asked", null, null, null, ...composite, null, recommendations]];
      if (cell.ratings.length === 0) return [[...base, "", "not rated", null, null, null, ...composite, null, recommendations]];
      return cell.ratings.map((entry) => {
        const leniency = leniencyOf.get(entry.scorecardId);
        return [
          ...base,
          entry.interviewer,
          entry.raw,
          round(entry.adjusted),
          leniency?.kind === "estimated" ? round(leniency.value) : null,
          leniency ? sayLeniency(leniency, entry.interviewer) : null,
          ...composite,
          agreement.get(entry.sessionId) ?? null,
          recommendations,
        ];
      });
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
