// For tests of the CSV exports (Vitest and Playwright): read a download as a spreadsheet would,
// and text that tries to break it. The oracle is written from OWASP's CSV-injection guidance,
// not from lib/reports/csv.ts, so a test can catch that module getting it wrong.
import { parse } from "csv-parse/sync";
import fc from "fast-check";

/** A cell a spreadsheet would evaluate: first non-blank character = + - @ (or fullwidth), or a leading tab or CR. */
export function spreadsheetWouldEvaluate(cell: string) {
  return /^[\t\r]/.test(cell) || /^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell);
}

/** A stored text as the export must show it: verbatim, or after the documented apostrophe when a spreadsheet would run it. */
export function exported(value: string) {
  return spreadsheetWouldEvaluate(value) ? `'${value}` : value;
}

/** A downloaded CSV as records, strictly (every record as wide as the header, BOM allowed). */
export function readCsv(text: string): string[][] {
  return parse(text, { bom: true, relax_column_count: false }) as string[][];
}

const SPECIALS = [",", ";", '"', "'", "\r", "\n", "\r\n", "\t", " ", "\u00A0", "=", "+", "-", "@", "\uFF1D", "|", "\u2028", "\uFEFF"];

/**
 * Arbitrary Unicode text heavy in what breaks CSV: separators, quotes, CR, LF, formula starts,
 * leading blanks. `storable` drops U+0000, which PostgreSQL text cannot hold (lib/text-input.ts).
 */
export function csvText(options: { storable?: boolean; minLength?: number; maxLength?: number } = {}) {
  const unit = fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...SPECIALS) }, { weight: 3, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) });
  const text = fc.string({ unit, minLength: options.minLength ?? 0, maxLength: options.maxLength ?? 24 });
  return options.storable ? text.map((value) => value.replaceAll("\u0000", "")) : text;
}
