// Importing question-set files the careful way: parse every file, compare it with the bank and
// show the difference (the dry run), then apply it all or nothing. The admin upload page and
// `npm run content:import` both come through here; the start-up seed keeps its faster path.
import { createHash } from "node:crypto";
import type { Database, Transaction } from "@/lib/db-client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { ImportSource } from "./import-limits";
import { findInBatches, IDS_PER_QUERY } from "./insert-rows";
import { checkDuplicates, sortErrors } from "./load-question-sets";
import { parseSources } from "./parse-pool";
import { diffQuestions, type DiffPart, type QuestionSnapshot } from "./question-text";
import type { ContentError, ParsedSet } from "./schema";
import { questionContentHash, questionSnapshot, type SeedSummary, writeQuestionBank } from "./seed-question-bank";

export type { ImportSource } from "./import-limits";

export const CHANGE_KINDS = ["added", "changed", "restored", "moved", "archived", "unchanged"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface QuestionChange {
  id: string;
  title: string;
  kind: ChangeKind;
  /** The bank's version before the import (absent for added questions). */
  fromVersion?: number;
  /** Changed questions: the bank's current text against the file's. */
  diff?: DiffPart[];
}

export interface SetChange {
  slug: string;
  title: string;
  /** The uploaded or given file this set came from. */
  file: string;
  isNew: boolean;
  /** Changes to the set itself ("title: "Old" → "New""). */
  setChanges: string[];
  changes: QuestionChange[];
}

export interface ImportPlan {
  sets: SetChange[];
  counts: Record<ChangeKind, number>;
  /** Identifies the files and the bank state the plan was made against; apply refuses another. */
  fingerprint: string;
}

/** A content error with the offending line of the file, so the reader sees what is wrong. */
export interface ImportError extends ContentError {
  source?: string;
}

export interface ParsedImport {
  errors: ImportError[];
  sets: ParsedSet[];
  /** sha256 of each set's file, by slug (the seed skips a file whose hash it has stored). */
  hashes: Map<string, string>;
  /** Each file's bytes by name, to quote the offending line of a later error. */
  texts: Map<string, Uint8Array>;
}

/** Where a set is recorded in the bank: uploads keep a set's stored path, the CLI uses the real one. */
export type SourcePathPolicy = "keep-stored" | "as-given";

/**
 * Parses every file (no database) in the parse pool's worker threads: limits first, then the
 * format, then ids across the batch. `maxQuestions` caps the questions of the whole batch (uploads).
 */
export async function parseImport(
  sources: readonly ImportSource[],
  { onProgress, maxQuestions = Infinity }: { onProgress?: (done: number, total: number) => void; maxQuestions?: number } = {},
): Promise<ParsedImport> {
  const errors: ContentError[] = [];
  const sets: ParsedSet[] = [];
  const hashes = new Map<string, string>();
  const texts = new Map(sources.map((source) => [source.sourcePath, source.bytes]));
  for (const result of await parseSources(sources, { limits: true }, onProgress)) {
    errors.push(...result.errors);
    if (!result.set) continue;
    sets.push(result.set);
    hashes.set(result.set.slug, result.hash);
  }
  errors.push(...checkDuplicates(sets), ...checkQuestionCount(sets, maxQuestions));
  return { errors: withSourceLines(sortErrors(errors), texts), sets, hashes, texts };
}

/** An error at the first question past `max` in the whole batch, naming the total. */
function checkQuestionCount(sets: ParsedSet[], max: number): ContentError[] {
  const total = sets.reduce((sum, set) => sum + set.questions.length, 0);
  if (total <= max) return [];
  let before = 0;
  const set = sets.find((candidate) => (before += candidate.questions.length) > max)!;
  const first = set.questions[max - (before - set.questions.length)]!;
  const count = (n: number) => n.toLocaleString("en");
  return [{ file: set.sourcePath, line: first.line, message: `${count(total)} questions in this upload, and this is number ${count(max + 1)}: the app imports at most ${count(max)} at once; upload fewer files, or use npm run content:import` }];
}

interface BankState {
  plan: ImportPlan;
  errors: ImportError[];
  /** The sets as they will be written (source paths resolved). */
  sets: ParsedSet[];
}

/** Compares parsed sets with the bank: what would be added, changed, archived, left alone. */
/** `withDiffs: false` leaves out the text diffs, which only the dry run shows (apply needs the kinds). */
export async function compareWithBank(db: Transaction, parsed: ParsedImport, policy: SourcePathPolicy, withDiffs = true): Promise<BankState> {
  const incomingIds = parsed.sets.flatMap((set) => set.questions.map((question) => question.id));
  const [storedSets, storedQuestions] = await Promise.all([
    db.questionSet.findMany({ where: { slug: { in: parsed.sets.map((set) => set.slug) } }, select: { id: true, slug: true, sourcePath: true, title: true, description: true, audience: true } }),
    findInBatches(incomingIds, (ids) =>
      db.question.findMany({
        where: { id: { in: ids } },
        select: { id: true, setId: true, position: true, archived: true, contentHash: true, version: true, set: { select: { slug: true, sourcePath: true } } },
      }),
    ),
  ]);
  const storedSetBySlug = new Map(storedSets.map((set) => [set.slug, set]));
  const batchSetIds = new Set(storedSets.map((set) => set.id));
  const storedById = new Map(storedQuestions.map((question) => [question.id, question]));

  const errors: ContentError[] = [];
  for (const set of parsed.sets) {
    for (const question of set.questions) {
      const stored = storedById.get(question.id);
      if (stored && !stored.archived && !batchSetIds.has(stored.setId)) {
        errors.push({
          file: set.sourcePath,
          line: question.line,
          message: `question id ${JSON.stringify(question.id)} already belongs to the set "${stored.set.slug}" (${stored.set.sourcePath ?? "created in the app"}): remove it there, or import both files together`,
        });
      }
    }
  }

  const changedIds = parsed.sets.flatMap((set) =>
    set.questions.filter((question) => storedById.get(question.id)?.contentHash !== questionContentHash(question)).map((question) => question.id),
  );
  const incoming = new Set(incomingIds);
  const [currentVersions, inBatchSets] = await Promise.all([
    // Two parameters per question: half as many per query.
    findInBatches(
      withDiffs ? changedIds.filter((id) => storedById.has(id)) : [],
      (ids) => db.questionVersion.findMany({ where: { OR: ids.map((id) => ({ questionId: id, version: storedById.get(id)!.version })) }, select: { questionId: true, snapshot: true } }),
      IDS_PER_QUERY / 2,
    ),
    // Filtered here rather than with `notIn`, whose list of every incoming id has no batched form.
    db.question.findMany({
      where: { setId: { in: [...batchSetIds] }, archived: false },
      orderBy: [{ setId: "asc" }, { position: "asc" }],
      select: { id: true, title: true, version: true, set: { select: { slug: true } } },
    }),
  ]);
  const leaving = inBatchSets.filter((row) => !incoming.has(row.id));
  const snapshotById = new Map(currentVersions.map((row) => [row.questionId, row.snapshot as unknown as QuestionSnapshot]));

  const counts = Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, 0])) as Record<ChangeKind, number>;
  const planned: SetChange[] = [];
  const resolvedSets: ParsedSet[] = [];
  for (const set of parsed.sets) {
    const stored = storedSetBySlug.get(set.slug);
    const changes: QuestionChange[] = set.questions.map((question, position) => {
      const row = storedById.get(question.id);
      const base = { id: question.id, title: question.title };
      if (!row) return { ...base, kind: "added" };
      const fromVersion = row.version;
      if (row.contentHash !== questionContentHash(question)) {
        const before = snapshotById.get(question.id);
        const diff = before ? diffQuestions(before, questionSnapshot(question)) : undefined;
        return { ...base, kind: row.archived ? "restored" : "changed", fromVersion, diff };
      }
      if (row.archived) return { ...base, kind: "restored", fromVersion };
      if (row.setId !== stored?.id || row.position !== position) return { ...base, kind: "moved", fromVersion };
      return { ...base, kind: "unchanged", fromVersion };
    });
    for (const question of leaving.filter((row) => row.set.slug === set.slug)) {
      changes.push({ id: question.id, title: question.title, kind: "archived", fromVersion: question.version });
    }
    for (const change of changes) counts[change.kind] += 1;
    planned.push({ slug: set.slug, title: set.title, file: set.sourcePath, isNew: !stored, setChanges: stored ? describeSetChanges(stored, set) : [], changes });
    const sourcePath = policy === "keep-stored" ? (stored?.sourcePath ?? `content/questions/${baseName(set.sourcePath)}`) : set.sourcePath;
    resolvedSets.push({ ...set, sourcePath });
  }

  const fingerprint = createHash("sha256")
    .update(JSON.stringify({ files: [...parsed.hashes.entries()].sort(), sets: planned.map((set) => [set.slug, set.isNew, set.setChanges, set.changes.map((c) => [c.id, c.kind, c.fromVersion ?? 0])]) }))
    .digest("hex");
  return { plan: { sets: planned, counts, fingerprint }, errors: sortErrors(errors), sets: resolvedSets };
}

