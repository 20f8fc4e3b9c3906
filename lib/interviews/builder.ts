// Building an interview: what the session builder's actions do, taking the database and the
// acting user so the rules are tested directly against PostgreSQL. Each function checks that the
// user may see the interview (or candidate) and that it is still a draft, and returns a message
// instead of throwing when it may not.
import type { Database, Transaction } from "@/lib/db-client";
import { visibleCandidatesWhere, type Viewer } from "@/lib/candidates/access";
import type { CustomRubric } from "./custom-question";
import { INTERVIEW_AUDIENCES, type CreateInterviewInput } from "./schema";
import { canCreateInterviews, visibleInterviewsWhere } from "./access";

export type BuilderResult<T = undefined> = { ok: true; value: T } | { ok: false; message: string };

const fail = (message: string) => ({ ok: false, message }) as const;
const NOT_FOUND = "This interview does not exist or you cannot change it.";

/** Bank question ids already put to this candidate in their other interviews (not cancelled). */
export async function questionsAskedBefore(db: Database | Transaction, candidateId: string, exceptSessionId?: string) {
  const rows = await db.sessionQuestion.findMany({
    where: {
      questionId: { not: null },
      session: { candidateId, status: { not: "CANCELLED" }, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
    },
    select: { questionId: true, session: { select: { title: true, createdAt: true } } },
  });
  return new Map(rows.map((row) => [row.questionId!, row.session]));
}

async function draftFor(tx: Database | Transaction, viewer: Viewer, sessionId: string) {
  const where = visibleInterviewsWhere(viewer);
  if (!where) return null;
  return tx.interviewSession.findFirst({ where: { AND: [{ id: sessionId, status: "DRAFT" }, where] }, select: { id: true, candidateId: true } });
}

async function appendQuestions(tx: Transaction, sessionId: string, questionIds: string[]) {
  const last = await tx.sessionQuestion.aggregate({ where: { sessionId }, _max: { position: true } });
  const start = (last._max.position ?? -1) + 1;
  await tx.sessionQuestion.createMany({ data: questionIds.map((questionId, index) => ({ sessionId, questionId, position: start + index })) });
}

export async function createInterview(db: Database, viewer: Viewer, input: CreateInterviewInput): Promise<BuilderResult<string>> {
  const candidates = visibleCandidatesWhere(viewer);
  if (!canCreateInterviews(viewer) || !candidates) return fail("You cannot create interviews.");
  const candidate = await db.candidate.findFirst({ where: { AND: [{ id: input.candidateId }, candidates] }, select: { id: true, erasedAt: true } });
  if (!candidate) return fail("That candidate does not exist or you cannot see them.");
  if (candidate.erasedAt) return fail("This candidate's personal data was erased: add them again as a new candidate to interview them.");
  const panel = await db.user.findMany({ where: { id: { in: input.panel }, role: { not: "CANDIDATE" } }, select: { id: true } });
  if (panel.length !== new Set(input.panel).size) return fail("Every panel member must be an interviewer, recruiter or admin.");
  if (input.fromPlan && !(await db.interviewPlan.count({ where: { id: input.fromPlan } }))) return fail("That plan no longer exists.");

  return db.$transaction(async (tx) => {
    const session = await tx.interviewSession.create({
      data: {
        candidateId: candidate.id,
        title: input.title,
        createdById: viewer.id,
        planId: input.fromPlan ?? null,
        panel: { create: panel.map((user) => ({ userId: user.id })) },
      },
      select: { id: true },
    });
    if (input.fromSet) {
      const asked = await questionsAskedBefore(tx, candidate.id);
      const questions = await tx.question.findMany({
        where: { set: { slug: input.fromSet }, archived: false, audience: { in: [...INTERVIEW_AUDIENCES] } },
        orderBy: { position: "asc" },
        select: { id: true },
      });
      await appendQuestions(
        tx,
        session.id,
        questions.map((q) => q.id).filter((id) => !asked.has(id)),
      );
    } else if (input.fromPlan) {
      // In plan order, leaving out what the bank no longer offers for interviews and what was asked before.
      const asked = await questionsAskedBefore(tx, candidate.id);
      const items = await tx.interviewPlanQuestion.findMany({
        where: { planId: input.fromPlan, question: { archived: false, audience: { in: [...INTERVIEW_AUDIENCES] } } },
        orderBy: { position: "asc" },
        select: { questionId: true },
      });
      await appendQuestions(
        tx,
        session.id,
        items.map((item) => item.questionId).filter((id) => !asked.has(id)),
      );
    }
    return { ok: true, value: session.id } as const;
  });
}

export async function addQuestion(db: Database, viewer: Viewer, sessionId: string, questionId: string): Promise<BuilderResult> {
  return db.$transaction(async (tx) => {
    if (!(await draftFor(tx, viewer, sessionId))) return fail(NOT_FOUND);
    const question = await tx.question.findFirst({
      where: { id: questionId, archived: false, audience: { in: [...INTERVIEW_AUDIENCES] } },
      select: { id: true },
    });
    if (!question) return fail("That question cannot be used in interviews.");
    const already = await tx.sessionQuestion.count({ where: { sessionId, questionId } });
    if (already > 0) return fail("That question is already in this interview.");
    await appendQuestions(tx, sessionId, [questionId]);
    return { ok: true, value: undefined } as const;
  });
}

/** A question written for this interview: its title and details as typed, and its rubric when it has one. */
export interface CustomQuestion {
  title: string;
  prompt: string;
  minutes?: number;
  rubric?: CustomRubric;
}

export async function addCustomQuestion(db: Database, viewer: Viewer, sessionId: string, input: CustomQuestion): Promise<BuilderResult> {
  return db.$transaction(async (tx) => {
    if (!(await draftFor(tx, viewer, sessionId))) return fail(NOT_FOUND);
    const last = await tx.sessionQuestion.aggregate({ where: { sessionId }, _max: { position: true } });
    await tx.sessionQuestion.create({
      data: {
        sessionId,
        position: (last._max.position ?? -1) + 1,
        snapshot: { custom: true, title: input.title, prompt: input.prompt, minutes: input.minutes ?? null, ...input.rubric },
      },
    });
    return { ok: true, value: undefined } as const;
  });
}

async function renumber(tx: Transaction, sessionId: string, orderedIds: string[]) {
  for (const [position, id] of orderedIds.entries()) await tx.sessionQuestion.update({ where: { id }, data: { position } });
}

export async function removeQuestion(db: Database, viewer: Viewer, sessionId: string, sessionQuestionId: string): Promise<BuilderResult> {
  return db.$transaction(async (tx) => {
    if (!(await draftFor(tx, viewer, sessionId))) return fail(NOT_FOUND);
    const { count } = await tx.sessionQuestion.deleteMany({ where: { id: sessionQuestionId, sessionId } });
    if (count === 0) return fail("That question is no longer in this interview.");
    const rest = await tx.sessionQuestion.findMany({ where: { sessionId }, orderBy: { position: "asc" }, select: { id: true } });
    await renumber(
      tx,
      sessionId,
      rest.map((row) => row.id),
    );
    return { ok: true, value: undefined } as const;
  });
}

/** Moves a question to `toIndex` (0-based, clamped), shifting the others. */
export async function moveQuestion(db: Database, viewer: Viewer, sessionId: string, sessionQuestionId: string, toIndex: number): Promise<BuilderResult> {
  return db.$transaction(async (tx) => {
    if (!(await draftFor(tx, viewer, sessionId))) return fail(NOT_FOUND);
    const ids = (await tx.sessionQuestion.findMany({ where: { sessionId }, orderBy: { position: "asc" }, select: { id: true } })).map((row) => row.id);
    const from = ids.indexOf(sessionQuestionId);
    if (from === -1) return fail("That question is no longer in this interview.");
    ids.splice(from, 1);
    ids.splice(Math.max(0, Math.min(toIndex, ids.length)), 0, sessionQuestionId);
    await renumber(tx, sessionId, ids);
    return { ok: true, value: undefined } as const;
  });
}

/**
 * Starts the interview: each bank question is frozen at its current version (its snapshot is
 * copied from QuestionVersion), so editing the bank later never changes what was asked.
 */
export async function startInterview(db: Database, viewer: Viewer, sessionId: string): Promise<BuilderResult> {
  return db.$transaction(async (tx) => {
    if (!(await draftFor(tx, viewer, sessionId))) return fail(NOT_FOUND);
    const items = await tx.sessionQuestion.findMany({
      where: { sessionId },
      select: { id: true, questionId: true, question: { select: { version: true } } },
    });
    if (items.length === 0) return fail("Add at least one question before starting.");
    const bankItems = items.filter((item) => item.questionId && item.question);
    const versions = await tx.questionVersion.findMany({
      where: { OR: bankItems.map((item) => ({ questionId: item.questionId!, version: item.question!.version })) },
      select: { questionId: true, version: true, snapshot: true },
    });
    const snapshotOf = new Map(versions.map((row) => [row.questionId, row]));
    for (const item of bankItems) {
      const frozen = snapshotOf.get(item.questionId!)!;
      await tx.sessionQuestion.update({ where: { id: item.id }, data: { questionVersion: frozen.version, snapshot: frozen.snapshot ?? {} } });
    }
    await tx.interviewSession.update({ where: { id: sessionId }, data: { status: "IN_PROGRESS", startedAt: new Date() } });
    return { ok: true, value: undefined } as const;
  });
}

/** Replaces the panel of a draft interview (at least one interviewer, recruiter or admin). */
export async function setPanel(db: Database, viewer: Viewer, sessionId: string, userIds: string[]): Promise<BuilderResult> {
  const wanted = [...new Set(userIds)];
  if (wanted.length === 0) return fail("Choose at least one interviewer.");
  return db.$transaction(async (tx) => {
    if (!(await draftFor(tx, viewer, sessionId))) return fail(NOT_FOUND);
    const people = await tx.user.findMany({ where: { id: { in: wanted }, role: { not: "CANDIDATE" } }, select: { id: true } });
    if (people.length !== wanted.length) return fail("Every panel member must be an interviewer, recruiter or admin.");
    await tx.sessionInterviewer.deleteMany({ where: { sessionId, userId: { notIn: wanted } } });
    await tx.sessionInterviewer.createMany({ data: wanted.map((userId) => ({ sessionId, userId })), skipDuplicates: true });
    return { ok: true, value: undefined } as const;
  });
}
