// The email for each kind of notice: subject, the blocks both parts are rendered from, the link
// straight to the page to act on, and for calendar notices the .ics (REQUEST, or CANCEL).
import { formatDateTime, timeZoneLabel } from "@/lib/format/date-time";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { renderHtml, renderText, type MailBlock } from "@/lib/mail/render";
import type { OutgoingMail } from "@/lib/mail/transport";
import { buildInvitation, type InvitationInterview } from "@/lib/scheduling/invitation";
import { KIND_LABELS } from "./kinds";

export interface NoticeContext {
  kind: NotificationKind;
  recipient: { name: string | null; email: string; timeZone: string | null };
  /** The panelist an escalation is about. */
  about: { name: string | null; email: string } | null;
  /** Only "panel complete" can be about an interview that was never scheduled (scheduledAt null). */
  interview: Omit<InvitationInterview, "scheduledAt"> & { scheduledAt: Date | null };
  deadlines: { ratingsDueAt: Date; scorecardDueAt: Date } | null;
  publicUrl: string;
  mailFrom: string;
}

/** "2026-12-07 14:00 GMT+1", in the recipient's zone (the interview's until they have one). */
function when(date: Date, zone: string) {
  return `${formatDateTime(date, zone)} ${timeZoneLabel(date, zone)}`;
}

function late(from: Date, to: Date) {
  const minutes = Math.max(0, Math.round((to.getTime() - from.getTime()) / 60_000));
  return minutes < 120 ? `${minutes} min` : `${Math.round(minutes / 60)} h`;
}

