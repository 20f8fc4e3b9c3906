// What is due to whom about one interview at a given time: a pure function of the interview's
// state, so the rules are unit-tested without a database. The sweep (sweep.ts) feeds it and
// stores the result under Notification's unique key, which is what makes each notice go out once.
import type { InterviewStatus, NotificationKind } from "@/lib/generated/prisma/enums";
import { deadlines, type Sla } from "./sla";

export interface InterviewState {
  id: string;
  status: InterviewStatus;
  scheduledAt: Date | null;
  durationMinutes: number | null;
  scheduleSequence: number;
  /** When the current schedule was set (its InterviewEvent), on the injected clock. */
  scheduleSetAt: Date | null;
  createdById: string | null;
  panel: string[];
  scorecards: { interviewerId: string; submittedAt: Date | null; rated: boolean }[];
  /** Calendar notices (invitation or reschedule) already made, by recipient and sequence. */
  calendarNotices: { recipientId: string; sequence: number }[];
}

export interface DueNotice {
  kind: NotificationKind;
  recipientId: string;
  aboutUserId: string;
  sequence: number;
}

const HOUR = 3_600_000;
/** Longest lead first. */
export const REMINDER_LEADS: { kind: NotificationKind; leadMs: number }[] = [
  { kind: "REMINDER_24H", leadMs: 24 * HOUR },
  { kind: "REMINDER_1H", leadMs: HOUR },
];
/** Overdue scorecards stop being chased (and escalated) after this long past the deadline. */
export const CHASE_FOR_MS = 14 * 24 * HOUR;
/** A finished panel is announced only if its last scorecard came in within this window. */
export const PANEL_COMPLETE_WITHIN_MS = 7 * 24 * HOUR;

export function scheduledEnd(interview: Pick<InterviewState, "scheduledAt" | "durationMinutes">): Date | null {
  if (!interview.scheduledAt || !interview.durationMinutes) return null;
  return new Date(interview.scheduledAt.getTime() + interview.durationMinutes * 60_000);
}

export function dueNotices(interview: InterviewState, now: Date, sla: Sla): DueNotice[] {
  const notices: DueNotice[] = [];
  const sequence = interview.scheduleSequence;
  const add = (kind: NotificationKind, recipientId: string, aboutUserId = "") => notices.push({ kind, recipientId, aboutUserId, sequence });
  const start = interview.scheduledAt;
  const t = now.getTime();

  // Calendar: an invitation the first time someone is asked, an update after that, and a cancel
  // to everyone who was invited. Who counts as "invited before" reads only notices of earlier
  // sequences, which no longer change, so two sweeps always choose the same kind.
  if (start && start.getTime() > t) {
    const noticed = (userId: string, match: (seq: number) => boolean) => interview.calendarNotices.some((n) => n.recipientId === userId && match(n.sequence));
    if (interview.status === "CANCELLED") {
      for (const userId of interview.panel) if (noticed(userId, (seq) => seq < sequence)) add("CANCELLED", userId);
    } else if (interview.status !== "COMPLETED") {
      for (const userId of interview.panel) {
        if (noticed(userId, (seq) => seq === sequence)) continue;
        add(noticed(userId, (seq) => seq < sequence) ? "RESCHEDULED" : "INVITATION", userId);
      }
      // Reminders fall in [start − lead, start), and only when the schedule was set before that
      // window opened: an interview booked for this afternoon gets its invitation, not also a "tomorrow" reminder.
      // A window closes when the next, shorter one opens: after a day's outage one reminder goes out, not two.
      for (const [index, { kind, leadMs }] of REMINDER_LEADS.entries()) {
        const opens = start.getTime() - leadMs;
        const closes = start.getTime() - (REMINDER_LEADS[index + 1]?.leadMs ?? 0);
        if (t >= opens && t < closes && (interview.scheduleSetAt?.getTime() ?? t) <= opens) for (const userId of interview.panel) add(kind, userId);
      }
    }
  }

  // Scorecards: started interviews only (a draft was never held). Only the furthest stage reached
  // is sent, so a sweep that was down for a day sends "overdue", not three notices at once.
  const end = scheduledEnd(interview);
  if (end && (interview.status === "IN_PROGRESS" || interview.status === "COMPLETED")) {
    const { ratingsDueAt, scorecardDueAt } = deadlines(end, sla);
    for (const userId of interview.panel) {
      const card = interview.scorecards.find((item) => item.interviewerId === userId);
      if (card?.submittedAt) continue;
      if (t >= scorecardDueAt.getTime()) {
        if (t >= scorecardDueAt.getTime() + CHASE_FOR_MS) continue;
        add("SCORECARD_OVERDUE", userId);
        if (interview.createdById && interview.createdById !== userId) add("OVERDUE_ESCALATION", interview.createdById, userId);
      } else if (t >= ratingsDueAt.getTime() && !card?.rated) {
        add("RATINGS_OVERDUE", userId);
      } else if (t >= end.getTime()) {
        add("SCORECARD_DUE", userId);
      }
    }
  }

  // Ready for the debrief: every panelist submitted.
  if (interview.status === "COMPLETED" && interview.createdById && interview.panel.length > 0) {
    const submitted = interview.panel.map((userId) => interview.scorecards.find((card) => card.interviewerId === userId)?.submittedAt ?? null);
    if (submitted.every(Boolean)) {
      const last = Math.max(...submitted.map((date) => date!.getTime()));
      if (t - last <= PANEL_COMPLETE_WITHIN_MS) add("PANEL_COMPLETE", interview.createdById);
    }
  }
  return notices;
}
