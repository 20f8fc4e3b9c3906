// The debrief's two verbs, taking the database and the viewer so they are tested against
// PostgreSQL: recording the decision, and a panelist revising their rating afterwards. Both lock
// the interview's row, so neither can interleave with a reopen (which takes the interview back
// from COMPLETED) and both see the panel as it is when they commit.
import type { Viewer } from "@/lib/candidates/access";
import type { Database, Transaction } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DecisionOutcome } from "@/lib/generated/prisma/enums";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { computeComposite } from "@/lib/scoring/composite";
import { isStaff, lockActor, lockPanelSeat } from "@/lib/scoring/access";
import { ownScorecardWhere } from "@/lib/scoring/visibility";
import { mayDecide, panelComplete } from "./access";
import type { DecisionInput, RevisionInput } from "./schema";

export type DebriefResult<T = undefined> = { ok: true; value: T } | { ok: false; message: string };

const fail = (message: string) => ({ ok: false, message }) as const;
const NOT_FOUND = "This interview does not exist, or you may not decide on it.";
export const NOT_READY = "The debrief opens when the whole panel has submitted.";

interface LockedInterview {
  id: string;
  status: string;
  createdById: string | null;
  candidateId: string;
  title: string;
}

async function lockInterview(tx: Transaction, sessionId: string, mode: "UPDATE" | "SHARE") {
  const rows =
    mode === "UPDATE"
      ? await tx.$queryRaw<
          LockedInterview[]
        >`SELECT "id", "status"::text AS "status", "createdById", "candidateId", "title" FROM "InterviewSession" WHERE "id" = ${sessionId} FOR UPDATE`
      : await tx.$queryRaw<
          LockedInterview[]
        >`SELECT "id", "status"::text AS "status", "createdById", "candidateId", "title" FROM "InterviewSession" WHERE "id" = ${sessionId} FOR SHARE`;
  return rows[0] ?? null;
}

/** Records the decision (a new row each time: the latest counts) and audits it. */
export async function recordDecision(
  db: Database,
  viewer: Viewer,
  sessionId: string,
  input: DecisionInput,
): Promise<DebriefResult<{ candidateId: string; outcome: DecisionOutcome }>> {
  return db.$transaction(async (tx) => {
    // The role as committed now: a recruiter demoted meanwhile decides nothing.
    const role = await lockActor(tx, viewer.id);
    if (!isStaff(role)) return fail(NOT_FOUND);
    const interview = await lockInterview(tx, sessionId, "UPDATE");
    if (!interview || !mayDecide({ id: viewer.id, role: role! }, interview)) return fail(NOT_FOUND);
    if (!panelComplete(interview)) return fail(NOT_READY);
    const decision = await tx.interviewDecision.create({
      data: { sessionId, outcome: input.outcome, reason: input.reason, decidedById: viewer.id },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: viewer.id,
      action: "interview.decision",
      targetType: "interview",
      targetId: sessionId,
      details: { sessionId, interview: interview.title, candidateId: interview.candidateId, outcome: input.outcome, reason: input.reason, decisionId: decision.id },
    });
    return { ok: true, value: { candidateId: interview.candidateId, outcome: input.outcome } } as const;
  });
}

/** The ratings as they read now: the submitted ones, with each revision's changes laid over in order. */
export function revisedRatings(submitted: readonly { sessionQuestionId: string; rating: number | null }[], revisions: readonly { ratings: Prisma.JsonValue }[]) {
  const current = new Map(submitted.map((score) => [score.sessionQuestionId, score.rating]));
  for (const revision of revisions) {
    const changes = revision.ratings;
    if (!changes || typeof changes !== "object" || Array.isArray(changes)) continue;
    for (const [id, rating] of Object.entries(changes)) if (current.has(id) && typeof rating === "number") current.set(id, rating);
  }
  return current;
}

/**
 * A panelist's revision of their own submitted scorecard once the panel is complete. The
 * scorecard and its Score rows are not touched: the independent, pre-debrief ratings stay what
 * composites, calibration and agreement are computed from.
 */
export async function reviseScorecard(
  db: Database,
  viewer: Viewer,
  scorecardId: string,
  input: RevisionInput,
): Promise<DebriefResult<{ sessionId: string; composite: number | null }>> {
  return db.$transaction(async (tx) => {
    const role = await lockActor(tx, viewer.id);
    if (!isStaff(role)) return fail("Only the panelist who wrote a scorecard may revise it.");
    const card = await tx.scorecard.findFirst({
      where: ownScorecardWhere(viewer, { id: scorecardId }),
      select: {
        id: true,
        sessionId: true,
        submittedAt: true,
        scores: { select: { sessionQuestionId: true, rating: true } },
        revisions: { orderBy: { createdAt: "asc" }, select: { ratings: true } },
      },
    });
    if (!card) return fail("Only the panelist who wrote a scorecard may revise it.");
    const interview = await lockInterview(tx, card.sessionId, "SHARE");
    if (!interview || !(await lockPanelSeat(tx, card.sessionId, viewer.id))) return fail("You are no longer on this interview's panel.");
    if (!card.submittedAt || !panelComplete(interview)) return fail(`${NOT_READY} Until then, reopen your scorecard to change it.`);
    const unknown = Object.keys(input.ratings).filter((id) => !card.scores.some((score) => score.sessionQuestionId === id));
    if (unknown.length > 0) return fail("A rating names a question this interview did not ask.");
    const current = revisedRatings(card.scores, card.revisions);
    for (const [id, rating] of Object.entries(input.ratings)) current.set(id, rating);
    const composite = computeComposite([...current.values()]).value;
    await tx.scorecardRevision.create({
      data: { scorecardId: card.id, authorId: viewer.id, recommendation: input.recommendation, ratings: input.ratings, composite, reason: input.reason },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: viewer.id,
      action: "scorecard.revise",
      targetType: "scorecard",
      targetId: card.id,
      // The fact and the reason; the revised figures are read on the debrief, through the visibility rule.
      details: {
        sessionId: card.sessionId,
        interview: interview.title,
        ratingsChanged: Object.keys(input.ratings).length,
        recommendationChanged: input.recommendation !== null,
        reason: input.reason,
      },
    });
    return { ok: true, value: { sessionId: card.sessionId, composite } } as const;
  });
}
