// The notifications the app sends, what each is for, and which a user may turn off. The calendar
// notices (invitation, reschedule, cancel) keep everyone's calendar right and the overdue-scorecard
// notice is the team's own rule, so those four are required; the rest are reminders and courtesy.
import type { NotificationKind } from "@/lib/generated/prisma/enums";

export const NOTIFICATION_KINDS = [
  "INVITATION",
  "RESCHEDULED",
  "CANCELLED",
  "REMINDER_24H",
  "REMINDER_1H",
  "SCORECARD_DUE",
  "RATINGS_OVERDUE",
  "SCORECARD_OVERDUE",
  "OVERDUE_ESCALATION",
  "PANEL_COMPLETE",
] as const satisfies readonly NotificationKind[];

export const REQUIRED_KINDS: ReadonlySet<NotificationKind> = new Set(["INVITATION", "RESCHEDULED", "CANCELLED", "SCORECARD_OVERDUE"]);

export const CALENDAR_KINDS: ReadonlySet<NotificationKind> = new Set(["INVITATION", "RESCHEDULED", "CANCELLED"]);
export const REMINDER_KINDS: ReadonlySet<NotificationKind> = new Set(["REMINDER_24H", "REMINDER_1H"]);
/** Notices about a panelist's own unfinished scorecard (or, for the escalation, someone else's). */
export const SCORECARD_KINDS: ReadonlySet<NotificationKind> = new Set(["SCORECARD_DUE", "RATINGS_OVERDUE", "SCORECARD_OVERDUE", "OVERDUE_ESCALATION"]);

export const KIND_LABELS: Record<NotificationKind, { label: string; description: string }> = {
  INVITATION: { label: "Panel invitation", description: "You are on an interview's panel, with the calendar invitation (.ics)." },
  RESCHEDULED: { label: "Interview rescheduled", description: "The time or place changed, with the updated invitation." },
  CANCELLED: { label: "Interview cancelled", description: "An interview you were invited to was cancelled." },
  REMINDER_24H: { label: "Reminder a day before", description: "24 hours before an interview you sit on." },
  REMINDER_1H: { label: "Reminder an hour before", description: "1 hour before an interview you sit on." },
  SCORECARD_DUE: { label: "Scorecard due", description: "When an interview ends: when your ratings and scorecard are due." },
  RATINGS_OVERDUE: { label: "Ratings overdue", description: "You have not rated any question by the ratings deadline." },
  SCORECARD_OVERDUE: { label: "Scorecard overdue", description: "Your scorecard is past its deadline." },
  OVERDUE_ESCALATION: { label: "Panelist overdue (for owners)", description: "A panelist's scorecard on an interview you own is past its deadline." },
  PANEL_COMPLETE: { label: "Panel complete", description: "Every panelist of an interview you own has submitted: ready for the debrief." },
};

export function isRequired(kind: NotificationKind) {
  return REQUIRED_KINDS.has(kind);
}
