// Calendar invitations (.ics, RFC 5545) made with the `ics` package. The UID is the interview's
// own and never changes, so a calendar updates the event it already has; SEQUENCE is the
// interview's scheduleSequence (one more on each reschedule or cancel), METHOD is REQUEST, or
// CANCEL once the interview is cancelled. Times are written in UTC, which every calendar shows
// in its reader's zone; the zone the interview was scheduled in is named in the description.
import { createEvent, type Attendee } from "ics";

export interface InvitationInterview {
  id: string;
  title: string;
  status: string;
  scheduledAt: Date;
  durationMinutes: number;
  timeZone: string;
  location: string | null;
  meetingUrl: string | null;
  scheduleSequence: number;
  candidate: { name: string; email: string | null };
  organizer: { name: string | null; email: string } | null;
  panel: { name: string | null; email: string }[];
}

export interface InvitationOptions {
  /** Absolute link to the interview page, for panel copies; the candidate's copy has none. */
  interviewUrl: string | null;
  /** Who this copy is for: a panelist's email, or "candidate". */
  forWhom: string;
  /** The organizer address when the interview has no owner (MAIL_FROM). */
  fallbackOrganizer: string;
}

export const invitationUid = (interviewId: string) => `interview-${interviewId}@interview-bank`;

/** A CN parameter is quoted and may not contain a double quote (RFC 5545 §3.1): written as a single one. */
const commonName = (name: string) => name.replace(/"/g, "'").replace(/[\r\n]+/g, " ");

export function buildInvitation(interview: InvitationInterview, options: InvitationOptions): string {
  const cancelled = interview.status === "CANCELLED";
  const forCandidate = options.forWhom === "candidate";
  const attendees: Attendee[] = [
    ...interview.panel.map((person) => ({
      name: commonName(person.name ?? person.email),
      email: person.email,
      rsvp: true,
      partstat: "NEEDS-ACTION" as const,
      role: "REQ-PARTICIPANT" as const,
    })),
    ...(interview.candidate.email
      ? [{ name: commonName(interview.candidate.name), email: interview.candidate.email, rsvp: true, partstat: "NEEDS-ACTION" as const, role: "REQ-PARTICIPANT" as const }]
      : []),
  ];
  const lines = [
    forCandidate ? `Your interview: ${interview.title}` : `Interview with ${interview.candidate.name}: ${interview.title}`,
    `Scheduled in ${interview.timeZone}, ${interview.durationMinutes} minutes.`,
    ...(interview.meetingUrl ? [`Join: ${interview.meetingUrl}`] : []),
    ...(interview.location ? [`Where: ${interview.location}`] : []),
    ...(options.interviewUrl && !forCandidate ? [`Interview page: ${options.interviewUrl}`] : []),
    ...(cancelled ? ["This interview was cancelled."] : []),
  ];
  const organizer = interview.organizer ?? { name: "Interview Bank", email: options.fallbackOrganizer };
  const { error, value } = createEvent({
    productId: "interview-bank/ics",
    method: cancelled ? "CANCEL" : "REQUEST",
    uid: invitationUid(interview.id),
    sequence: interview.scheduleSequence,
    status: cancelled ? "CANCELLED" : "CONFIRMED",
    start: interview.scheduledAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    duration: { minutes: interview.durationMinutes },
    title: forCandidate ? interview.title : `Interview: ${interview.candidate.name} (${interview.title})`,
    description: lines.join("\n"),
    ...(interview.location || interview.meetingUrl ? { location: interview.location ?? interview.meetingUrl ?? undefined } : {}),
    ...(forCandidate ? (interview.meetingUrl ? { url: interview.meetingUrl } : {}) : options.interviewUrl ? { url: options.interviewUrl } : {}),
    organizer: { name: commonName(organizer.name ?? organizer.email), email: organizer.email },
    attendees,
  });
  if (error || !value) throw new Error(`Could not build the invitation: ${error?.message ?? "no output"}`);
  return value;
}
