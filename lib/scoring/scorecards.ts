// Opening, submitting and reopening a scorecard. Like lib/interviews/builder.ts, each function takes
// the database and the acting user, checks what that user may do, and returns a message instead
// of throwing, so the rules are tested directly against PostgreSQL. Submit and reopen check the
// user's role and panel seat as committed, under a lock (lib/scoring/access.ts), not as they were
// when the request began.
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Viewer } from "@/lib/candidates/access";
import type { Database, Transaction } from "@/lib/db-client";
import { visibleInterviewsWhere } from "@/lib/interviews/access";
import { isStaff, lockActor, lockPanelSeat } from "./access";
import { computeComposite, recommendationDisagrees } from "./composite";
import type { SubmitScorecardInput } from "./schema";
import { ownScorecardWhere } from "./visibility";

export type ScoringResult<T = undefined> = { ok: true; value: T } | { ok: false; message: string; errors?: Record<string, string[]> };

const fail = (message: string, errors?: Record<string, string[]>) => ({ ok: false, message, errors }) as const;
const NOT_YOURS = "This scorecard does not exist or is not yours.";
const OFF_PANEL = "You are no longer on this interview's panel, so this scorecard cannot change.";

/**
 * The viewer's scorecard for a started interview they sit on the panel of, created on first open
 * with one empty score per question. Safe to call concurrently (two tabs opening at once).
 */
export async function openScorecard(db: Database, viewer: Viewer, sessionId: string): Promise<ScoringResult<string>> {
  const visible = visibleInterviewsWhere(viewer);
  if (!visible) return fail("This interview does not exist.");
  const session = await db.interviewSession.findFirst({
    where: { AND: [{ id: sessionId, panel: { some: { userId: viewer.id } } }, visible] },
    select: { status: true, questions: { select: { id: true } } },
  });
  if (!session) return fail("Only the interview's panel scores it.");
  if (session.status === "DRAFT") return fail("Start the interview before scoring it.");
  if (session.status === "CANCELLED") return fail("This interview was cancelled.");

  await db.scorecard.createMany({ data: [{ sessionId, interviewerId: viewer.id }], skipDuplicates: true });
  const card = await db.scorecard.findFirstOrThrow({ where: ownScorecardWhere(viewer, { sessionId }), select: { id: true } });
  await db.score.createMany({ data: session.questions.map((question) => ({ scorecardId: card.id, sessionQuestionId: question.id })), skipDuplicates: true });
  return { ok: true, value: card.id };
}

async function ownScorecard(tx: Transaction, viewer: Viewer, scorecardId: string) {
  return tx.scorecard.findFirst({
    where: ownScorecardWhere(viewer, { id: scorecardId }),
    select: { id: true, sessionId: true, submittedAt: true, session: { select: { title: true } }, scores: { select: { rating: true } } },
  });
}

/**
 * Submits the scorecard: the composite is computed here from the saved ratings (never taken
 * from the client), a recommendation that disagrees with it needs a reason, and once every panel
 * member has submitted, the interview is completed.
 */