export function composeNotice(ctx: NoticeContext, now: Date): OutgoingMail {
  const { interview, recipient } = ctx;
  const zone = recipient.timeZone ?? interview.timeZone;
  const interviewUrl = `${ctx.publicUrl}/interviews/${interview.id}`;
  const scoreUrl = `${interviewUrl}/score`;
  const who = interview.candidate.name;
  const scheduledAt = interview.scheduledAt;
  const starts = scheduledAt ? when(scheduledAt, zone) : "not scheduled";
  const facts: [string, string][] = [
    ["Candidate", who],
    ["Interview", interview.title],
    ...(scheduledAt ? ([["When", `${starts} (${interview.durationMinutes} min)`]] as [string, string][]) : []),
    ...(scheduledAt && zone !== interview.timeZone ? ([["Scheduled in", `${interview.timeZone}: ${when(scheduledAt, interview.timeZone)}`]] as [string, string][]) : []),
    ...(interview.meetingUrl ? ([["Join", interview.meetingUrl]] as [string, string][]) : []),
    ...(interview.location ? ([["Where", interview.location]] as [string, string][]) : []),
    ["Panel", interview.panel.map((person) => person.name ?? person.email).join(", ")],
  ];
  const greeting = `Hello ${recipient.name ?? recipient.email},`;
  let subject: string;
  let blocks: MailBlock[];
  let calendar: "REQUEST" | "CANCEL" | null = null;

  switch (ctx.kind) {
    case "INVITATION":
      subject = `Invitation: interview with ${who}, ${starts}`;
      blocks = [
        { type: "paragraph", text: `${greeting}\nYou are on the panel of an interview. The calendar invitation is attached.` },
        { type: "facts", rows: facts },
        { type: "action", label: "Open the interview", url: interviewUrl },
      ];
      calendar = "REQUEST";
      break;
    case "RESCHEDULED":
      subject = `Rescheduled: interview with ${who}, now ${starts}`;
      blocks = [
        { type: "paragraph", text: `${greeting}\nAn interview you are on the panel of has changed. The updated calendar invitation is attached.` },
        { type: "facts", rows: facts },
        { type: "action", label: "Open the interview", url: interviewUrl },
      ];
      calendar = "REQUEST";
      break;
    case "CANCELLED":
      subject = `Cancelled: interview with ${who}, ${starts}`;
      blocks = [
        { type: "paragraph", text: `${greeting}\nThis interview was cancelled. The attached calendar update removes it from your calendar.` },
        { type: "facts", rows: facts },
        { type: "action", label: "Open the interview", url: interviewUrl },
      ];
      calendar = "CANCEL";
      break;
    case "REMINDER_24H":
    case "REMINDER_1H":
      subject = `Reminder: interview with ${who} ${ctx.kind === "REMINDER_1H" ? "in an hour" : "tomorrow"}, ${starts}`;
      blocks = [
        { type: "paragraph", text: `${greeting}\nYour interview with ${who} starts at ${starts}. Read the questions and rubric before it starts.` },
        { type: "facts", rows: facts },
        { type: "action", label: "Open the interview", url: interviewUrl },
      ];
      break;
    case "SCORECARD_DUE":
      subject = `Scorecard due: ${who}, ${interview.title}`;
      blocks = [
        {
          type: "paragraph",
          text: `${greeting}\nThe interview with ${who} has ended. Rate the questions by ${when(ctx.deadlines!.ratingsDueAt, zone)} and submit your scorecard by ${when(ctx.deadlines!.scorecardDueAt, zone)}.`,
        },
        { type: "facts", rows: facts },
        { type: "action", label: "Score the interview", url: scoreUrl },
      ];
      break;
    case "RATINGS_OVERDUE":
      subject = `Ratings overdue: ${who}, ${interview.title}`;
      blocks = [
        {
          type: "paragraph",
          text: `${greeting}\nYour ratings for the interview with ${who} were due at ${when(ctx.deadlines!.ratingsDueAt, zone)} (${late(ctx.deadlines!.ratingsDueAt, now)} ago). Rate while you remember the answers.`,
        },
        { type: "facts", rows: facts },
        { type: "action", label: "Score the interview", url: scoreUrl },
      ];
      break;
    case "SCORECARD_OVERDUE":
      subject = `Scorecard overdue: ${who}, ${interview.title}`;
      blocks = [
        {
          type: "paragraph",
          text: `${greeting}\nYour scorecard for the interview with ${who} was due at ${when(ctx.deadlines!.scorecardDueAt, zone)} (${late(ctx.deadlines!.scorecardDueAt, now)} late). The interview's owner has been told.`,
        },
        { type: "facts", rows: facts },
        { type: "action", label: "Submit your scorecard", url: scoreUrl },
      ];
      break;
    case "OVERDUE_ESCALATION": {
      const panelist = ctx.about ? (ctx.about.name ?? ctx.about.email) : "A panelist";
      subject = `Overdue scorecard: ${panelist} on ${who}, ${interview.title}`;
      blocks = [
        {
          type: "paragraph",
          text: `${greeting}\n${panelist}'s scorecard for the interview with ${who} was due at ${when(ctx.deadlines!.scorecardDueAt, zone)} (${late(ctx.deadlines!.scorecardDueAt, now)} late).`,
        },
        { type: "facts", rows: facts },
        { type: "action", label: "See the panel's scorecards", url: interviewUrl },
      ];
      break;
    }
    case "PANEL_COMPLETE":
      subject = `Ready for debrief: ${who}, ${interview.title}`;
      blocks = [
        { type: "paragraph", text: `${greeting}\nEvery panelist has submitted their scorecard for the interview with ${who}. It is ready for the debrief and a decision.` },
        { type: "facts", rows: facts },
        { type: "action", label: "Open the debrief", url: `${interviewUrl}/debrief` },
      ];
      break;
  }
  blocks.push({
    type: "paragraph",
    text: `You get this email because of "${KIND_LABELS[ctx.kind].label}" on Interview Bank. Manage your notifications: ${ctx.publicUrl}/account#notifications`,
  });

  const mail: OutgoingMail = { to: ctx.recipient.email, subject, text: renderText(blocks), html: renderHtml(subject, blocks) };
  if (calendar && scheduledAt) {
    const content = buildInvitation({ ...interview, scheduledAt }, { interviewUrl, forWhom: recipient.email, fallbackOrganizer: ctx.mailFrom });
    mail.icalEvent = { method: calendar, content, filename: "invite.ics" };
    mail.attachments = [{ filename: "invite.ics", content, contentType: `text/calendar; charset=utf-8; method=${calendar}` }];
  }
  return mail;
}
