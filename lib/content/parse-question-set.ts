// Parses one question-set Markdown file (format: content/README.md) into a ParsedSet, or reports
// every problem as file:line errors. Pure and synchronous; never throws.
//
// Text is normalised before anything else: a UTF-8 byte-order mark is dropped and CRLF / CR line
// endings become LF. Line numbers are unaffected, and "verbatim" slices (prompt, answer, list
// items) are verbatim apart from line endings.
//
// Section headings are matched ignoring case and runs of spaces (`### Red Flags`, `### key points`
// are fine: title case is a style choice, not a mistake). A name that differs in any other way,
// including a missing or extra space or hyphen (`### Keypoints`, `### Followups`), is an unknown
// section whose message suggests the exact spelling. Metadata and front-matter keys, and enum
// values, are case-sensitive like YAML keys, again with a suggestion.
import { readSetHeader, splitFrontMatter } from "./parse-front-matter";
import { readQuestions, reportDuplicateIds } from "./parse-questions";
import { decode, type Report } from "./parse-text";
import type { ContentError, ParsedSet } from "./schema";

export { didYouMean } from "./parse-suggestions";
export { slugify } from "./parse-metadata";

export interface ParseResult {
  set: ParsedSet | null;
  errors: ContentError[];
}

export function parseQuestionSet(source: string | Uint8Array, file: string): ParseResult {
  try {
    return parse(source, file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { set: null, errors: [{ file, line: 1, message: `could not parse this file (internal error: ${reason})` }] };
  }
}

function parse(source: string | Uint8Array, file: string): ParseResult {
  const errors: ContentError[] = [];
  const report: Report = (line, message) => errors.push({ file, line, message });
  const finish = (set: ParsedSet | null): ParseResult => {
    errors.sort((a, b) => a.line - b.line);
    return { set: errors.length === 0 ? set : null, errors };
  };

  const text = decode(source, report);
  if (text === null) return finish(null);
  if (text.trim() === "") {
    report(1, "file is empty: a question set needs front matter with a title and at least one question");
    return finish(null);
  }

  const { frontMatter, body } = splitFrontMatter(text, report);
  const header = readSetHeader(frontMatter, file, report);
  if (body === null) return finish(null);

  const { questions, headingCount } = readQuestions(body, header.audience ?? "both", report);
  reportDuplicateIds(questions, file, report);
  if (headingCount === 0) report(1, 'no questions: each question starts with a "## " heading');
  if (header.title === null || header.slug === null) return finish(null);
  return finish({
    slug: header.slug,
    title: header.title,
    description: header.description,
    audience: header.audience ?? "both",
    ownAudience: header.audience,
    sourcePath: file,
    questions: questions.map((q) => q.question),
  });
}

