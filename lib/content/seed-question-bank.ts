// Loads parsed question sets into PostgreSQL. Idempotent: sets are keyed on slug and questions on
// id; unchanged questions (same content hash) are skipped, changed ones get a new version with a
// snapshot, and questions gone from a seeded set are archived (never deleted: sessions point at them).
import { createHash, randomUUID } from "node:crypto";
import type { Database, Transaction } from "@/lib/db-client";
import type { Audience, Difficulty, Level } from "@/lib/generated/prisma/enums";
import { batches, type ColumnTypes, findInBatches, insertRows, updateRows } from "./insert-rows";
import type { ParsedQuestion, ParsedSet } from "./schema";

export interface SeedSummary {
  sets: number;
  created: number;
  updated: number;
  unchanged: number;
  archived: number;
  restored: number;
}

const toAudience = (value: string) => value.toUpperCase() as Audience;

/** What a version of a question is: everything an interviewer sees, not where it sits in a file. */
export function questionSnapshot(question: ParsedQuestion) {
  return {
    title: question.title,
    prompt: question.prompt,
    answer: question.answer,
    keyPoints: question.keyPoints,
    redFlags: question.redFlags,
    followUps: question.followUps,
    scoring: question.scoring,
    difficulty: question.difficulty,
    level: question.level,
    competency: question.competency,
    tags: question.tags,
    minutes: question.minutes,
    audience: question.audience,
  };
}

export function questionContentHash(question: ParsedQuestion) {
  return createHash("sha256").update(JSON.stringify(questionSnapshot(question))).digest("hex");
}

/** Without the file's own hash (tests, generated sets), a hash of the parsed set stands in. */
function setContentHash(set: ParsedSet) {
  return createHash("sha256").update(JSON.stringify(set)).digest("hex");
}

export function questionColumns(question: ParsedQuestion, setId: string, position: number) {
  const { tags, difficulty, level, audience, ...text } = questionSnapshot(question);
  return {
    ...text,
    setId,
    position,
    difficulty: difficulty.toUpperCase() as Difficulty,
    level: level ? (level.toUpperCase() as Level) : null,
    audience: toAudience(audience),
    sourceLine: question.line,
    searchExtra: [question.competency ?? "", tags.join(" "), ...question.keyPoints].join("\n"),
  };
}

// The columns questionColumns() fills, plus the ones set on insert, with their PostgreSQL types
// (`satisfies` makes a column added to questionColumns() without a type here a compile error).
const QUESTION_COLUMNS = {
  id: "text",
  setId: "text",
  position: "int",
  title: "text",
  prompt: "text",
  answer: "text",
  keyPoints: "text[]",
  redFlags: "text[]",
  followUps: "text[]",
  scoring: "text[]",
  difficulty: '"Difficulty"',
  level: '"Level"',
  competency: "text",
  minutes: "int",
  audience: '"Audience"',
  sourceLine: "int",
  searchExtra: "text",
  contentHash: "text",
  version: "int",
  updatedAt: "timestamp(3)",
} satisfies Record<keyof ReturnType<typeof questionColumns> | "id" | "contentHash" | "version" | "updatedAt", string>;

const VERSION_COLUMNS: ColumnTypes = {
  id: "text",
  questionId: "text",
  version: "int",
  contentHash: "text",
  snapshot: "jsonb",
  origin: "text",
  authorId: "text",
};

interface IncomingQuestion {
  question: ParsedQuestion;
  setId: string;
  position: number;
  hash: string;
}

export async function upsertTags(tx: Transaction, names: string[]) {
  const unique = [...new Set(names)];
  if (unique.length === 0) return new Map<string, string>();
  for (const slice of batches(unique)) await tx.tag.createMany({ data: slice.map((name) => ({ name })), skipDuplicates: true });
  const rows = await findInBatches(unique, (slice) => tx.tag.findMany({ where: { name: { in: slice } }, select: { id: true, name: true } }));
  return new Map(rows.map((row) => [row.name, row.id]));
}

async function upsertSet(tx: Transaction, set: ParsedSet, contentHash: string) {
  const data = {
    title: set.title,
    description: set.description,
    audience: toAudience(set.audience),
    sourcePath: set.sourcePath,
    contentHash,
  };
  const existing = await tx.questionSet.findUnique({
    where: { slug: set.slug },
    select: { id: true, contentHash: true, sourcePath: true },
  });
  if (!existing) return (await tx.questionSet.create({ data: { slug: set.slug, ...data }, select: { id: true } })).id;
  if (existing.contentHash !== data.contentHash || existing.sourcePath !== data.sourcePath) {
    await tx.questionSet.update({ where: { id: existing.id }, data });
  }
  return existing.id;
}