export interface CheckResult {
  errors: ImportError[];
  plan: ImportPlan | null;
}

/** The dry run: every error, or the plan. Writes nothing. */
export async function checkImport(db: Database, sources: readonly ImportSource[], policy: SourcePathPolicy, maxQuestions?: number): Promise<CheckResult> {
  return checkParsedImport(db, await parseImport(sources, { maxQuestions }), policy);
}

export async function checkParsedImport(db: Database, parsed: ParsedImport, policy: SourcePathPolicy): Promise<CheckResult> {
  if (parsed.errors.length > 0) return { errors: parsed.errors, plan: null };
  const { plan, errors } = await compareWithBank(db, parsed, policy);
  return errors.length > 0 ? { errors: withSourceLines(errors, parsed.texts), plan: null } : { errors: [], plan };
}

export type ApplyResult =
  | { ok: true; plan: ImportPlan; summary: SeedSummary | null }
  | { ok: false; errors: ImportError[]; plan: ImportPlan | null; stale: boolean };

export interface ApplyOptions {
  policy: SourcePathPolicy;
  actorId: string | null;
  /** The dry run's fingerprint: when the files or the bank differ from what was shown, nothing is written. */
  expectedFingerprint?: string;
}

/** Applies the files in one transaction: every file or none, and the audit entry with them. */
export async function applyImport(db: Database, sources: readonly ImportSource[], options: ApplyOptions & { maxQuestions?: number }): Promise<ApplyResult> {
  return applyParsedImport(db, await parseImport(sources, { maxQuestions: options.maxQuestions }), options);
}

