import { stringify } from "csv-stringify/sync";

// A cell a spreadsheet would evaluate (OWASP "CSV Injection"): one whose first non-blank character
// is = + - @ (Excel and LibreOffice skip leading spaces and line breaks: "\n=1+1" is a formula),
// or one that starts with a tab or CR. The fullwidth forms count too: Apple Numbers folds them to
// ASCII (the same list as csv-stringify's `escape_formulas`, which only looks at the first character).
const FORMULA_START = /^[\t\r]|^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

/** The neutralising prefix: an apostrophe makes a spreadsheet keep the cell as text. */
export const FORMULA_PREFIX = "'";

/** Text that a spreadsheet would run as a formula gets a leading apostrophe, so it stays text. */
export function neutraliseFormula(value: string) {
  return FORMULA_START.test(value) ? `${FORMULA_PREFIX}${value}` : value;
}

export type CsvCell = string | number | null | undefined;

/**
 * RFC 4180 CSV: CRLF between records, and every field holding a comma, a quote, a CR or an LF
 * quoted. csv-stringify quotes a field for the record delimiter only when it holds the whole
 * "\r\n", so a bare "\n" or "\r" in a note would split the row: `quoted_match` catches those.
 * Every text cell is made formula-safe; numbers stay numbers (a negative number is not a formula).
 */
export function toCsv(header: string[], rows: CsvCell[][]) {
  const safe = rows.map((row) => row.map((cell) => (typeof cell === "string" ? neutraliseFormula(cell) : (cell ?? ""))));
  return stringify([header.map(neutraliseFormula), ...safe], { record_delimiter: "windows", quoted_match: /[\r\n]/ });
}

/** A download response with a file name that is safe in the header. */
export function csvResponse(filename: string, body: string) {
  const safeName = filename.replace(/[^A-Za-z0-9._-]+/g, "-");
  return new Response(`\uFEFF${body}`, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${safeName}"`, "Cache-Control": "no-store" },
  });
}
