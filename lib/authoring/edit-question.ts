// Changing the bank from the app: edit a question (a new version, never an overwrite), create
// questions and sets, archive and restore. Each change is one transaction with its audit entry.
// Started interviews are untouched: they froze the version they asked (SessionQuestion.snapshot).
import { randomUUID } from "node:crypto";
import type { Database, Transaction } from "@/lib/db-client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { diffQuestions, type DiffPart, readQuestionSnapshot } from "@/lib/content/question-text";
import type { Audience, ParsedQuestion } from "@/lib/content/schema";
import { questionColumns, questionContentHash, questionSnapshot, upsertTags } from "@/lib/content/seed-question-bank";
import type { Audience as DbAudience } from "@/lib/generated/prisma/enums";
import type { SetForm } from "./schema";

export interface Author {
  id: string;
}

export interface EditConflict {
  /** The version now in the bank, saved by someone else after the editor opened. */
  currentVersion: number;
  /** What they changed: the editor's starting version against the current one. */
  theirChanges: DiffPart[];
  /** What this save would change in the current version. */
  yourChanges: DiffPart[];
}

export type SaveResult = { ok: true; version: number; changed: boolean } | { ok: false; reason: "not-found" } | { ok: false; reason: "conflict"; conflict: EditConflict };

async function snapshotOf(tx: Transaction, questionId: string, version: number) {
  const row = await tx.questionVersion.findUnique({ where: { questionId_version: { questionId, version } }, select: { snapshot: true } });
  return row ? readQuestionSnapshot(row.snapshot) : undefined;
}

async function writeVersion(tx: Transaction, question: ParsedQuestion, version: number, author: Author) {
  await tx.questionVersion.create({
    data: {
      id: randomUUID(),
      questionId: question.id,
      version,
      contentHash: questionContentHash(question),
      snapshot: questionSnapshot(question),
      origin: "edit",
      authorId: author.id,
    },
    select: { id: true },
  });
  await tx.questionTag.deleteMany({ where: { questionId: question.id } });
  const tagIds = await upsertTags(tx, question.tags);
  await tx.questionTag.createMany({ data: [...tagIds.values()].map((tagId) => ({ questionId: question.id, tagId })) });
}

/**
 * Saves an edited question as a new version, if `baseVersion` is still the current one. A save
 * from an older version is refused with both diffs, so nobody's edit is silently overwritten.
 */
export async function saveQuestionEdit(db: Database, author: Author, question: ParsedQuestion, baseVersion: number): Promise<SaveResult> {
  return db.$transaction(async (tx): Promise<SaveResult> => {
    // The row lock makes two simultaneous saves from the same version take turns: one wins, one conflicts.
    const [current] = await tx.$queryRaw<{ version: number; contentHash: string; setId: string; position: number; sourceLine: number | null }[]>`
      SELECT version, "contentHash", "setId", position, "sourceLine" FROM "Question" WHERE id = ${question.id} FOR UPDATE`;
    if (!current) return { ok: false, reason: "not-found" };
    if (current.version !== baseVersion) {
      const [base, now] = await Promise.all([snapshotOf(tx, question.id, baseVersion), snapshotOf(tx, question.id, current.version)]);
      const yours = questionSnapshot(question);
      return {
        ok: false,
        reason: "conflict",
        conflict: {
          currentVersion: current.version,
          theirChanges: base && now ? diffQuestions(base, now) : [],
          yourChanges: now ? diffQuestions(now, yours) : [],
        },
      };
    }
    const contentHash = questionContentHash(question);
    if (contentHash === current.contentHash) return { ok: true, version: current.version, changed: false };

    const version = current.version + 1;
    await tx.question.update({
      where: { id: question.id },
      data: { ...questionColumns(question, current.setId, current.position), sourceLine: current.sourceLine, contentHash, version },
      select: { id: true },
    });
    await writeVersion(tx, question, version, author);
    await recordAuditEvent(tx, {
      actorId: author.id,
      action: "question.edit",
      targetType: "Question",
      targetId: question.id,
      details: { fromVersion: current.version, toVersion: version, title: question.title },
    });
    return { ok: true, version, changed: true };
  });
}

export type CreateQuestionResult = { ok: true } | { ok: false; reason: "set-not-found" } | { ok: false; reason: "id-taken"; where: string };

/** Adds a question at the end of a set, as version 1. Ids are unique across the whole bank. */
export async function createQuestion(db: Database, author: Author, setSlug: string, question: ParsedQuestion): Promise<CreateQuestionResult> {
  return db.$transaction(async (tx): Promise<CreateQuestionResult> => {
    const set = await tx.questionSet.findUnique({ where: { slug: setSlug }, select: { id: true } });
    if (!set) return { ok: false, reason: "set-not-found" };
    const taken = await tx.question.findUnique({ where: { id: question.id }, select: { archived: true, set: { select: { title: true } } } });
    if (taken) return { ok: false, reason: "id-taken", where: `${taken.set.title}${taken.archived ? ", archived" : ""}` };
    const last = await tx.question.aggregate({ where: { setId: set.id }, _max: { position: true } });
    await tx.question.create({
      data: {
        id: question.id,
        ...questionColumns(question, set.id, (last._max.position ?? -1) + 1),
        sourceLine: null,
        contentHash: questionContentHash(question),
        version: 1,
      },
      select: { id: true },
    });
    await writeVersion(tx, question, 1, author);
    await recordAuditEvent(tx, { actorId: author.id, action: "question.create", targetType: "Question", targetId: question.id, details: { set: setSlug, title: question.title } });
    return { ok: true };
  });
}

export type CreateSetResult = { ok: true } | { ok: false; reason: "slug-taken" };

/** A new, empty set. Its file path is where `npm run content:export` will write it. */
export async function createSet(db: Database, author: Author, form: SetForm): Promise<CreateSetResult> {
  return db.$transaction(async (tx): Promise<CreateSetResult> => {
    const taken = await tx.questionSet.findUnique({ where: { slug: form.slug }, select: { id: true } });
    if (taken) return { ok: false, reason: "slug-taken" };
    await tx.questionSet.create({
      data: {
        slug: form.slug,
        title: form.title,
        description: form.description || null,
        audience: form.audience.toUpperCase() as DbAudience,
        sourcePath: `content/questions/${form.slug}.md`,
        // No file has been imported for it yet: the seed will import such a file if one appears.
        contentHash: "",
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, { actorId: author.id, action: "set.create", targetType: "QuestionSet", targetId: form.slug, details: { title: form.title } });
    return { ok: true };
  });
}

/** Archives (or restores) a question: it leaves the bank and practice, but interviews keep it. */
export async function setQuestionArchived(db: Database, author: Author, questionId: string, archived: boolean): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const updated = await tx.question.updateMany({ where: { id: questionId, archived: !archived }, data: { archived } });
    if (updated.count === 0) return false;
    await recordAuditEvent(tx, { actorId: author.id, action: archived ? "question.archive" : "question.restore", targetType: "Question", targetId: questionId });
    return true;
  });
}

export function setAudienceOf(audience: DbAudience): Audience {
  return audience.toLowerCase() as Audience;
}
