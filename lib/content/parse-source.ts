// One file of an import or seed, parsed: the work a parse worker does (parse-pool.ts), and what
// runs inline where no worker can start. Limits first (no parsing of a refused file), then the
// format, then the per-file question limit, then the file's hash.
import { createHash } from "node:crypto";
import { checkFileLimits, type ImportSource, MAX_QUESTIONS_PER_FILE } from "./import-limits";
import { parseQuestionSet } from "./parse-question-set";
import type { ContentError, ParsedSet } from "./schema";

export interface ParsedSource {
  sourcePath: string;
  set: ParsedSet | null;
  errors: ContentError[];
  /** sha256 of the file's bytes (the seed skips a file whose hash it has stored). */
  hash: string;
}

export interface ParseOptions {
  /** Apply import-limits.ts (uploads and the CLI); the seed reads the repository's own files. */
  limits: boolean;
}

export function parseSource(source: ImportSource, options: ParseOptions): ParsedSource {
  const { sourcePath, bytes } = source;
  const hash = createHash("sha256").update(bytes).digest("hex");
  const refused = options.limits ? checkFileLimits(source) : [];
  if (refused.length > 0) return { sourcePath, set: null, errors: refused, hash };
  const { set, errors } = parseQuestionSet(bytes, sourcePath);
  if (set && options.limits && set.questions.length > MAX_QUESTIONS_PER_FILE) {
    const first = set.questions[MAX_QUESTIONS_PER_FILE]!;
    const message = `${set.questions.length} questions in one file; the limit is ${MAX_QUESTIONS_PER_FILE}: split the set`;
    return { sourcePath, set: null, errors: [{ file: sourcePath, line: first.line, message }], hash };
  }
  return { sourcePath, set, errors, hash };
}
