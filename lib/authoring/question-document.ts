// A question form as a question-set document: the fields are written out in the bank's Markdown
// format and read back by the same parser the importer uses, so a question saved in the app is
// exactly as valid as one in a file. Parser errors are mapped back to the field they came from.
import { joinFollowUp } from "@/lib/content/follow-ups";
import { parseQuestionSet } from "@/lib/content/parse-question-set";
import type { Audience, ParsedQuestion } from "@/lib/content/schema";
import { asBulletList, listToField } from "./list-field";
import type { QuestionField, QuestionForm } from "./schema";

type FieldErrors = Partial<Record<QuestionField, string[]>>;

export type DocumentResult = { question: ParsedQuestion; errors?: undefined } | { question?: undefined; errors: FieldErrors };

const SCORING_FIELDS = ["scoring1", "scoring2", "scoring3", "scoring4"] as const;
const LIST_FIELDS = [
  ["keyPoints", "Key points"],
  ["redFlags", "Red flags"],
  ["followUps", "Follow-ups"],
] as const;

export function questionToForm(question: Omit<ParsedQuestion, "line" | "ownAudience" | "keyLines">, ownAudience: Audience | null): QuestionForm {
  return {
    title: question.title,
    id: question.id,
    difficulty: question.difficulty,
    level: question.level ?? "",
    competency: question.competency ?? "",
    tags: question.tags.join(", "),
    minutes: question.minutes === null ? "" : String(question.minutes),
    audience: ownAudience ?? "",
    reviewed: question.reviewed ?? "",
    practiceTwin: question.practiceTwin ?? "",
    prompt: question.prompt,
    answer: question.answer,
    keyPoints: listToField(question.keyPoints),
    redFlags: listToField(question.redFlags),
    followUps: listToField(question.followUps.map(joinFollowUp)),
    scoring1: question.scoring[0] ?? "",
    scoring2: question.scoring[1] ?? "",
    scoring3: question.scoring[2] ?? "",
    scoring4: question.scoring[3] ?? "",
  };
}

/** Builds the Markdown, remembering which lines each field occupies. */
class DocumentWriter {
  lines: string[] = [];
  private owners: (QuestionField | null)[] = [];
  push(text: string, field: QuestionField | null = null) {
    for (const line of text.split("\n")) {
      this.lines.push(line);
      this.owners.push(field);
    }
  }
  /** Section headings belong to the field under them, so "Answer is empty" lands on the answer. */
  fieldAt(line: number): QuestionField | null {
    return this.owners[line - 1] ?? null;
  }
}

export function formToQuestion(form: QuestionForm, id: string, setAudience: Audience): DocumentResult {
  const errors: FieldErrors = {};
  const add = (field: QuestionField, message: string) => (errors[field] ??= []).push(message);

  const anchors = SCORING_FIELDS.map((field) => form[field].trim());
  const filled = anchors.filter((anchor) => anchor !== "").length;
  if (filled > 0 && filled < anchors.length) {
    for (const field of SCORING_FIELDS) if (form[field].trim() === "") add(field, "Write all four anchors, or leave all four empty.");
  }
  if (Object.keys(errors).length > 0) return { errors };

  const doc = new DocumentWriter();
  doc.push(`---\ntitle: Editing\nslug: editing\naudience: ${setAudience}\n---\n`);
  doc.push(`## ${form.title}`, "title");
  doc.push("");
  doc.push(`id: ${id}`, "id");
  doc.push(`difficulty: ${form.difficulty}`, "difficulty");
  if (form.level) doc.push(`level: ${form.level}`, "level");
  if (form.competency) doc.push(`competency: ${form.competency}`, "competency");
  if (form.tags) doc.push(`tags: ${form.tags}`, "tags");
  if (form.minutes) doc.push(`minutes: ${form.minutes}`, "minutes");
  if (form.audience) doc.push(`audience: ${form.audience}`, "audience");
  if (form.reviewed) doc.push(`reviewed: ${form.reviewed}`, "reviewed");
  if (form.practiceTwin) doc.push(`practice-twin: ${form.practiceTwin}`, "practiceTwin");
  if (form.prompt.trim()) {
    doc.push("");
    doc.push(form.prompt.trim(), "prompt");
  }
  doc.push("\n### Answer\n", "answer");
  doc.push(form.answer.trim(), "answer");
  for (const [field, heading] of LIST_FIELDS) {
    const list = asBulletList(form[field]);
    if (list === "" && field !== "keyPoints") continue;
    doc.push(`\n### ${heading}\n`, field);
    doc.push(list, field);
  }
  if (filled > 0) {
    doc.push("\n### Scoring\n", "scoring1");
    anchors.forEach((anchor, index) => doc.push(`${index + 1}. ${anchor.replace(/\n/g, "\n   ")}`, SCORING_FIELDS[index]));
  }

  const result = parseQuestionSet(doc.lines.join("\n") + "\n", "form");
  if (result.set && result.set.questions.length === 1) return { question: result.set.questions[0]! };
  for (const error of result.errors) add(doc.fieldAt(error.line) ?? "title", error.message);
  if (result.errors.length === 0) add("title", "This does not read as one question: check the title and the Markdown fields.");
  return { errors };
}
