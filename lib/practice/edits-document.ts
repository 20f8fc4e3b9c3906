// Practice's "keep a copy": the grades this device holds that the server has not confirmed.
import { fenced, fileName, heading } from "@/lib/local-copy/markdown-file";
import { GRADE_LABELS, type Grade } from "./grades";
import { isUndo, type StoredReview } from "./outbox";

export function practiceGradesDocument(entries: StoredReview[], address: string, at: Date): { filename: string; text: string } {
  // An undo cancels its grade: neither is worth keeping a copy of.
  const undone = new Set(entries.filter(isUndo).map((entry) => entry.undoOf));
  const reviews = entries.flatMap((entry) => (isUndo(entry) || undone.has(entry.id) ? [] : [entry]));
  const lines = [
    heading(1, "Practice grades not yet saved"),
    "",
    `Kept by the browser at ${address} on ${at.toISOString()}: ${reviews.length} ${reviews.length === 1 ? "grade" : "grades"}.`,
  ];
  reviews.forEach((review, index) => {
    lines.push("", heading(2, `${index + 1}. ${review.title ?? review.questionId}`), "");
    lines.push(`Grade: ${review.grade} · ${GRADE_LABELS[review.grade as Grade] ?? "?"}  `);
    lines.push(`Graded at: ${review.reviewedAt}  `);
    lines.push(`Key points ticked: ${review.keyPointsTicked?.length ? review.keyPointsTicked.map((i) => i + 1).join(", ") : "none"}`);
    if (review.answer) lines.push("", "Your answer:", "", fenced(review.answer));
  });
  return { filename: fileName("practice", "grades"), text: `${lines.join("\n")}\n` };
}
