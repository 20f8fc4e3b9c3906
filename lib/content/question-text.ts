// A question version as plain labelled text, one field after another, so two versions can be
// compared line by line: the import dry run, the version history and edit conflicts all show it.
import { diffLines } from "diff";
import { joinFollowUp, readFollowUps } from "./follow-ups";
import type { questionSnapshot } from "./seed-question-bank";

export type QuestionSnapshot = ReturnType<typeof questionSnapshot>;

/**
 * A stored version's snapshot (JSON) in today's shape: versions saved before the bank format's
 * v2 have follow-ups as plain text (with their "Listen for:" line) and no reviewed or twin.
 */
export function readQuestionSnapshot(json: unknown): QuestionSnapshot {
  const data = (json && typeof json === "object" ? json : {}) as Record<string, unknown> & QuestionSnapshot;
  return {
    ...data,
    followUps: readFollowUps(data.followUps),
    reviewed: typeof data.reviewed === "string" ? data.reviewed : null,
    practiceTwin: typeof data.practiceTwin === "string" ? data.practiceTwin : null,
  };
}

const list = (items: readonly string[], ordered = false) =>
  items.map((item, index) => `${ordered ? `${index + 1}.` : "-"} ${item.replace(/\n/g, "\n  ")}`).join("\n");

export function questionAsText(snapshot: QuestionSnapshot): string {
  const metadata = [
    `Difficulty: ${snapshot.difficulty}`,
    `Level: ${snapshot.level ?? "—"}`,
    `Competency: ${snapshot.competency ?? "—"}`,
    `Tags: ${snapshot.tags.join(", ") || "—"}`,
    `Minutes: ${snapshot.minutes ?? "—"}`,
    `Audience: ${snapshot.audience}`,
    `Reviewed: ${snapshot.reviewed ?? "—"}`,
    `Practice twin: ${snapshot.practiceTwin ?? "—"}`,
  ];
  const sections: [string, string][] = [
    ["Prompt", snapshot.prompt],
    ["Answer", snapshot.answer],
    ["Key points", list(snapshot.keyPoints)],
    ["Red flags", list(snapshot.redFlags)],
    ["Follow-ups", list(snapshot.followUps.map(joinFollowUp))],
    ["Scoring", list(snapshot.scoring, true)],
  ];
  return [
    `Title: ${snapshot.title}`,
    ...metadata,
    ...sections.filter(([, body]) => body !== "").flatMap(([name, body]) => ["", `[${name}]`, body]),
  ].join("\n");
}

export interface DiffPart {
  kind: "added" | "removed" | "same";
  text: string;
}

/** Line diff of two versions; `same` runs are kept so the reader sees the context. */
export function diffQuestions(before: QuestionSnapshot, after: QuestionSnapshot): DiffPart[] {
  return diffText(questionAsText(before), questionAsText(after));
}

export function diffText(before: string, after: string): DiffPart[] {
  return diffLines(before.endsWith("\n") ? before : `${before}\n`, after.endsWith("\n") ? after : `${after}\n`).map((part) => ({
    kind: part.added ? "added" : part.removed ? "removed" : "same",
    text: part.value,
  }));
}
