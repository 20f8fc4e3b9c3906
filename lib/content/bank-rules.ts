// Rules a question must meet beyond its file's format, because they depend on something outside
// the file: the competency list (content/competencies.yaml), today's month, and the other sets of
// the bank (practice twins may live in any set). The parser (parse-question-set.ts) reads what a
// file says; these check it, at the same file:line, wherever questions enter the bank: the
// content check, the seed, imports and the editor.
//
//   reviewed        required on every question; a month not after the current one.
//   competency      one of the names in content/competencies.yaml (with "did you mean …").
//   practice-twin   every interview-only question names one; only interview-only questions do;
//                   it exists, is not archived, is practice-only or both, and is the twin of no
//                   other question.
import type { Competency } from "./competencies";
import { didYouMean, oneOf } from "./parse-suggestions";
import { quote } from "./parse-text";
import { COMPETENCIES_PATH } from "./competencies";
import type { Audience, ContentError, ParsedQuestion, ParsedSet } from "./schema";

/** The current month as YYYY-MM, in UTC (the clock is injected so tests can move it). */
export function monthOf(now: Date): string {
  return `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** Errors in each question's `reviewed` and `competency` (the twins are checkPracticeTwins'). */
export function checkQuestionRules(sets: readonly ParsedSet[], competencies: readonly Pick<Competency, "name">[], now: Date): ContentError[] {
  const names = competencies.map((competency) => competency.name);
  const known = new Set(names);
  const month = monthOf(now);
  const errors: ContentError[] = [];
  for (const set of sets) {
    for (const question of set.questions) {
      const report = (line: number | undefined, message: string) => errors.push({ file: set.sourcePath, line: line ?? question.line, message });
      for (const problem of questionProblems(question, known, names, month)) report(question.keyLines[problem.key], problem.message);
    }
  }
  return errors;
}

export interface QuestionProblem {
  key: "reviewed" | "competency";
  message: string;
}

/** What is wrong with one question's `reviewed` and `competency`; the editor shows these under the fields. */
export function questionProblems(question: Pick<ParsedQuestion, "title" | "reviewed" | "competency">, known: ReadonlySet<string>, names: readonly string[], month: string): QuestionProblem[] {
  const problems: QuestionProblem[] = [];
  if (question.reviewed === null) {
    problems.push({ key: "reviewed", message: `question ${quote(question.title)} has no "reviewed:" line: add "reviewed: ${month}" once you have checked it against the documentation` });
  } else if (question.reviewed > month) {
    problems.push({ key: "reviewed", message: `reviewed ${question.reviewed} is in the future (it is ${month} now): write the month the question was last checked` });
  }
  if (question.competency !== null && !known.has(question.competency)) {
    const match = didYouMean(question.competency, names);
    const hint = match !== null ? `: did you mean ${quote(match)}?` : names.length > 0 ? `: the competencies are ${oneOf(names)}` : "";
    problems.push({ key: "competency", message: `unknown competency ${quote(question.competency)}${hint} (add a new one to ${COMPETENCIES_PATH} first)` });
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Practice twins

/** A question as the twin rules see it, from a file being checked or from the database. */
export interface TwinNode {
  id: string;
  title: string;
  audience: Audience;
  practiceTwin: string | null;
  archived: boolean;
  /** Archived by the change being checked (gone from its set's file), rather than before it. */
  leaving?: boolean;
  /** Where errors about it go: its file, heading line and `practice-twin:` line. */
  file: string;
  line: number;
  twinLine: number;
  /** Errors are reported on it whenever it breaks a rule; otherwise only when its twin is in scope. */
  inScope: boolean;
}

export function twinNodes(sets: readonly ParsedSet[]): TwinNode[] {
  return sets.flatMap((set) =>
    set.questions.map((question) => ({
      id: question.id,
      title: question.title,
      audience: question.audience,
      practiceTwin: question.practiceTwin,
      archived: false,
      file: set.sourcePath,
      line: question.line,
      twinLine: question.keyLines["practice-twin"] ?? question.line,
      inScope: true,
    })),
  );
}

export interface TwinError extends ContentError {
  /** The question the error is about, and the twin it names (if any). */
  questionId: string;
  twinId: string | null;
}

/**
 * Every break of the twin rules among `nodes` (one node per id: the caller puts the files being
 * checked in place of the database's copies). An error is reported on a node in scope, or on a
 * node out of scope whose twin is in scope (so an import that archives or re-audiences a twin is
 * refused, but questions the import does not touch are not re-judged).
 */
export function checkPracticeTwins(nodes: readonly TwinNode[]): TwinError[] {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  // The first claim on each twin stands; claims out of scope (the bank as it is) come first, so a
  // file that claims a twin already taken gets the error.
  const claimedBy = new Map<string, TwinNode>();
  for (const node of [...nodes.filter((n) => !n.inScope), ...nodes.filter((n) => n.inScope)]) {
    const twin = node.practiceTwin === null ? undefined : byId.get(node.practiceTwin);
    if (node.archived || node.audience !== "interview" || !twin || twin.archived || twin.audience === "interview") continue;
    if (!claimedBy.has(twin.id)) claimedBy.set(twin.id, node);
  }
  const errors: TwinError[] = [];
  for (const node of nodes) {
    if (node.archived) continue;
    const twin = node.practiceTwin === null ? undefined : byId.get(node.practiceTwin);
    if (!node.inScope && !twin?.inScope) continue;
    const report = (line: number, message: string) => errors.push({ file: node.file, line, message, questionId: node.id, twinId: node.practiceTwin });
    if (node.practiceTwin === null) {
      if (node.audience !== "interview") continue;
      const likely = byId.get(`${node.id}-practice`);
      const hint = likely && !likely.archived && likely.audience !== "interview" ? ` (did you mean "practice-twin: ${likely.id}"?)` : "";
      report(node.line, `interview-only question ${quote(node.title)} has no practice twin: add "practice-twin: <id>" naming a practice question on the same concept in another scenario${hint}`);
      continue;
    }
    const id = quote(node.practiceTwin);
    if (node.audience !== "interview") {
      report(node.twinLine, `only interview-only questions have a practice twin, and this one is ${node.audience === "both" ? "for interview and practice" : "practice-only"}: remove "practice-twin:", or make it "audience: interview"`);
      continue;
    }
    if (twin === undefined) {
      const candidates = [...new Set([`${node.id}-practice`, ...nodes.filter((other) => other.file === node.file).map((other) => other.id)])].filter((candidate) => byId.has(candidate));
      const match = didYouMean(node.practiceTwin, candidates);
      report(node.twinLine, `practice twin ${id} does not exist${match === null ? ": name the id of a practice question in any set" : `: did you mean ${quote(match)}?`}`);
      continue;
    }
    if (twin.archived) {
      report(
        node.twinLine,
        twin.leaving
          ? `practice twin ${id} would be archived: it is no longer in ${twin.file}; keep it there, or name another practice question here first`
          : `practice twin ${id} is archived: restore it, or name another practice question`,
      );
      continue;
    }
    if (twin.audience === "interview") {
      report(node.twinLine, `practice twin ${id} is interview-only: a twin must be practice-only or for both, so candidates can practise the concept`);
      continue;
    }
    const first = claimedBy.get(twin.id);
    if (first !== undefined && first !== node) {
      report(node.twinLine, `practice twin ${id} is already the twin of ${quote(first.id)} (${first.file}:${first.twinLine}): each practice question is the twin of one interview question`);
    }
  }
  return errors;
}
