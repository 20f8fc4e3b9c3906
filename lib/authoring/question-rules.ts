// The bank rules (lib/content/bank-rules.ts) for a question saved in the app, against the bank as
// it is: the same checks an import makes, with each message under the form field it concerns.
import type { Database } from "@/lib/db-client";
import { checkPracticeTwins, monthOf, questionProblems, type TwinNode } from "@/lib/content/bank-rules";
import { loadCompetencies } from "@/lib/content/competencies";
import type { Audience, ParsedQuestion } from "@/lib/content/schema";
import type { QuestionField } from "./schema";

export type FieldErrors = Partial<Record<QuestionField, string[]>>;

/** What the bank rules say about `question` (edited, or about to be created), by field; null when it may be saved. */
export async function bankRuleErrors(db: Database, question: ParsedQuestion, now = new Date()): Promise<FieldErrors | null> {
  const errors: FieldErrors = {};
  const add = (field: QuestionField, message: string) => (errors[field] ??= []).push(message);

  const list = await loadCompetencies();
  const names = list.competencies.map((competency) => competency.name);
  for (const problem of questionProblems(question, new Set(names), names, monthOf(now))) add(problem.key, problem.message);
  if (question.competency !== null && list.errors.length > 0) {
    const [first] = list.errors;
    add("competency", `the competency list cannot be read (${first!.file}:${first!.line}: ${first!.message})`);
  }

  const rows = await db.question.findMany({
    select: { id: true, title: true, audience: true, practiceTwinId: true, archived: true, sourceLine: true, set: { select: { sourcePath: true } } },
  });
  const nodes: TwinNode[] = rows
    .filter((row) => row.id !== question.id)
    .map((row) => ({
      id: row.id,
      title: row.title,
      audience: row.audience.toLowerCase() as Audience,
      practiceTwin: row.practiceTwinId,
      archived: row.archived,
      file: row.set.sourcePath ?? "the app",
      line: row.sourceLine ?? 1,
      twinLine: row.sourceLine ?? 1,
      inScope: false,
    }));
  nodes.push({
    id: question.id,
    title: question.title,
    audience: question.audience,
    practiceTwin: question.practiceTwin,
    archived: false,
    file: "form",
    line: 1,
    twinLine: 1,
    inScope: true,
  });
  for (const error of checkPracticeTwins(nodes)) {
    if (error.questionId === question.id) add("practiceTwin", error.message);
    // Another question names this one as its twin, and this change breaks that.
    else add("audience", `${JSON.stringify(error.questionId)} names this question as its practice twin, and ${error.message.replace(/^practice twin "[^"]*" /, "this question ")}`);
  }
  return Object.keys(errors).length > 0 ? errors : null;
}

/**
 * Why a question may not be archived, or null: archiving the practice twin of a live interview
 * question would leave that question without one.
 */
export async function archiveRefusal(db: Database, questionId: string): Promise<string | null> {
  const claimant = await db.question.findFirst({
    where: { practiceTwinId: questionId, archived: false, audience: "INTERVIEW" },
    select: { id: true, title: true },
  });
  if (!claimant) return null;
  return `Not archived: this question is the practice twin of "${claimant.title}" (${claimant.id}). Give that question another twin first, or archive it too.`;
}
