import { describe, expect, it } from "vitest";
import { dueNotices, type InterviewState } from "./due";
import { DEFAULT_SLA } from "./sla";

const HOUR = 3_600_000;
const start = new Date("2026-06-10T09:00:00Z");
const base: InterviewState = {
  id: "s1",
  status: "DRAFT",
  scheduledAt: start,
  durationMinutes: 60,
  scheduleSequence: 0,
  scheduleSetAt: new Date("2026-06-01T00:00:00Z"),
  createdById: "owner",
  panel: ["a", "b"],
  scorecards: [],
  calendarNotices: [],
};
const at = (offsetMs: number) => new Date(start.getTime() + offsetMs);
const kinds = (state: InterviewState, now: Date) =>
  dueNotices(state, now, DEFAULT_SLA).map((n) => `${n.kind}:${n.recipientId}${n.aboutUserId ? `/${n.aboutUserId}` : ""}#${n.sequence}`);
const invited = (sequence = 0) => ["a", "b"].map((recipientId) => ({ recipientId, sequence }));

describe("what is due", () => {
  it("invites each panelist once, then updates those invited before at the new sequence", () => {
    expect(kinds(base, at(-72 * HOUR))).toEqual(["INVITATION:a#0", "INVITATION:b#0"]);
    expect(kinds({ ...base, calendarNotices: invited() }, at(-72 * HOUR))).toEqual([]);
    const moved = { ...base, scheduleSequence: 1, calendarNotices: [{ recipientId: "a", sequence: 0 }] };
    expect(kinds(moved, at(-72 * HOUR))).toEqual(["RESCHEDULED:a#1", "INVITATION:b#1"]);
    expect(kinds({ ...base, status: "CANCELLED", scheduleSequence: 2, calendarNotices: [{ recipientId: "a", sequence: 1 }] }, at(-72 * HOUR))).toEqual(["CANCELLED:a#2"]);
    // Nothing about the calendar once it has started.
    expect(kinds(base, at(0))).toEqual([]);
  });

  it("reminds in [start − 24 h, start − 1 h) and [start − 1 h, start), one at a time", () => {
    const state = { ...base, calendarNotices: invited() };
    expect(kinds(state, at(-24 * HOUR - 1))).toEqual([]);
    expect(kinds(state, at(-24 * HOUR))).toEqual(["REMINDER_24H:a#0", "REMINDER_24H:b#0"]);
    expect(kinds(state, at(-HOUR - 1))).toEqual(["REMINDER_24H:a#0", "REMINDER_24H:b#0"]);
    expect(kinds(state, at(-HOUR))).toEqual(["REMINDER_1H:a#0", "REMINDER_1H:b#0"]);
    expect(kinds(state, at(-1))).toEqual(["REMINDER_1H:a#0", "REMINDER_1H:b#0"]);
    // Booked 3 hours ahead: no "tomorrow" reminder; booked 30 minutes ahead: no reminder at all.
    expect(kinds({ ...state, scheduleSetAt: at(-3 * HOUR) }, at(-2 * HOUR))).toEqual([]);
    expect(kinds({ ...state, scheduleSetAt: at(-30 * 60_000) }, at(-10 * 60_000))).toEqual([]);
  });

  it("walks scorecards from due to overdue for started interviews only, the furthest stage alone", () => {
    const started = { ...base, status: "IN_PROGRESS" as const, calendarNotices: invited(), scorecards: [{ interviewerId: "a", submittedAt: null, rated: true }] };
    const end = HOUR;
    expect(kinds({ ...started, status: "DRAFT" }, at(end + 25 * HOUR))).toEqual([]);
    expect(kinds(started, at(end - 1))).toEqual([]);
    expect(kinds(started, at(end))).toEqual(["SCORECARD_DUE:a#0", "SCORECARD_DUE:b#0"]);
    expect(kinds(started, at(end + HOUR))).toEqual(["SCORECARD_DUE:a#0", "RATINGS_OVERDUE:b#0"]);
    expect(kinds(started, at(end + 24 * HOUR))).toEqual(["SCORECARD_OVERDUE:a#0", "OVERDUE_ESCALATION:owner/a#0", "SCORECARD_OVERDUE:b#0", "OVERDUE_ESCALATION:owner/b#0"]);
    // No escalation to yourself, nothing for a submitted scorecard, and no chasing after 14 days.
    expect(kinds({ ...started, createdById: "a", panel: ["a"] }, at(end + 24 * HOUR))).toEqual(["SCORECARD_OVERDUE:a#0"]);
    expect(kinds({ ...started, panel: ["a"], scorecards: [{ interviewerId: "a", submittedAt: at(end), rated: true }] }, at(end + 24 * HOUR))).toEqual([]);
    expect(kinds(started, at(end + 24 * HOUR + 14 * 24 * HOUR))).toEqual([]);
  });

  it("announces a complete panel to the owner within a week of the last scorecard", () => {
    const done = {
      ...base,
      status: "COMPLETED" as const,
      scorecards: ["a", "b"].map((id) => ({ interviewerId: id, submittedAt: at(2 * HOUR), rated: true })),
      calendarNotices: invited(),
    };
    expect(kinds(done, at(3 * HOUR))).toEqual(["PANEL_COMPLETE:owner#0"]);
    expect(kinds(done, at(2 * HOUR + 8 * 24 * HOUR))).toEqual([]);
    expect(kinds({ ...done, scorecards: done.scorecards.slice(0, 1) }, at(3 * HOUR))).not.toContain("PANEL_COMPLETE:owner#0");
  });
});
