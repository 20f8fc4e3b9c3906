// Sends one recorded notice: the "send-notification" job's work. The notification row is locked
// for the send, so even if a job ran twice at once, the second would find it SENT and stop. A
// notice that no longer applies (the interview moved, was cancelled, the scorecard came in, the
// recipient turned it off) is marked SKIPPED with the reason instead of sent.
import type { Database } from "@/lib/db-client";
import type { Mailer } from "@/lib/mail/transport";
import type { MailSettings } from "@/lib/mail/settings";
import { composeNotice } from "./compose";
import { scheduledEnd } from "./due";
import { CALENDAR_KINDS, isRequired, REMINDER_KINDS, SCORECARD_KINDS } from "./kinds";
import { deadlines, readSla } from "./sla";

export type SendOutcome = { status: "SENT"; messageId: string } | { status: "SKIPPED"; reason: string } | { status: "DONE_BEFORE" };

export interface SendOptions {
  mailer: Mailer | null;
  settings: MailSettings;
  now: Date;
  /** This attempt and the job's last one: the last failure marks the notice FAILED. */
  attempt: number;
  maxAttempts: number;
}

function stale(
  notice: { kind: string; sequence: number; aboutUserId: string; recipientId: string },
  interview: { status: string; scheduleSequence: number; scheduledAt: Date | null; scorecards: { interviewerId: string; submittedAt: Date | null }[] },
  now: Date,
): string | null {
  if (notice.kind === "PANEL_COMPLETE") return null;
  if (!interview.scheduledAt) return "The interview is no longer scheduled.";
  const moved = notice.sequence !== interview.scheduleSequence;
  if (CALENDAR_KINDS.has(notice.kind as never) && moved) return "A newer schedule replaced this one.";
  if (REMINDER_KINDS.has(notice.kind as never)) {
    if (moved) return "A newer schedule replaced this one.";
    if (interview.status === "CANCELLED") return "The interview was cancelled.";
    if (interview.scheduledAt.getTime() <= now.getTime()) return "The interview has already started.";
  }
  if (SCORECARD_KINDS.has(notice.kind as never)) {
    const panelist = notice.kind === "OVERDUE_ESCALATION" ? notice.aboutUserId : notice.recipientId;
    if (interview.scorecards.some((card) => card.interviewerId === panelist && card.submittedAt)) return "The scorecard was submitted.";
  }
  return null;
}

export async function sendNotification(db: Database, notificationId: string, options: SendOptions): Promise<SendOutcome> {
  const outcome = await db.$transaction(
    async (tx) => {
      const locked = await tx.$queryRaw<{ status: string }[]>`SELECT status::text FROM "Notification" WHERE id = ${notificationId} FOR UPDATE`;
      if (locked[0]?.status !== "PENDING") return { status: "DONE_BEFORE" } as const;
      const notice = await tx.notification.findUniqueOrThrow({
        where: { id: notificationId },
        select: {
          kind: true,
          sequence: true,
          aboutUserId: true,
          recipientId: true,
          recipient: { select: { name: true, email: true, timeZone: true, notificationMutes: { select: { kind: true } } } },
          session: {
            select: {
              id: true,
              title: true,
              status: true,
              scheduledAt: true,
              durationMinutes: true,
              timeZone: true,
              location: true,
              meetingUrl: true,
              scheduleSequence: true,
              candidate: { select: { name: true, email: true } },
              createdBy: { select: { name: true, email: true } },
              panel: { orderBy: { createdAt: "asc" }, select: { user: { select: { name: true, email: true } } } },
              scorecards: { select: { interviewerId: true, submittedAt: true } },
            },
          },
        },
      });
      const skip = async (reason: string) => {
        await tx.notification.update({ where: { id: notificationId }, data: { status: "SKIPPED", detail: reason } });
        return { status: "SKIPPED", reason } as const;
      };
      const { session } = notice;
      const reason = stale(notice, session, options.now);
      if (reason) return skip(reason);
      if (!isRequired(notice.kind) && notice.recipient.notificationMutes.some((mute) => mute.kind === notice.kind)) return skip("Turned off by the recipient.");
      if (!options.mailer) return skip("No mail server is configured (SMTP_URL is unset).");

      const about = notice.aboutUserId ? await tx.user.findUnique({ where: { id: notice.aboutUserId }, select: { name: true, email: true } }) : null;
      const end = scheduledEnd(session);
      const mail = composeNotice(
        {
          kind: notice.kind,
          recipient: notice.recipient,
          about,
          interview: {
            ...session,
            scheduledAt: session.scheduledAt,
            durationMinutes: session.durationMinutes ?? 60,
            timeZone: session.timeZone ?? "UTC",
            organizer: session.createdBy,
            panel: session.panel.map(({ user }) => user),
          },
          deadlines: end ? deadlines(end, await readSla(tx)) : null,
          publicUrl: options.settings.publicUrl,
          mailFrom: options.settings.from,
        },
        options.now,
      );
      try {
        const { messageId } = await options.mailer.send(mail);
        await tx.notification.update({ where: { id: notificationId }, data: { status: "SENT", sentAt: options.now, detail: null } });
        return { status: "SENT", messageId } as const;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        // Not the last attempt: roll back (still PENDING) and let the queue retry with backoff.
        if (options.attempt < options.maxAttempts) throw error;
        await tx.notification.update({ where: { id: notificationId }, data: { status: "FAILED", detail: message.slice(0, 1000) } });
        return { status: "FAILED", error: error as Error } as const;
      }
    },
    // The SMTP exchange happens inside the transaction (the row stays locked while sending).
    { timeout: 90_000, maxWait: 10_000 },
  );
  // The last failure is recorded and still fails the job, so /admin/jobs shows it with its error.
  if (outcome.status === "FAILED") throw outcome.error;
  return outcome;
}
