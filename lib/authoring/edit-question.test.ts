import { beforeAll, describe, expect, it } from "vitest";
import { makeQuestion, makeSet } from "../../tests/factories";
import { createTestDatabase } from "../../tests/test-database";
import { seedQuestionBank } from "../content/seed-question-bank";
import type { Database } from "../db-client";
import { createInterview, startInterview } from "../interviews/builder";
import { createQuestion, createSet, saveQuestionEdit, setQuestionArchived } from "./edit-question";

let db: Database;
let editor: { id: string };
const original = makeQuestion({ id: "edit-q", title: "What is a pod?", answer: "The smallest deployable unit." });

beforeAll(async () => {
  ({ prisma: db } = await createTestDatabase());
  await seedQuestionBank(db, [makeSet({ slug: "edit-set", questions: [original, makeQuestion({ id: "edit-other" })] })]);
  editor = await db.user.create({ data: { email: "editor@example.com", role: "ADMIN" }, select: { id: true } });
});

const versions = (questionId: string) =>
  db.questionVersion.findMany({ where: { questionId }, orderBy: { version: "asc" }, select: { version: true, origin: true, authorId: true } });

describe("editing a question", () => {
  it("saves a change as a new version, with its author, and keeps the old one", async () => {
    const result = await saveQuestionEdit(db, editor, { ...original, answer: "A group of containers sharing a network namespace." }, 1);
    expect(result).toEqual({ ok: true, version: 2, changed: true });
    expect(await versions("edit-q")).toEqual([
      { version: 1, origin: "seed", authorId: null },
      { version: 2, origin: "edit", authorId: editor.id },
    ]);
    const row = await db.question.findUniqueOrThrow({ where: { id: "edit-q" }, select: { answer: true, version: true, position: true } });
    expect(row).toEqual({ answer: "A group of containers sharing a network namespace.", version: 2, position: 0 });
    expect(await db.auditEvent.findFirst({ where: { action: "question.edit", targetId: "edit-q" }, select: { details: true, actorId: true } })).toMatchObject({
      actorId: editor.id,
      details: { fromVersion: 1, toVersion: 2 },
    });
  });

  it("makes no version when nothing changed", async () => {
    const current = await db.question.findUniqueOrThrow({ where: { id: "edit-q" }, select: { answer: true } });
    expect(await saveQuestionEdit(db, editor, { ...original, answer: current.answer }, 2)).toEqual({ ok: true, version: 2, changed: false });
    expect(await versions("edit-q")).toHaveLength(2);
  });

  it("refuses a save from a stale version with both diffs, and changes nothing", async () => {
    const result = await saveQuestionEdit(db, editor, { ...original, answer: "Mine, from version 1." }, 1);
    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== "conflict") throw new Error("expected a conflict");
    expect(result.conflict.currentVersion).toBe(2);
    expect(result.conflict.theirChanges).toEqual(
      expect.arrayContaining([
        { kind: "removed", text: "The smallest deployable unit.\n" },
        { kind: "added", text: "A group of containers sharing a network namespace.\n" },
      ]),
    );
    expect(result.conflict.yourChanges).toEqual(expect.arrayContaining([{ kind: "added", text: "Mine, from version 1.\n" }]));
    expect(await versions("edit-q")).toHaveLength(2);
  });

  it("lets exactly one of two simultaneous saves from the same version win", async () => {
    const results = await Promise.all([saveQuestionEdit(db, editor, { ...original, answer: "Tab one." }, 2), saveQuestionEdit(db, editor, { ...original, answer: "Tab two." }, 2)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok && result.reason === "conflict")).toHaveLength(1);
    expect(await versions("edit-q")).toHaveLength(3);
  });

  it("leaves a started interview on the version it asked", async () => {
    const recruiter = await db.user.create({ data: { email: "rec@example.com", role: "RECRUITER" }, select: { id: true, role: true } });
    const candidate = await db.candidate.create({ data: { name: "Dana" }, select: { id: true } });
    const created = await createInterview(db, recruiter, { candidateId: candidate.id, title: "Screen", panel: [recruiter.id], fromSet: "edit-set" });
    if (!created.ok) throw new Error(created.message);
    expect((await startInterview(db, recruiter, created.value)).ok).toBe(true);
    const before = await db.sessionQuestion.findFirstOrThrow({ where: { sessionId: created.value, questionId: "edit-q" }, select: { questionVersion: true, snapshot: true } });

    const current = await db.question.findUniqueOrThrow({ where: { id: "edit-q" }, select: { version: true } });
    expect((await saveQuestionEdit(db, editor, { ...original, title: "What is a Kubernetes pod?" }, current.version)).ok).toBe(true);
    const after = await db.sessionQuestion.findFirstOrThrow({ where: { sessionId: created.value, questionId: "edit-q" }, select: { questionVersion: true, snapshot: true } });
    expect(after).toEqual(before);
    expect((after.snapshot as { title: string }).title).not.toBe("What is a Kubernetes pod?");
  });
});

describe("creating and archiving", () => {
  it("creates a set, then a question at its end, refusing an id used anywhere in the bank", async () => {
    expect(await createSet(db, editor, { title: "Kubernetes", slug: "kubernetes", description: "", audience: "both" })).toEqual({ ok: true });
    expect(await createSet(db, editor, { title: "Again", slug: "kubernetes", description: "", audience: "both" })).toEqual({ ok: false, reason: "slug-taken" });
    const probe = makeQuestion({ id: "k8s-probe" });
    expect(await createQuestion(db, editor, "kubernetes", probe)).toEqual({ ok: true });
    expect(await createQuestion(db, editor, "kubernetes", makeQuestion({ id: "edit-other" }))).toEqual({ ok: false, reason: "id-taken", where: "Set edit-set" });
    expect(await createQuestion(db, editor, "no-such-set", makeQuestion())).toEqual({ ok: false, reason: "set-not-found" });
    const row = await db.question.findUniqueOrThrow({ where: { id: "k8s-probe" }, select: { version: true, position: true, set: { select: { slug: true, sourcePath: true } } } });
    expect(row).toEqual({ version: 1, position: 0, set: { slug: "kubernetes", sourcePath: "content/questions/kubernetes.md" } });
    expect(await versions("k8s-probe")).toEqual([{ version: 1, origin: "edit", authorId: editor.id }]);
  });

  it("archives and restores without deleting, once each", async () => {
    expect(await setQuestionArchived(db, editor, "k8s-probe", true)).toBe(true);
    expect(await setQuestionArchived(db, editor, "k8s-probe", true)).toBe(false);
    expect(await db.question.findUniqueOrThrow({ where: { id: "k8s-probe" }, select: { archived: true } })).toEqual({ archived: true });
    expect(await setQuestionArchived(db, editor, "k8s-probe", false)).toBe(true);
    const actions = await db.auditEvent.findMany({ where: { targetId: "k8s-probe" }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(actions.map((row) => row.action)).toEqual(["question.create", "question.archive", "question.restore"]);
  });
});
