// How tests/parser-equivalence*.test.ts compare the markdown-it parser with the frozen remark
// parser (tests/reference-parser/): each result in the other's terms, with the intended differences
// set aside. Why each difference is intended: the comment at the top of parser-equivalence.test.ts.
import { readdirSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { splitFollowUp } from "@/lib/content/follow-ups";
import { type ParseResult, parseQuestionSet } from "@/lib/content/parse-question-set";
import type { ContentError } from "@/lib/content/schema";
import { FILE } from "./question-set-arbitraries";
import { type ParseResult as ReferenceResult, parseQuestionSet as parseWithRemark } from "./reference-parser/parse-question-set";

// Fixed, so CI answers the same way each run; FC_SEED=<n> explores other inputs.
export const SEED = Number(process.env.FC_SEED ?? 20261207);

export const YAML_ERROR = /^front matter is not valid YAML: .*/s;
/** The old parser's refusal of prose before the first question, and the new parser's of a "###" there. */
const BEFORE_FIRST_QUESTION = /^(?:content before the first question|section .* before the first question)/;
const PAST_RENDERING_LIMITS = / is too complex to show formatted: /;

interface Comparable {
  set: unknown;
  errors: ContentError[];
}

/**
 * A result with YAML syntax errors' wording and line left out: each library words its errors in
 * its own way, and finds some where it stops making sense of the text, which can be a later line
 * (the common ones are on the same line; tested below). A front-matter key's line is the YAML
 * parser's now; the old parser searched for "key:" at the start of a line and fell back to the
 * first line of the front matter (line 2) when it was written otherwise ("[a]:", a flow mapping):
 * where `reference` has that fallback for the same message, it is taken.
 */
function comparableErrors(errors: ContentError[], reference?: ReferenceResult): ContentError[] {
  const fallback = new Set(reference?.errors.filter((error) => error.line === 2 && FRONT_MATTER_KEY_ERROR.test(error.message)).map((error) => error.message));
  return (
    errors
      // Messages that list the metadata keys list the v2 keys too.
      .map((error) => ({ ...error, message: error.message.replace(V2_KEYS_IN_LIST, "") }))
      .map((error) => (fallback.has(error.message) ? { ...error, line: 2 } : error))
      .map((error) => (YAML_ERROR.test(error.message) ? { ...error, line: 0, message: "front matter is not valid YAML: …" } : error))
      .sort((a, b) => a.line - b.line || (a.message < b.message ? -1 : 1))
  );
}

const FRONT_MATTER_KEY_ERROR = /^(?:unknown front matter key|front matter "|slug |audience must)/;
const V2_KEYS_IN_LIST = /, reviewed, practice-twin(?=[);]|$)/;

/** The new parser's set in the old one's terms: without the fields the old parser had not. */
function newInOldTerms(result: ParseResult): unknown {
  if (!result.set) return null;
  const { introduction: _introduction, ...set } = result.set;
  return { ...set, questions: set.questions.map(({ reviewed: _reviewed, practiceTwin: _twin, keyLines: _lines, ...question }) => question) };
}

/** The old parser's set with each follow-up split at its "Listen for:" line, as the new parser reads it. */
function oldInNewTerms(result: ReferenceResult): unknown {
  if (!result.set) return null;
  return { ...result.set, questions: result.set.questions.map((question) => ({ ...question, followUps: question.followUps.map((item) => splitFollowUp(item).followUp ?? item) })) };
}

/**
 * Both results, comparable. Where the old parser refused prose before the first question, or the
 * new one refused a field past the rendering limits, only the other errors are compared (one set
 * is null for a reason the other parser does not have).
 */
function compared(result: ParseResult, reference: ReferenceResult): { actual: Comparable; expected: Comparable } {
  const intended = (error: ContentError) => BEFORE_FIRST_QUESTION.test(error.message) || PAST_RENDERING_LIMITS.test(error.message);
  const differs = [...result.errors, ...reference.errors].some(intended);
  return {
    actual: {
      set: differs ? "not compared" : newInOldTerms(result),
      errors: comparableErrors(
        result.errors.filter((error) => !intended(error)),
        reference,
      ),
    },
    expected: { set: differs ? "not compared" : oldInNewTerms(reference), errors: comparableErrors(reference.errors.filter((error) => !intended(error))) },
  };
}

export function expectSameAsRemark(source: string | Uint8Array, file = FILE, referenceSource: string | Uint8Array = source) {
  const { actual, expected } = compared(parseQuestionSet(source, file), parseWithRemark(referenceSource, file));
  const label = typeof source === "string" ? source.slice(0, 300) : file;
  expect(actual, label).toEqual(expected);
}

/**
 * A content/ file as the old parser can read it: its `reviewed:` and `practice-twin:` lines and
 * its introduction blanked, so every other line keeps its number.
 */
export function withoutV2Parts(text: string, firstQuestionLine: number, frontMatterEnd: number): string {
  return text
    .split("\n")
    .map((line, index) => {
      const number = index + 1;
      if (number > frontMatterEnd && number < firstQuestionLine) return "";
      return /^(?:reviewed|practice-twin)[ \t]*:/.test(line) ? "" : line;
    })
    .join("\n");
}

export function markdownFilesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return markdownFilesUnder(full);
    return entry.name.endsWith(".md") ? [full] : [];
  });
}

// remark is the slow side (about 0.4 MB/s): allow for a busy machine.
export const SLOW = { timeout: 300_000 };
