// Scheduling against PostgreSQL: who may, the invitation SEQUENCE across reschedules and cancel
// (parsed back with ical.js, an independent parser), DST-crossing times, clashes, history and audit.
import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/tests/test-database";
import { interviewFor, slot, team } from "@/tests/scheduling-fixtures";
import { buildInvitation, invitationUid } from "./invitation";
import { HOSTILE_INPUTS } from "@/tests/hostile-input";
import { scheduleSchema } from "./schema";
import { cancelInterview, scheduleInterview } from "./scheduling";

const { prisma: db } = await createTestDatabase();
let people: Awaited<ReturnType<typeof team>>;
beforeAll(async () => {
  people = await team(db);
});

const NOW = new Date("2026-03-20T12:00:00Z");

function parseIcs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
  return {
    method: calendar.getFirstPropertyValue("method"),
    uid: event.uid,
    sequence: event.sequence,
    start: event.startDate.toJSDate(),
    end: event.endDate.toJSDate(),
    status: event.component.getFirstPropertyValue("status"),
    attendees: event.attendees.map((attendee) => String(attendee.getFirstValue()).toLowerCase()),
    url: event.component.getFirstPropertyValue("url"),
    location: event.location,
  };
}

async function invitationOf(sessionId: string) {
  const row = await db.interviewSession.findUniqueOrThrow({
    where: { id: sessionId },
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
      panel: { select: { user: { select: { name: true, email: true } } } },
    },
  });
  return buildInvitation(
    { ...row, scheduledAt: row.scheduledAt!, durationMinutes: row.durationMinutes!, timeZone: row.timeZone!, organizer: row.createdBy, panel: row.panel.map(({ user }) => user) },
    { interviewUrl: `https://interviews.example.com/interviews/${row.id}`, forWhom: "x", fallbackOrganizer: "no-reply@example.com" },
  );
}

