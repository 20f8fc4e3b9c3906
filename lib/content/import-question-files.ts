// Imports question-set files into the database: the path shared by `npm run db:seed`, `npm run dev`
// and the benchmarks. Files whose bytes are unchanged since their last import are skipped without
// parsing (the set's contentHash is the file's sha256), so re-running it on an unchanged bank is
// cheap. Any error in any file means nothing is written.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Database } from "@/lib/db-client";
import { findInBatches } from "./insert-rows";
import { checkDuplicates, DEFAULT_CONTENT_PATHS, findQuestionFiles, sortErrors } from "./load-question-sets";
import { parseSources } from "./parse-pool";
import type { ContentError, ParsedSet } from "./schema";
import { seedQuestionBank, type SeedSummary } from "./seed-question-bank";

export interface ImportResult {
  errors: ContentError[];
  /** Null when nothing was written (errors, or every file unchanged). */
  summary: SeedSummary | null;
  parsedFiles: number;
  skippedFiles: number;
}

interface SourceFile {
  sourcePath: string;
  bytes: Buffer;
  hash: string;
}

async function readSources(paths: string[]) {
  const { files, errors } = await findQuestionFiles(paths);
  const sources: SourceFile[] = [];
  for (const file of files) {
    try {
      const bytes = await readFile(file.absolute);
      sources.push({ sourcePath: file.sourcePath, bytes, hash: createHash("sha256").update(bytes).digest("hex") });
    } catch (error) {
      errors.push({ file: file.sourcePath, line: 1, message: `cannot read file: ${(error as Error).message}` });
    }
  }
  return { sources, errors };
}

/** Ids and slugs of the unchanged sets, which the changed files must not reuse. */
async function conflictsWithUnchanged(db: Database, changed: ParsedSet[], unchangedSetIds: string[]) {
  if (unchangedSetIds.length === 0 || changed.length === 0) return [];
  const [sets, questions] = await Promise.all([
    db.questionSet.findMany({ where: { id: { in: unchangedSetIds } }, select: { id: true, slug: true, sourcePath: true } }),
    findInBatches(
      changed.flatMap((set) => set.questions.map((q) => q.id)),
      (ids) => db.question.findMany({ where: { setId: { in: unchangedSetIds }, archived: false, id: { in: ids } }, select: { id: true, setId: true, sourceLine: true } }),
    ),
  ]);
  const setById = new Map(sets.map((set) => [set.id, set]));
  const setBySlug = new Map(sets.map((set) => [set.slug, set]));
  const questionById = new Map(questions.map((question) => [question.id, question]));
  const errors: ContentError[] = [];
  for (const set of changed) {
    const other = setBySlug.get(set.slug);
    if (other) errors.push({ file: set.sourcePath, line: 1, message: `duplicate set slug ${JSON.stringify(set.slug)}: also used by ${other.sourcePath}` });
    for (const question of set.questions) {
      const existing = questionById.get(question.id);
      if (!existing) continue;
      const place = `${setById.get(existing.setId)?.sourcePath ?? "another set"}:${existing.sourceLine ?? 1}`;
      errors.push({ file: set.sourcePath, line: question.line, message: `duplicate question id ${JSON.stringify(question.id)}: also defined at ${place}` });
    }
  }
  return errors;
}

export async function importQuestionFiles(db: Database, paths: string[] = DEFAULT_CONTENT_PATHS): Promise<ImportResult> {
  const { sources, errors } = await readSources(paths);
  const stored = await db.questionSet.findMany({
    where: { sourcePath: { in: sources.map((source) => source.sourcePath) } },
    select: { id: true, sourcePath: true, contentHash: true },
  });
  const storedByPath = new Map(stored.map((set) => [set.sourcePath, set]));
  const changed = sources.filter((source) => storedByPath.get(source.sourcePath)?.contentHash !== source.hash);
  const unchangedSetIds = stored.filter((set) => !changed.some((source) => source.sourcePath === set.sourcePath)).map((set) => set.id);

  const sets: ParsedSet[] = [];
  const hashes = new Map<string, string>();
  for (const result of await parseSources(changed, { limits: false })) {
    errors.push(...result.errors);
    if (result.set) {
      sets.push(result.set);
      hashes.set(result.set.slug, result.hash);
    }
  }
  errors.push(...checkDuplicates(sets), ...(await conflictsWithUnchanged(db, sets, unchangedSetIds)));

  const outcome = { parsedFiles: changed.length, skippedFiles: sources.length - changed.length };
  if (errors.length > 0) return { errors: sortErrors(errors), summary: null, ...outcome };
  if (sets.length === 0) return { errors: [], summary: null, ...outcome };
  const summary = await seedQuestionBank(db, sets, { setHashes: hashes });
  return { errors: [], summary, ...outcome };
}
