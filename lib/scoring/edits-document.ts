// The live scoring screen's "keep a copy": every question's rating, ticks and notes and the
// summary as this device holds them, the ones the server has not confirmed marked as such.
import { fenced, fileName, heading } from "@/lib/local-copy/markdown-file";
import { RECOMMENDATION_LABELS } from "./composite";
import type { QuestionScore, SummaryDraft } from "./schema";

export interface ScoringEdits {
  title: string;
  candidateName: string;
  /** Where the page was opened (the edits are kept per address). */
  address: string;
  at: Date;
  questions: { key: string; title: string }[];
  values: ReadonlyMap<string, unknown>;
  unsaved: ReadonlySet<string>;
}

export function scoringEditsDocument(edits: ScoringEdits): { filename: string; text: string } {
  const { title, candidateName, address, at, questions, values, unsaved } = edits;
  const lines = [
    heading(1, `Scorecard edits: ${title}`),
    "",
    `Candidate: ${candidateName.replace(/[\r\n]+/g, " ")}  `,
    `Kept by the browser at ${address} on ${at.toISOString()}. ${unsaved.size === 0 ? "Everything here was saved." : `${unsaved.size} ${unsaved.size === 1 ? "entry was" : "entries were"} not saved on the server (marked “not saved”).`}`,
  ];
  questions.forEach((question, index) => {
    const score = values.get(question.key) as QuestionScore | undefined;
    if (!score) return;
    lines.push("", heading(2, `${index + 1}. ${question.title}${unsaved.has(question.key) ? " (not saved)" : ""}`), "");
    lines.push(`Rating: ${score.rating === null ? "not rated" : `${score.rating} of 4`}  `);
    lines.push(`Key points ticked: ${score.keyPointsCovered.length === 0 ? "none" : score.keyPointsCovered.map((i) => i + 1).join(", ")}  `);
    lines.push(`Red flags ticked: ${score.redFlagsRaised.length === 0 ? "none" : score.redFlagsRaised.map((i) => i + 1).join(", ")}`);
    if (score.notes) lines.push("", "Notes:", "", fenced(score.notes));
  });
  const draft = values.get("summary") as SummaryDraft | undefined;
  if (draft) {
    lines.push("", heading(2, `Summary${unsaved.has("summary") ? " (not saved)" : ""}`), "");
    lines.push(`Recommendation: ${draft.recommendation ? RECOMMENDATION_LABELS[draft.recommendation] : "none yet"}`);
    if (draft.summary) lines.push("", fenced(draft.summary));
  }
  return { filename: fileName(title, "scorecard-edits"), text: `${lines.join("\n")}\n` };
}