export async function applyParsedImport(db: Database, parsed: ParsedImport, options: ApplyOptions): Promise<ApplyResult> {
  if (parsed.errors.length > 0) return { ok: false, errors: parsed.errors, plan: null, stale: false };
  return db.$transaction(
    async (tx): Promise<ApplyResult> => {
      // One import at a time: two concurrent imports would each plan against a bank the other changes.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('interview-bank:import'))`;
      const { plan, errors, sets } = await compareWithBank(tx, parsed, options.policy, false);
      if (errors.length > 0) return { ok: false, errors: withSourceLines(errors, parsed.texts), plan: null, stale: false };
      if (options.expectedFingerprint && options.expectedFingerprint !== plan.fingerprint) return { ok: false, errors: [], plan, stale: true };
      const nothingToDo = plan.sets.every((set) => !set.isNew && set.setChanges.length === 0 && set.changes.every((change) => change.kind === "unchanged"));
      if (nothingToDo) return { ok: true, plan, summary: null };
      const summary = await writeQuestionBank(tx, sets, { setHashes: parsed.hashes, origin: "import", authorId: options.actorId });
      await recordAuditEvent(tx, {
        actorId: options.actorId,
        action: "bank.import",
        targetType: "QuestionSet",
        targetId: sets.map((set) => set.slug).join(", "),
        details: { files: sets.map((set) => set.sourcePath), ...plan.counts },
      });
      return { ok: true, plan, summary };
    },
    { timeout: 10 * 60_000, maxWait: 30_000 },
  );
}

function describeSetChanges(stored: { title: string; description: string | null; audience: string }, set: ParsedSet): string[] {
  const changes: string[] = [];
  const show = (value: string | null) => (value === null ? "none" : JSON.stringify(value));
  if (stored.title !== set.title) changes.push(`title: ${show(stored.title)} → ${show(set.title)}`);
  if (stored.description !== set.description) changes.push(`description: ${show(stored.description)} → ${show(set.description)}`);
  if (stored.audience !== set.audience.toUpperCase()) changes.push(`audience: ${stored.audience.toLowerCase()} → ${set.audience}`);
  return changes;
}

/** Adds the text of each error's line, cut to a readable length. */
function withSourceLines(errors: ContentError[], texts: Map<string, Uint8Array>): ImportError[] {
  const linesByFile = new Map<string, string[]>();
  return errors.map((error) => {
    const bytes = texts.get(error.file);
    if (!bytes || bytes.indexOf(0) !== -1) return error;
    let lines = linesByFile.get(error.file);
    if (!lines) {
      lines = new TextDecoder().decode(bytes).split(/\r\n|\r|\n/);
      linesByFile.set(error.file, lines);
    }
    const line = lines[error.line - 1];
    if (line === undefined || line.trim() === "") return error;
    return { ...error, source: line.length > 200 ? `${line.slice(0, 199)}…` : line };
  });
}

function baseName(file: string) {
  return file.split(/[\\/]/).pop() ?? file;
}