export interface SeedOptions {
  /** sha256 of each set's source file by slug: lets the next import skip unchanged files unread. */
  setHashes?: Map<string, string>;
  /** Recorded on each new QuestionVersion: "seed" (default), "import" or "edit". */
  origin?: string;
  authorId?: string | null;
}

export async function seedQuestionBank(db: Database, sets: ParsedSet[], options: SeedOptions = {}): Promise<SeedSummary> {
  return db.$transaction((tx) => writeQuestionBank(tx, sets, options), { timeout: 10 * 60_000, maxWait: 30_000 });
}

/** The seed's writes inside a caller's transaction (an import checks the bank in the same one). */
export async function writeQuestionBank(tx: Transaction, sets: ParsedSet[], options: SeedOptions = {}): Promise<SeedSummary> {
  const setIds = new Map<string, string>();
  for (const set of sets) {
    setIds.set(set.slug, await upsertSet(tx, set, options.setHashes?.get(set.slug) ?? setContentHash(set)));
  }

  const incoming: IncomingQuestion[] = sets.flatMap((set) =>
    set.questions.map((question, position) => ({
      question,
      setId: setIds.get(set.slug)!,
      position,
      hash: questionContentHash(question),
    })),
  );
  const existingRows = await findInBatches(
    incoming.map((item) => item.question.id),
    (ids) => tx.question.findMany({ where: { id: { in: ids } }, select: { id: true, contentHash: true, version: true, setId: true, position: true, archived: true } }),
  );
  const existing = new Map(existingRows.map((row) => [row.id, row]));

  const created: IncomingQuestion[] = [];
  const changed: IncomingQuestion[] = [];
  const moved: IncomingQuestion[] = [];
  for (const item of incoming) {
    const row = existing.get(item.question.id);
    if (!row) created.push(item);
    else if (row.contentHash !== item.hash) changed.push(item);
    else if (row.setId !== item.setId || row.position !== item.position || row.archived) moved.push(item);
  }

  const tagIds = await upsertTags(tx, [...created, ...changed].flatMap((item) => item.question.tags));
  const tagRows = (items: IncomingQuestion[]) =>
    items.flatMap((item) =>
      [...new Set(item.question.tags)].map((name) => ({ questionId: item.question.id, tagId: tagIds.get(name)! })),
    );
  const versionOf = (item: IncomingQuestion) => (existing.get(item.question.id)?.version ?? 0) + 1;

  const now = new Date().toISOString();
  await insertRows(
    tx,
    "Question",
    QUESTION_COLUMNS,
    created.map((item) => ({
      id: item.question.id,
      contentHash: item.hash,
      version: 1,
      updatedAt: now,
      ...questionColumns(item.question, item.setId, item.position),
    })),
  );
  await updateRows(
    tx,
    "Question",
    "id",
    { ...QUESTION_COLUMNS, archived: "boolean" },
    changed.map((item) => ({
      id: item.question.id,
      contentHash: item.hash,
      version: versionOf(item),
      updatedAt: now,
      archived: false,
      ...questionColumns(item.question, item.setId, item.position),
    })),
  );
  const versioned = [...created, ...changed];
  await insertRows(
    tx,
    "QuestionVersion",
    VERSION_COLUMNS,
    versioned.map((item) => ({
      id: randomUUID(),
      questionId: item.question.id,
      version: versionOf(item),
      contentHash: item.hash,
      snapshot: questionSnapshot(item.question),
      origin: options.origin ?? "seed",
      authorId: options.authorId ?? null,
    })),
  );
  for (const ids of batches(changed.map((item) => item.question.id))) await tx.questionTag.deleteMany({ where: { questionId: { in: ids } } });
  await insertRows(tx, "QuestionTag", { questionId: "text", tagId: "text" }, tagRows(versioned));
  await updateRows(
    tx,
    "Question",
    "id",
    { id: "text", setId: "text", position: "int", archived: "boolean", updatedAt: "timestamp(3)" },
    moved.map((item) => ({ id: item.question.id, setId: item.setId, position: item.position, archived: false, updatedAt: now })),
  );

  // Questions gone from their set's file are archived. (A `notIn` list of every incoming id would
  // pass PostgreSQL's parameter limit for a large import.)
  const incomingIds = new Set(incoming.map((item) => item.question.id));
  const inSets = await tx.question.findMany({ where: { setId: { in: [...setIds.values()] }, archived: false }, select: { id: true } });
  const leaving = inSets.map((row) => row.id).filter((id) => !incomingIds.has(id));
  let archivedCount = 0;
  for (const ids of batches(leaving)) archivedCount += (await tx.question.updateMany({ where: { id: { in: ids } }, data: { archived: true } })).count;

  return {
    sets: sets.length,
    created: created.length,
    updated: changed.length,
    unchanged: incoming.length - created.length - changed.length,
    archived: archivedCount,
    restored: [...changed, ...moved].filter((item) => existing.get(item.question.id)?.archived).length,
  };
}
