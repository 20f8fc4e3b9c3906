// Limits on what an import accepts, checked before any parsing so a hostile or mistaken upload
// (a binary, a huge file, a file that is one line repeated a million times) is refused early,
// with a message that says which file and what to do.
import { deflateRawSync } from "node:zlib";
import type { ContentError } from "./schema";

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_BATCH_BYTES = 25 * 1024 * 1024;
export const MAX_FILES = 100;
export const MAX_QUESTIONS_PER_FILE = 2_000;
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

/** Errors for the batch as a whole (count and total size). */
export function checkBatchLimits(sources: readonly ImportSource[]): ContentError[] {
  const errors: ContentError[] = [];
  if (sources.length > MAX_FILES) errors.push({ file: "(upload)", line: 1, message: `${sources.length} files; at most ${MAX_FILES} can be imported at once` });
  const total = sources.reduce((sum, source) => sum + source.bytes.byteLength, 0);
  if (total > MAX_BATCH_BYTES) errors.push({ file: "(upload)", line: 1, message: `${megabytes(total)} in all; at most ${megabytes(MAX_BATCH_BYTES)} can be imported at once` });
  return errors;
}

function lineAt(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
