// The .ics read back by ical.js (Mozilla's parser, independent of the `ics` package that writes it).
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildInvitation, invitationUid, type InvitationInterview } from "./invitation";

const interview: InvitationInterview = {
  id: "abc123",
  title: `Tech screen; "round" 1, with commas\nand a second line`,
  status: "IN_PROGRESS",
  scheduledAt: new Date("2026-10-25T00:30:00Z"),
  durationMinutes: 45,
  timeZone: "Europe/London",
  location: "Room 4, 2nd floor; east wing",
  meetingUrl: "https://meet.example.com/x?y=1&z=2",
  scheduleSequence: 3,
  candidate: { name: `Zoë "Z" Ä`, email: "zoe@example.org" },
  organizer: { name: "Rita Recruiter", email: "rita@example.com" },
  panel: [
    { name: "Ian, the Interviewer", email: "ian@example.com" },
    { name: null, email: "ivy@example.com" },
  ],
};
const options = { interviewUrl: "https://interviews.example.com/interviews/abc123", forWhom: "ian@example.com", fallbackOrganizer: "bank@example.com" };

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
  return { calendar, event };
}

describe("calendar invitations", () => {
  it("round-trips the time, SEQUENCE, UID, people and text with commas, semicolons, quotes and new lines", () => {
    const { calendar, event } = parse(buildInvitation(interview, options));
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    expect(event.uid).toBe(invitationUid("abc123"));
    expect(event.sequence).toBe(3);
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2026-10-25T01:15:00.000Z");
    expect(event.summary).toBe(`Interview: Zoë "Z" Ä (Tech screen; "round" 1, with commas\nand a second line)`);
    expect(event.location).toBe("Room 4, 2nd floor; east wing");
    expect(event.description).toContain("Interview page: https://interviews.example.com/interviews/abc123");
    expect(event.organizer.toLowerCase()).toBe("mailto:rita@example.com");
    // A double quote cannot stand in a quoted CN: it is written as a single one.
    const zoe = event.attendees.find((attendee) => String(attendee.getFirstValue()).toLowerCase() === "mailto:zoe@example.org")!;
    expect(zoe.getParameter("cn")).toBe(`Zoë 'Z' Ä`);
    expect(buildInvitation(interview, options)).not.toContain(`CN="Zoë "Z"`);
    expect(event.attendees.map((attendee) => String(attendee.getFirstValue()).toLowerCase()).sort()).toEqual([
      "mailto:ian@example.com",
      "mailto:ivy@example.com",
      "mailto:zoe@example.org",
    ]);
    expect(event.component.getFirstPropertyValue("url")).toBe(options.interviewUrl);
  });

  it("gives the candidate a copy with no link into the app, and everyone a CANCEL once cancelled", () => {
    const candidate = parse(buildInvitation(interview, { ...options, forWhom: "candidate" }));
    expect(candidate.event.description).not.toContain("interviews.example.com");
    expect(candidate.event.component.getFirstPropertyValue("url")).toBe("https://meet.example.com/x?y=1&z=2");
    expect(candidate.event.summary).not.toContain("Interview:");
    const cancelled = parse(buildInvitation({ ...interview, status: "CANCELLED", scheduleSequence: 4 }, options));
    expect(cancelled.calendar.getFirstPropertyValue("method")).toBe("CANCEL");
    expect(cancelled.event.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(cancelled.event.sequence).toBe(4);
    expect(cancelled.event.uid).toBe(invitationUid("abc123"));
  });
});
