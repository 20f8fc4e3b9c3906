// The sweep: finds what is due (due.ts) for the interviews in play and records each notice once.
// Notification's unique key (kind, interview, recipient, about, sequence) is the guarantee: two
// sweeps running at once (two app processes, or the minute's cron meeting a schedule change)
// insert one row between them, and the send job is enqueued by the same statement that inserted
// the row (graphile_worker.add_job in SQL), so a notice is never queued twice nor lost between a
// commit and an enqueue. Notices a recipient turned off are stored as SKIPPED and never sent.
import { randomUUID } from "node:crypto";
import type { Database, Transaction } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { CHASE_FOR_MS, dueNotices, PANEL_COMPLETE_WITHIN_MS, type DueNotice, type InterviewState } from "./due";
import { isRequired } from "./kinds";
import { readSla } from "./sla";

export const SEND_TASK = "send-notification";
export const SEND_MAX_ATTEMPTS = 8;
const DAY = 24 * 3_600_000;

/** The interviews a sweep looks at: scheduled in the window where something can be due, or just completed. */
function inPlay(now: Date, scorecardWithinHours: number): Prisma.InterviewSessionWhereInput {
  const earliest = new Date(now.getTime() - scorecardWithinHours * 3_600_000 - CHASE_FOR_MS - DAY);
  return {
    OR: [
      { scheduledAt: { gte: earliest, lte: new Date(now.getTime() + 2 * DAY) } },
      // A scheduled interview further ahead still needs its invitation (and its cancel).
      { scheduledAt: { gt: now }, notifications: { none: { kind: { in: ["INVITATION", "RESCHEDULED", "CANCELLED"] } } } },
      { status: "COMPLETED", scorecards: { some: { submittedAt: { gte: new Date(now.getTime() - PANEL_COMPLETE_WITHIN_MS) } } } },
    ],
  };
}

async function readStates(db: Database | Transaction, where: Prisma.InterviewSessionWhereInput): Promise<InterviewState[]> {
  const rows = await db.interviewSession.findMany({
    where,
    select: {
      id: true,
      status: true,
      scheduledAt: true,
      durationMinutes: true,
      scheduleSequence: true,
      createdById: true,
      panel: { select: { userId: true } },
      scorecards: { select: { interviewerId: true, submittedAt: true, scores: { where: { rating: { not: null } }, select: { id: true }, take: 1 } } },
      notifications: { where: { kind: { in: ["INVITATION", "RESCHEDULED"] } }, select: { recipientId: true, sequence: true } },
      events: { orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    scheduledAt: row.scheduledAt,
    durationMinutes: row.durationMinutes,
    scheduleSequence: row.scheduleSequence,
    scheduleSetAt: row.events[0]?.createdAt ?? null,
    createdById: row.createdById,
    panel: row.panel.map((seat) => seat.userId),
    scorecards: row.scorecards.map((card) => ({ interviewerId: card.interviewerId, submittedAt: card.submittedAt, rated: card.scores.length > 0 })),
    calendarNotices: row.notifications,
  }));
}

export interface SweepResult {
  /** Notices found due, new and already recorded alike. */
  due: number;
  /** Rows this sweep inserted, and of those the ones queued to send. */
  created: number;
  queued: number;
}

/**
 * Records every notice due at `now` (for one interview when `sessionId` is given: what the
 * schedule actions call inside their transaction) and queues the sends.
 */
export async function sweepNotifications(db: Database | Transaction, now: Date, options: { sessionId?: string } = {}): Promise<SweepResult> {
  const sla = await readSla(db);
  const states = await readStates(db, options.sessionId ? { id: options.sessionId } : inPlay(now, sla.scorecardWithinHours));
  const due: (DueNotice & { sessionId: string })[] = states.flatMap((state) => dueNotices(state, now, sla).map((notice) => ({ ...notice, sessionId: state.id })));
  if (due.length === 0) return { due: 0, created: 0, queued: 0 };

  const recipients = [...new Set(due.map((notice) => notice.recipientId))];
  const mutes = await db.notificationMute.findMany({ where: { userId: { in: recipients } }, select: { userId: true, kind: true } });
  const muted = new Set(mutes.map((mute) => `${mute.userId}:${mute.kind}`));
  const rows = due.map((notice) => {
    const skip = !isRequired(notice.kind) && muted.has(`${notice.recipientId}:${notice.kind}`);
    return { id: randomUUID(), ...notice, status: skip ? "SKIPPED" : "PENDING", detail: skip ? "Turned off by the recipient." : null };
  });

  const inserted = await db.$queryRaw<{ id: string; queued: boolean }[]>`
    WITH input AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        AS r(id text, kind text, "sessionId" text, "recipientId" text, "aboutUserId" text, sequence int, status text, detail text)
    ), inserted AS (
      INSERT INTO "Notification" (id, kind, "sessionId", "recipientId", "aboutUserId", sequence, status, detail, "createdAt")
      SELECT id, kind::"NotificationKind", "sessionId", "recipientId", "aboutUserId", sequence, status::"NotificationStatus", detail, (${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')
      FROM input
      ON CONFLICT (kind, "sessionId", "recipientId", "aboutUserId", sequence) DO NOTHING
      RETURNING id, status
    )
    SELECT id, CASE WHEN status = 'PENDING' THEN (
      SELECT true FROM graphile_worker.add_job(${SEND_TASK}, json_build_object('notificationId', id), job_key := 'notification:' || id, max_attempts := ${SEND_MAX_ATTEMPTS})
    ) ELSE false END AS queued
    FROM inserted`;
  return { due: rows.length, created: inserted.length, queued: inserted.filter((row) => row.queued).length };
}
