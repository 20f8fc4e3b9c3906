// Candidates from a CSV file (issue 14): a recruiter previews what a file would add, with every
// problem named by line and column, and applies it only when nothing is wrong. Apply parses the
// text again (the preview is never trusted) and skips people already in the pipeline by email.
import { parse } from "csv-parse/sync";
import type { Database, Transaction } from "@/lib/db-client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { canManageCandidates, type Viewer } from "./access";
import { candidateSchema, IMPORT_COLUMNS, IMPORT_LIMITS, type CandidateInput } from "./schema";

type Column = (typeof IMPORT_COLUMNS)[number];

export interface ImportProblem {
  /** 1-based line of the file where the record starts; null for a problem with the whole file. */
  line: number | null;
  column: Column | null;
  message: string;
}

export interface ImportRow {
  line: number;
  candidate: CandidateInput;
  /** Why this row will not be added (same email as a candidate already there, or earlier in the file). */
  skip: string | null;
}

export interface ImportPreview {
  rows: ImportRow[];
  problems: ImportProblem[];
}

interface RawRecord {
  record: string[];
  raw: string;
  info: { lines: number };
}

const fileProblem = (message: string, line: number | null = null): ImportPreview => ({ rows: [], problems: [{ line, column: null, message }] });

/** Reads the file: the header names the columns (any order, any case); each record becomes a row or problems. */
export function parseCandidateCsv(text: string): { rows: { line: number; candidate: CandidateInput }[]; problems: ImportProblem[] } {
  if (Buffer.byteLength(text, "utf8") > IMPORT_LIMITS.bytes) {
    return fileProblem(`The file is larger than ${IMPORT_LIMITS.bytes.toLocaleString("en")} bytes. Split it into smaller files.`);
  }
  let records: RawRecord[];
  try {
    records = parse(text, { bom: true, info: true, raw: true, skip_empty_lines: true, relax_column_count: true }) as unknown as RawRecord[];
  } catch (error) {
    const line = typeof (error as { lines?: unknown }).lines === "number" ? (error as { lines: number }).lines : null;
    const code = (error as { code?: string }).code;
    const message = code === "CSV_QUOTE_NOT_CLOSED" ? "A quoted value is never closed: add the closing double quote." : "This is not a readable CSV file.";
    return fileProblem(message, line);
  }
  const [header, ...body] = records;
  if (!header) return fileProblem(`The file is empty. Its first line names the columns: ${IMPORT_COLUMNS.join(", ")}.`);
  const headerLine = startLine(header);
  const columns = header.record.map((name) => name.trim().toLowerCase());
  const problems: ImportProblem[] = [];
  for (const [index, name] of columns.entries()) {
    if (!(IMPORT_COLUMNS as readonly string[]).includes(name)) {
      problems.push({ line: headerLine, column: null, message: `Column ${index + 1} is "${header.record[index]}"; the columns are ${IMPORT_COLUMNS.join(", ")}.` });
    } else if (columns.indexOf(name) !== index) {
      problems.push({ line: headerLine, column: name as Column, message: `The column "${name}" appears twice.` });
    }
  }
  if (!columns.includes("name")) problems.push({ line: headerLine, column: null, message: 'The header has no "name" column: every candidate needs a name.' });
  if (problems.length > 0) return { rows: [], problems };
  if (body.length > IMPORT_LIMITS.rows) {
    return fileProblem(`The file has ${body.length.toLocaleString("en")} candidates; at most ${IMPORT_LIMITS.rows.toLocaleString("en")} can be imported at once. Split it.`);
  }

  const rows: { line: number; candidate: CandidateInput }[] = [];
  for (const entry of body) {
    // A line of only spaces or commas (a spreadsheet's blank row) is not a candidate.
    if (entry.record.every((value) => value.trim() === "")) continue;
    const line = startLine(entry);
    if (entry.record.length !== columns.length) {
      problems.push({ line, column: null, message: `This line has ${entry.record.length} values; the header has ${columns.length}. Quote values that contain commas.` });
      continue;
    }
    const values = Object.fromEntries(columns.map((name, index) => [name, entry.record[index] ?? ""]));
    const parsed = candidateSchema.safeParse({ name: "", email: "", position: "", notes: "", ...values });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ line, column: (issue.path[0] as Column | undefined) ?? null, message: issue.message });
      continue;
    }
    rows.push({ line, candidate: parsed.data });
  }
  return { rows, problems };
}

/** The line a record starts on: csv-parse reports where it ends, and a quoted value may span lines. */
function startLine(entry: RawRecord) {
  const newlines = entry.raw.replace(/[\r\n]+$/, "").match(/\r\n|\n|\r/g)?.length ?? 0;
  return entry.info.lines - newlines;
}

/** Marks the rows that would not be added: an email already in the pipeline, or earlier in the file. */
async function markDuplicates(db: Database | Transaction, rows: { line: number; candidate: CandidateInput }[]): Promise<ImportRow[]> {
  const emails = [...new Set(rows.flatMap((row) => (row.candidate.email ? [row.candidate.email] : [])))];
  const existing = new Set(
    emails.length === 0
      ? []
      : (await db.candidate.findMany({ where: { email: { in: emails, mode: "insensitive" }, erasedAt: null }, select: { email: true } })).map((row) => row.email!.toLowerCase()),
  );
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const email = row.candidate.email;
    if (!email) return { ...row, skip: null };
    if (existing.has(email)) return { ...row, skip: "Already a candidate with this email." };
    const earlier = seen.get(email);
    if (earlier !== undefined) return { ...row, skip: `Same email as line ${earlier}.` };
    seen.set(email, row.line);
    return { ...row, skip: null };
  });
}

export async function previewCandidateImport(db: Database, viewer: Viewer, text: string): Promise<ImportPreview | null> {
  if (!canManageCandidates(viewer)) return null;
  const { rows, problems } = parseCandidateCsv(text);
  return { rows: await markDuplicates(db, rows), problems };
}

export type ApplyResult = { ok: true; added: number; skipped: number } | { ok: false; problems: ImportProblem[] };

/**
 * Adds every new row in one transaction, or nothing when the file has a problem. Imports are
 * serialised by an advisory lock, so two recruiters importing the same people at once add them once.
 */
export async function applyCandidateImport(db: Database, viewer: Viewer, text: string): Promise<ApplyResult | null> {
  if (!canManageCandidates(viewer)) return null;
  const { rows, problems } = parseCandidateCsv(text);
  if (problems.length > 0) return { ok: false, problems };
  if (rows.length === 0) return { ok: false, problems: [{ line: null, column: null, message: "The file has a header but no candidates." }] };
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('candidate-import'))`;
    const marked = await markDuplicates(tx, rows);
    const adding = marked.filter((row) => row.skip === null);
    await tx.candidate.createMany({ data: adding.map((row) => ({ ...row.candidate, createdById: viewer.id })) });
    // Counts only: the audit log never holds candidates' names (docs/privacy.md).
    await recordAuditEvent(tx, {
      actorId: viewer.id,
      action: "candidate.import",
      targetType: "candidate",
      details: { added: adding.length, skipped: marked.length - adding.length },
    });
    return { ok: true, added: adding.length, skipped: marked.length - adding.length } as const;
  });
}
