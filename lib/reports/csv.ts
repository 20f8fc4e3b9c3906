import { stringify } from "csv-stringify/sync";

// Spreadsheets run a cell that starts with one of these as a formula (CSV injection, OWASP).
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text that a spreadsheet would run as a formula gets a leading apostrophe, so it stays text. */
export function neutraliseFormula(value: string) {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export type CsvCell = string | number | null | undefined;

/** RFC 4180 CSV (quoted where needed, CRLF) with every text cell made formula-safe. */
export function toCsv(header: string[], rows: CsvCell[][]) {
  const safe = rows.map((row) => row.map((cell) => (typeof cell === "string" ? neutraliseFormula(cell) : (cell ?? ""))));
  return stringify([header.map(neutraliseFormula), ...safe], { record_delimiter: "windows" });
}

/** A download response with a file name that is safe in the header. */
export function csvResponse(filename: string, body: string) {
  const safeName = filename.replace(/[^A-Za-z0-9._-]+/g, "-");
  return new Response(`\uFEFF${body}`, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${safeName}"`, "Cache-Control": "no-store" },
  });
}