export async function submitScorecard(db: Database, viewer: Viewer, scorecardId: string, input: SubmitScorecardInput): Promise<ScoringResult<{ sessionId: string }>> {
  return db.$transaction(async (tx) => {
    // A user demoted to candidate is told what anyone else would be: there is no such scorecard.
    if (!isStaff(await lockActor(tx, viewer.id))) return fail(NOT_YOURS);
    const card = await ownScorecard(tx, viewer, scorecardId);
    if (!card) return fail(NOT_YOURS);
    if (!(await lockPanelSeat(tx, card.sessionId, viewer.id))) return fail(OFF_PANEL);
    if (card.submittedAt) return fail("This scorecard is already submitted.");
    const composite = computeComposite(card.scores.map((score) => score.rating));
    if (composite.value === null) return fail("Rate at least one question before submitting.");
    const disagrees = recommendationDisagrees(input.recommendation, composite.value);
    if (disagrees && !input.disagreementReason) {
      return fail("Your recommendation disagrees with the composite score.", {
        disagreementReason: [`The composite is ${composite.value.toFixed(2)}. Say in one line why you recommend otherwise.`],
      });
    }
    // Conditional on still being a draft: of two submits racing (two tabs), one wins, once.
    const submitted = await tx.scorecard.updateMany({
      where: { id: card.id, submittedAt: null },
      data: {
        recommendation: input.recommendation,
        summary: input.summary,
        composite: composite.value,
        disagreementReason: disagrees ? input.disagreementReason : null,
        submittedAt: new Date(),
        revision: { increment: 1 },
      },
    });
    if (submitted.count === 0) return fail("This scorecard is already submitted.");
    await tx.scorecardEvent.create({ data: { scorecardId: card.id, kind: "SUBMITTED", actorId: viewer.id }, select: { id: true } });
    await recordAuditEvent(tx, {
      actorId: viewer.id,
      action: "scorecard.submit",
      targetType: "scorecard",
      targetId: card.id,
      details: { sessionId: card.sessionId, interview: card.session.title, recommendation: input.recommendation, composite: composite.value },
    });
    await completeWhenPanelDone(tx, card.sessionId);
    return { ok: true, value: { sessionId: card.sessionId } } as const;
  });
}

async function completeWhenPanelDone(tx: Transaction, sessionId: string) {
  const waiting = await tx.sessionInterviewer.count({
    where: { sessionId, user: { scorecards: { none: { sessionId, submittedAt: { not: null } } } } },
  });
  if (waiting === 0) await tx.interviewSession.update({ where: { id: sessionId }, data: { status: "COMPLETED" } });
}

export const DECIDED = "A decision was taken on this panel's scorecards, so they stay as submitted. Revise your rating on the debrief instead.";

/** Reopens a submitted scorecard for editing; the reopen, its reason and who did it are recorded. */
export async function reopenScorecard(db: Database, viewer: Viewer, scorecardId: string, reason: string): Promise<ScoringResult<{ sessionId: string }>> {
  return db.$transaction(async (tx) => {
    // Admins reopen anyone's; everyone else their own, while on the panel. The role is the one
    // committed now, not the one the request started with.
    const role = await lockActor(tx, viewer.id);
    if (!isStaff(role)) return fail(NOT_YOURS);
    const card = await tx.scorecard.findFirst({
      where: role === "ADMIN" ? { id: scorecardId } : ownScorecardWhere(viewer, { id: scorecardId }),
      select: { id: true, interviewerId: true, sessionId: true, submittedAt: true, session: { select: { title: true } }, interviewer: { select: { email: true } } },
    });
    if (!card) return fail(NOT_YOURS);
    if (role !== "ADMIN" && !(await lockPanelSeat(tx, card.sessionId, viewer.id))) return fail(OFF_PANEL);
    if (!card.submittedAt) return fail("This scorecard is not submitted.");
    // A decision rests on the panel's independent scorecards: they stay as submitted (revisions go
    // beside them, lib/debrief). The row lock orders this against recordDecision.
    await tx.$queryRaw`SELECT 1 FROM "InterviewSession" WHERE "id" = ${card.sessionId} FOR UPDATE`;
    if ((await tx.interviewDecision.count({ where: { sessionId: card.sessionId } })) > 0) return fail(DECIDED);
    await recordAuditEvent(tx, {
      actorId: viewer.id,
      action: "scorecard.reopen",
      targetType: "scorecard",
      targetId: card.id,
      details: { sessionId: card.sessionId, interview: card.session.title, interviewer: card.interviewer.email, reason },
    });
    await tx.scorecard.update({
      where: { id: card.id },
      data: { submittedAt: null, composite: null, revision: { increment: 1 }, events: { create: { kind: "REOPENED", actorId: viewer.id, reason } } },
    });
    await tx.interviewSession.updateMany({ where: { id: card.sessionId, status: "COMPLETED" }, data: { status: "IN_PROGRESS" } });
    return { ok: true, value: { sessionId: card.sessionId } } as const;
  });
}
