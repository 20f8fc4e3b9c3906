// Erasing a candidate's personal data (on their request, or by the retention policy). What goes:
// their name, email, position and notes; every free-text note, summary, disagreement reason and
// reopen or cancellation reason of their interviews ("[erased]"); their name in their interviews'
// titles, locations, meeting links, schedule history, custom questions and the audit log. What stays: the ratings, ticks, composites and
// recommendations, anonymous, so compare, calibration and agreement figures do not move.
// Free text is replaced only where there was some ("" stays ""), because calibration counts
// scorecards that give a reason, and a live scoring page counts touched notes.
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Database, Transaction } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { redactAuditLog, withoutReason } from "./audit-redaction";
import { ERASED, personNeedles, redactJson, redactText } from "./redact";
import { inactiveSince } from "./activity";

export type ErasureReason = "request" | "retention";

export type Erasure = { ok: true; openScorecards: number } | { ok: false; error: "not-found" | "already-erased" | "active" };

export interface ErasureOptions {
  /** The admin who erased (null: the retention job). */
  actorId: string | null;
  reason: ErasureReason;
  /** The retention setting that applied, for the audit log. */
  months?: number;
  /** The retention job's cutoff: erase only if there is still no activity since then. */
  inactiveSince?: Date;
  now?: Date;
}

export async function eraseCandidate(db: Database, candidateId: string, options: ErasureOptions): Promise<Erasure> {
  return db.$transaction((tx) => eraseInTransaction(tx, candidateId, options));
}

async function eraseInTransaction(tx: Transaction, candidateId: string, options: ErasureOptions): Promise<Erasure> {
  // The row lock makes an erasure and an edit (or two erasures: an admin's and the job's) take turns.
  const [candidate] = await tx.$queryRaw<{ name: string; email: string | null; erasedAt: Date | null }[]>`
    SELECT "name", "email", "erasedAt" FROM "Candidate" WHERE "id" = ${candidateId} FOR UPDATE`;
  if (!candidate) return { ok: false, error: "not-found" };
  if (candidate.erasedAt) return { ok: false, error: "already-erased" };
  if (options.inactiveSince) {
    const still = await tx.$queryRaw<unknown[]>`SELECT 1 FROM "Candidate" c WHERE c."id" = ${candidateId} AND ${inactiveSince(options.inactiveSince)}`;
    if (still.length === 0) return { ok: false, error: "active" };
  }

  const aboutThem = personNeedles(candidate, { parts: true });
  const sessions = await tx.interviewSession.findMany({ where: { candidateId }, select: { id: true, title: true, location: true, meetingUrl: true } });
  const sessionIds = sessions.map((session) => session.id);
  for (const session of sessions) {
    const data = {
      title: redactText(session.title, aboutThem),
      location: session.location && redactText(session.location, aboutThem),
      meetingUrl: session.meetingUrl && redactText(session.meetingUrl, aboutThem),
    };
    if (data.title !== session.title || data.location !== session.location || data.meetingUrl !== session.meetingUrl) {
      await tx.interviewSession.update({ where: { id: session.id }, data, select: { id: true } });
    }
  }
  // The schedule's history: where and when, and a cancellation's reason (free text about them).
  for (const event of await tx.interviewEvent.findMany({ where: { sessionId: { in: sessionIds } }, select: { id: true, details: true } })) {
    const redacted = redactJson(event.details, aboutThem);
    const details = redacted && typeof redacted === "object" && !Array.isArray(redacted) ? withoutReason(redacted) : redacted;
    if (JSON.stringify(details) !== JSON.stringify(event.details)) {
      await tx.interviewEvent.update({ where: { id: event.id }, data: { details: details as Prisma.InputJsonValue }, select: { id: true } });
    }
  }
  // Custom questions were written for their interview; bank questions are the bank's and stay.
  const custom = await tx.sessionQuestion.findMany({ where: { sessionId: { in: sessionIds }, questionId: null }, select: { id: true, snapshot: true } });
  for (const question of custom) {
    const snapshot = redactJson(question.snapshot, aboutThem);
    if (JSON.stringify(snapshot) !== JSON.stringify(question.snapshot)) {
      await tx.sessionQuestion.update({ where: { id: question.id }, data: { snapshot: snapshot as Prisma.InputJsonValue }, select: { id: true } });
    }
  }

  const theirScorecards = { sessionId: { in: sessionIds } } satisfies Prisma.ScorecardWhereInput;
  // `revision` goes up with each redaction, so an autosave from a page still open on an interviewer's
  // screen, based on the old text, is refused as a conflict instead of writing it back.
  await tx.scorecard.updateMany({ where: { ...theirScorecards, summary: { not: "" } }, data: { summary: ERASED, revision: { increment: 1 } } });
  await tx.scorecard.updateMany({ where: { ...theirScorecards, disagreementReason: { not: "" } }, data: { disagreementReason: ERASED } });
  await tx.score.updateMany({ where: { scorecard: theirScorecards, notes: { not: "" } }, data: { notes: ERASED, revision: { increment: 1 } } });
  await tx.scorecardEvent.updateMany({ where: { scorecard: theirScorecards, reason: { not: "" } }, data: { reason: ERASED } });

  await redactAuditLog(tx, { needles: personNeedles(candidate), sessions: { ids: sessionIds, needles: aboutThem } });
  const now = options.now ?? new Date();
  await tx.candidate.update({ where: { id: candidateId }, data: { name: ERASED, email: null, position: null, notes: "", erasedAt: now }, select: { id: true } });
  // The event names nobody: the candidate's id is all that links it to the (now anonymous) record.
  await recordAuditEvent(tx, {
    actorId: options.actorId,
    action: "candidate.erase",
    targetType: "candidate",
    targetId: candidateId,
    details: { reason: options.reason, ...(options.months ? { months: options.months } : {}) },
  });
  const openScorecards = await tx.scorecard.count({ where: { ...theirScorecards, submittedAt: null } });
  return { ok: true, openScorecards };
}
