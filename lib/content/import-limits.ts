// Limits on what an import accepts, checked before any parsing so a hostile or mistaken upload
// (a binary, a huge file, a file that is one line repeated a million times) is refused early,
// with a message that says which file and what to do.
import { deflateRawSync } from "node:zlib";
import type { ContentError } from "./schema";

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** For uploads through the app (the request must fit the server's body limit); the CLI has none. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_UPLOAD_FILES = 100;
export const MAX_QUESTIONS_PER_FILE = 2_000;
/**
 * For uploads through the app: the most questions one dry run or apply may hold. Measured with
 * `BENCH_ONLY=upload npm run bench` (docs/performance.md) on a busy 2-core machine: the apply is
 * bound by the database's writes (10,000 took 12.2 s, 8,000 took 12.3 s); 5,000 stay within 10 s
 * a step while /api/health answers within a second.
 */
export const MAX_UPLOAD_QUESTIONS = 5_000;
/** Real question sets compress 3–5:1; text that compresses beyond this is mostly repetition. */
export const MAX_COMPRESSION_RATIO = 40;
/** Below this size repetition cannot hurt, and short files compress oddly. */
const REPETITION_CHECK_FROM_BYTES = 64 * 1024;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export interface ImportSource {
  /** How the file is named in errors and, for new sets, where it belongs in the repository. */
  sourcePath: string;
  bytes: Uint8Array;
}

/** Errors for one file that must not be parsed at all; [] when it may be. */
export function checkFileLimits(source: ImportSource): ContentError[] {
  const { sourcePath: file, bytes } = source;
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return [{ file, line: 1, message: `file is ${megabytes(bytes.byteLength)}; the limit is ${megabytes(MAX_FILE_BYTES)} per file: split the set into several files` }];
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return [{ file, line: lineAt(bytes, nul), message: "file contains binary data (a NUL byte): question sets are UTF-8 Markdown text" }];
  }
  if (bytes.byteLength >= REPETITION_CHECK_FROM_BYTES) {
    const ratio = bytes.byteLength / deflateRawSync(bytes, { level: 1 }).byteLength;
    if (ratio > MAX_COMPRESSION_RATIO) {
      return [{ file, line: 1, message: `file is mostly repeated text (it compresses ${Math.round(ratio)}:1; real sets compress about 4:1): refusing it` }];
    }
  }
  return [];
}

/** What is wrong with an upload as a whole (too many files, too much in all), or null. */
export function checkUploadLimits(files: number, totalBytes: number): string | null {
  if (files > MAX_UPLOAD_FILES) return `${files} files: at most ${MAX_UPLOAD_FILES} can be uploaded at once (use npm run content:import for more)`;
  if (totalBytes > MAX_UPLOAD_BYTES) return `${megabytes(totalBytes)} in all: at most ${megabytes(MAX_UPLOAD_BYTES)} can be uploaded at once (use npm run content:import for more)`;
  return null;
}

function lineAt(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