describe("scheduleInterview", () => {
  it("keeps the UID and raises SEQUENCE on every reschedule and on cancel, recording each in the history and the audit log", async () => {
    const id = await interviewFor(db, people);
    const first = await scheduleInterview(db, people.recruiter, id, slot("2026-04-01", "09:00", "Europe/Berlin"), NOW);
    expect(first).toMatchObject({ ok: true, value: { kind: "SCHEDULED", sequence: 0 } });
    let ics = parseIcs(await invitationOf(id));
    expect(ics).toMatchObject({ method: "REQUEST", uid: invitationUid(id), sequence: 0, status: "CONFIRMED" });
    // 09:00 in Berlin on 1 April is summer time (UTC+2).
    expect(ics.start.toISOString()).toBe("2026-04-01T07:00:00.000Z");
    expect(ics.end.toISOString()).toBe("2026-04-01T08:00:00.000Z");
    expect(ics.attendees).toEqual(expect.arrayContaining([`mailto:${people.ian.email}`, `mailto:${people.ivy.email}`, "mailto:casey@example.org"]));
    expect(ics.url).toBe(`https://interviews.example.com/interviews/${id}`);

    const second = await scheduleInterview(db, people.recruiter, id, slot("2026-04-02", "10:30", "Europe/Berlin", { durationMinutes: 45, location: "Room 4" }), NOW);
    expect(second).toMatchObject({ ok: true, value: { kind: "RESCHEDULED", sequence: 1 } });
    const third = await scheduleInterview(db, people.recruiter, id, slot("2026-04-02", "11:00", "Europe/Berlin", { durationMinutes: 45, location: "Room 4" }), NOW);
    expect(third).toMatchObject({ ok: true, value: { sequence: 2 } });
    ics = parseIcs(await invitationOf(id));
    expect(ics).toMatchObject({ method: "REQUEST", uid: invitationUid(id), sequence: 2, location: "Room 4" });
    expect(ics.start.toISOString()).toBe("2026-04-02T09:00:00.000Z");

    // The same schedule again is no change: no new SEQUENCE, nothing sent.
    expect(await scheduleInterview(db, people.recruiter, id, slot("2026-04-02", "11:00", "Europe/Berlin", { durationMinutes: 45, location: "Room 4" }), NOW)).toMatchObject({
      ok: false,
      message: expect.stringContaining("Nothing changed"),
    });

    expect(await cancelInterview(db, people.recruiter, id, "Candidate withdrew", NOW)).toEqual({ ok: true, value: { sequence: 3 } });
    ics = parseIcs(await invitationOf(id));
    expect(ics).toMatchObject({ method: "CANCEL", uid: invitationUid(id), sequence: 3, status: "CANCELLED" });

    const events = await db.interviewEvent.findMany({ where: { sessionId: id }, orderBy: { sequence: "asc" }, select: { kind: true, sequence: true, actorId: true } });
    expect(events).toEqual([
      { kind: "SCHEDULED", sequence: 0, actorId: people.recruiter.id },
      { kind: "RESCHEDULED", sequence: 1, actorId: people.recruiter.id },
      { kind: "RESCHEDULED", sequence: 2, actorId: people.recruiter.id },
      { kind: "CANCELLED", sequence: 3, actorId: people.recruiter.id },
    ]);
    const audit = await db.auditEvent.findMany({ where: { targetId: id }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(audit.map((row) => row.action)).toEqual(["interview.schedule", "interview.reschedule", "interview.reschedule", "interview.cancel"]);
    expect(await scheduleInterview(db, people.recruiter, id, slot("2026-04-03", "11:00"), NOW)).toMatchObject({ ok: false, message: expect.stringContaining("cancelled") });
  });

  it("gives 40 concurrent reschedules distinct SEQUENCE numbers, each with its own history entry", async () => {
    const id = await interviewFor(db, people);
    await scheduleInterview(db, people.recruiter, id, slot("2026-04-01", "09:00"), NOW);
    const times = Array.from({ length: 40 }, (_, index) => `${String(10 + Math.floor(index / 4)).padStart(2, "0")}:${String((index % 4) * 15).padStart(2, "0")}`);
    const results = await Promise.all(times.map((time) => scheduleInterview(db, people.recruiter, id, slot("2026-04-01", time), NOW)));
    const sequences = results.map((result) => (result.ok ? result.value.sequence : -1)).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 40 }, (_, index) => index + 1));
    const events = await db.interviewEvent.findMany({ where: { sessionId: id }, select: { sequence: true } });
    expect(new Set(events.map((event) => event.sequence)).size).toBe(41);
    expect((await db.interviewSession.findUniqueOrThrow({ where: { id }, select: { scheduleSequence: true } })).scheduleSequence).toBe(40);
  });

  it("keeps hostile text in the location verbatim (one line only)", async () => {
    for (const hostile of HOSTILE_INPUTS.filter((item) => !/[\r\n\u2028\u2029\u0085]/.test(item.value) && item.value.length <= 200)) {
      const id = await interviewFor(db, people, { panel: [people.ian.id] });
      const parsed = scheduleSchema.parse({ date: "2026-04-01", time: "09:00", timeZone: "UTC", durationMinutes: "30", location: hostile.value, meetingUrl: "" });
      expect(await scheduleInterview(db, people.recruiter, id, parsed, NOW), hostile.name).toMatchObject({ ok: true });
      const row = await db.interviewSession.findUniqueOrThrow({ where: { id }, select: { location: true } });
      expect(row.location, hostile.name).toBe((hostile.stored ?? hostile.value).trim());
    }
  });

  it("refuses a wall time skipped by DST, reads a repeated one as the first and says so, and keeps exact hours across the change", async () => {
    const id = await interviewFor(db, people);
    const gap = await scheduleInterview(db, people.recruiter, id, slot("2026-03-29", "01:30", "Europe/London"), NOW);
    expect(gap).toMatchObject({
      ok: false,
      message: "01:30 on 2026-03-29 does not exist in Europe/London: the clocks go forward from 01:00 to 02:00 that night. Choose 02:00 or later.",
    });
    expect(await db.interviewSession.findUniqueOrThrow({ where: { id }, select: { scheduledAt: true } })).toEqual({ scheduledAt: null });

    const overlap = await scheduleInterview(db, people.recruiter, id, slot("2026-10-25", "01:30", "Europe/London"), NOW);
    expect(overlap).toMatchObject({ ok: true, value: { scheduledAt: new Date("2026-10-25T00:30:00Z"), note: expect.stringContaining("happens twice") } });

    // New York springs forward on 8 March 2026: 09:00 the day after is 13:00 UTC, the day before 14:00 UTC.
    const other = await interviewFor(db, people);
    await scheduleInterview(db, people.recruiter, other, slot("2026-03-09", "09:00", "America/New_York"), new Date("2026-03-01T00:00:00Z"));
    expect((await db.interviewSession.findUniqueOrThrow({ where: { id: other }, select: { scheduledAt: true } })).scheduledAt).toEqual(new Date("2026-03-09T13:00:00Z"));
    await scheduleInterview(db, people.recruiter, other, slot("2026-03-07", "09:00", "America/New_York"), new Date("2026-03-01T00:00:00Z"));
    const ics = parseIcs(await invitationOf(other));
    expect(ics.start.toISOString()).toBe("2026-03-07T14:00:00.000Z");
    expect(ics.sequence).toBe(1);
  });

  it("refuses times in the past and lets only recruiters, admins and the creator schedule", async () => {
    const id = await interviewFor(db, people);
    expect(await scheduleInterview(db, people.recruiter, id, slot("2026-03-20", "11:59"), NOW)).toMatchObject({ ok: false, message: expect.stringContaining("already passed") });
    // Ian sits on the panel but did not create the interview.
    expect(await scheduleInterview(db, people.ian, id, slot("2026-04-01", "09:00"), NOW)).toMatchObject({ ok: false, message: expect.stringContaining("cannot schedule") });
    expect(await cancelInterview(db, people.ian, id, "", NOW)).toMatchObject({ ok: false });
    expect(await scheduleInterview(db, people.admin, id, slot("2026-04-01", "09:00"), NOW)).toMatchObject({ ok: true });
    const own = await db.interviewSession.create({
      data: {
        title: "Own",
        candidateId: (await db.candidate.findFirstOrThrow({ select: { id: true } })).id,
        createdById: people.ian.id,
        panel: { create: [{ userId: people.ian.id }] },
      },
      select: { id: true },
    });
    expect(await scheduleInterview(db, people.ian, own.id, slot("2026-04-01", "09:00"), NOW)).toMatchObject({ ok: true });
    expect(await scheduleInterview(db, people.ivy, own.id, slot("2026-04-01", "10:00"), NOW)).toMatchObject({ ok: false });
  });

  it("warns about, and never refuses, another interview of the same panelist at an overlapping time", async () => {
    const a = await interviewFor(db, people, { panel: [people.ian.id] });
    const b = await interviewFor(db, people, { panel: [people.ian.id, people.ivy.id] });
    const c = await interviewFor(db, people, { panel: [people.ivy.id] });
    await scheduleInterview(db, people.recruiter, a, slot("2026-05-04", "09:00", "UTC"), NOW);
    const clash = await scheduleInterview(db, people.recruiter, b, slot("2026-05-04", "11:30", "Europe/Paris"), NOW);
    expect(clash).toMatchObject({ ok: true, value: { clashes: [{ userId: people.ian.id, sessionId: a }] } });
    // Back to back (09:00–10:00 UTC, then 10:00 UTC) is no clash; Ivy was not on the first one.
    const next = await scheduleInterview(db, people.recruiter, c, slot("2026-05-04", "10:00", "UTC"), NOW);
    expect(next).toMatchObject({ ok: true, value: { clashes: [{ userId: people.ivy.id, sessionId: b }] } });
    await scheduleInterview(db, people.recruiter, c, slot("2026-05-04", "10:30", "UTC"), NOW);
    expect((await scheduleInterview(db, people.recruiter, c, slot("2026-05-04", "10:35", "UTC"), NOW)).ok).toBe(true);
  });
});
