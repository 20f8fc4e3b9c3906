// Scheduling verbs: schedule (or reschedule) and cancel an interview. Like the builder, each takes
// the database, the acting user and the time (lib/clock.ts), checks what the user may do, and
// returns a message instead of throwing. Every change bumps the invitation SEQUENCE, is written to
// the interview's history and the audit log, and records the notices it causes (invitations,
// updates, cancels) in the same transaction, so a rolled-back change sends nothing.
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Viewer } from "@/lib/candidates/access";
import type { Database, Transaction } from "@/lib/db-client";
import { visibleInterviewsWhere } from "@/lib/interviews/access";
import { sweepNotifications } from "@/lib/notifications/sweep";
import { canSchedule } from "./access";
import { findClashes, type Clash } from "./clashes";
import type { ScheduleInput } from "./schema";
import { resolveLocalDateTime } from "./zone";

export type SchedulingResult<T> = { ok: true; value: T } | { ok: false; message: string; errors?: Record<string, string[]> };

const fail = (message: string, errors?: Record<string, string[]>) => ({ ok: false, message, errors }) as const;
/**
 * Changes to one interview queue on its row lock, each holding a pooled connection while it waits.
 * Prisma's defaults (2 s to get a connection) failed 40 concurrent reschedules in the tests; at
 * about 50 ms each, 10 s lets a burst of them all through in turn.
 */
const QUEUED_ON_ROW_LOCK = { maxWait: 10_000, timeout: 20_000 };
const NOT_FOUND = "This interview does not exist or you cannot schedule it.";

/** The interview, row-locked for the rest of the transaction: two reschedules at once take turns, so SEQUENCE never repeats. */
async function lockedInterview(tx: Transaction, viewer: Viewer, sessionId: string) {
  const visible = visibleInterviewsWhere(viewer);
  if (!visible) return null;
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "InterviewSession" WHERE id = ${sessionId} FOR UPDATE`;
  if (locked.length === 0) return null;
  const interview = await tx.interviewSession.findFirst({
    where: { AND: [{ id: sessionId }, visible] },
    select: {
      id: true,
      status: true,
      createdById: true,
      scheduledAt: true,
      durationMinutes: true,
      timeZone: true,
      location: true,
      meetingUrl: true,
      scheduleSequence: true,
      panel: { select: { userId: true } },
    },
  });
  return interview && canSchedule(viewer, interview) ? interview : null;
}

type Snapshot = { scheduledAt: string | null; durationMinutes: number | null; timeZone: string | null; location: string | null; meetingUrl: string | null };
const snapshot = (row: { scheduledAt: Date | null; durationMinutes: number | null; timeZone: string | null; location: string | null; meetingUrl: string | null }): Snapshot => ({
  scheduledAt: row.scheduledAt?.toISOString() ?? null,
  durationMinutes: row.durationMinutes,
  timeZone: row.timeZone,
  location: row.location,
  meetingUrl: row.meetingUrl,
});

export interface Scheduled {
  kind: "SCHEDULED" | "RESCHEDULED";
  sequence: number;
  scheduledAt: Date;
  /** The stated choice for a wall time that happens twice (clocks going back), if any. */
  note: string | null;
  /** Other interviews of the same panelists that overlap: a warning, never a refusal. */
  clashes: Clash[];
}

export async function scheduleInterview(db: Database, viewer: Viewer, sessionId: string, input: ScheduleInput, now: Date): Promise<SchedulingResult<Scheduled>> {
  const local = resolveLocalDateTime(input.date, input.time, input.timeZone);
  if (!local.ok) return fail(local.message, { time: [local.message] });
  if (local.instant.getTime() <= now.getTime()) {
    const message = `${input.date} ${input.time} in ${input.timeZone} has already passed. Choose a time in the future.`;
    return fail(message, { date: [message] });
  }
  const next = { scheduledAt: local.instant, durationMinutes: input.durationMinutes, timeZone: input.timeZone, location: input.location, meetingUrl: input.meetingUrl };

  const result = await db.$transaction(async (tx) => {
    const interview = await lockedInterview(tx, viewer, sessionId);
    if (!interview) return fail(NOT_FOUND);
    if (interview.status === "COMPLETED") return fail("This interview is completed: it cannot be rescheduled.");
    if (interview.status === "CANCELLED") return fail("This interview was cancelled: create a new one to schedule it again.");
    const before = snapshot(interview);
    const after = snapshot(next);
    if (interview.scheduledAt && JSON.stringify(before) === JSON.stringify(after)) return fail("Nothing changed: the interview is already scheduled like this.");

    const kind = interview.scheduledAt ? ("RESCHEDULED" as const) : ("SCHEDULED" as const);
    const sequence = interview.scheduledAt ? interview.scheduleSequence + 1 : interview.scheduleSequence;
    await tx.interviewSession.update({ where: { id: sessionId }, data: { ...next, scheduleSequence: sequence } });
    await tx.interviewEvent.create({ data: { sessionId, kind, actorId: viewer.id, sequence, details: { before, after }, createdAt: now } });
    await recordAuditEvent(tx, {
      actorId: viewer.id,
      action: kind === "SCHEDULED" ? "interview.schedule" : "interview.reschedule",
      targetType: "InterviewSession",
      targetId: sessionId,
      details: { sequence, from: before.scheduledAt, to: after.scheduledAt, timeZone: input.timeZone, durationMinutes: input.durationMinutes },
    });
    await sweepNotifications(tx, now, { sessionId });
    return { ok: true, value: { kind, sequence, panel: interview.panel.map((seat) => seat.userId) } } as const;
  }, QUEUED_ON_ROW_LOCK);
  if (!result.ok) return result;
  const end = new Date(local.instant.getTime() + input.durationMinutes * 60_000);
  const clashes = await findClashes(db, { sessionId, start: local.instant, end, panel: result.value.panel });
  return { ok: true, value: { kind: result.value.kind, sequence: result.value.sequence, scheduledAt: local.instant, note: local.note, clashes } };
}

/** Cancels the interview; panelists who were invited get the calendar cancel (METHOD:CANCEL). */
export async function cancelInterview(db: Database, viewer: Viewer, sessionId: string, reason: string, now: Date): Promise<SchedulingResult<{ sequence: number }>> {
  return db.$transaction(async (tx) => {
    const interview = await lockedInterview(tx, viewer, sessionId);
    if (!interview) return fail(NOT_FOUND);
    if (interview.status === "COMPLETED") return fail("This interview is completed: it cannot be cancelled.");
    if (interview.status === "CANCELLED") return fail("This interview is already cancelled.");
    const sequence = interview.scheduledAt ? interview.scheduleSequence + 1 : interview.scheduleSequence;
    await tx.interviewSession.update({ where: { id: sessionId }, data: { status: "CANCELLED", scheduleSequence: sequence } });
    await tx.interviewEvent.create({
      data: { sessionId, kind: "CANCELLED", actorId: viewer.id, sequence, details: { before: snapshot(interview), reason: reason || null }, createdAt: now },
    });
    await recordAuditEvent(tx, {
      actorId: viewer.id,
      action: "interview.cancel",
      targetType: "InterviewSession",
      targetId: sessionId,
      details: { sequence, scheduledAt: interview.scheduledAt?.toISOString() ?? null, reason: reason || null },
    });
    await sweepNotifications(tx, now, { sessionId });
    return { ok: true, value: { sequence } } as const;
  }, QUEUED_ON_ROW_LOCK);
}
