// Day boundaries of practice around DST changes. Expected instants are from the zones' published
// rules (timeanddate.com): Sydney leaves DST on 5 Apr 2026 03:00 (+11 → +10) and enters it on
// 4 Oct 2026 02:00; Los Angeles enters DST on 8 Mar 2026 02:00 (−8 → −7) and leaves it on 1 Nov;
// London enters BST on 29 Mar 2026 01:00 UTC and leaves it on 25 Oct 2026 02:00 BST; Santiago's
// clocks skip midnight on 6 Sep 2026 (00:00 → 01:00, −4 → −3).
import { describe, expect, it } from "vitest";
import { addDays, dayKey, daysBetween, endOfLocalDay, practiceZone, startOfLocalDay } from "./days";

const at = (iso: string) => new Date(iso);
const hours = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 3_600_000;

describe("the learner's day", () => {
  it.each([
    // zone, an instant inside the day, its local date, the day's first instant, its end, its length in hours
    ["Australia/Sydney", "2026-04-05T12:00:00Z", "2026-04-05", "2026-04-04T13:00:00Z", "2026-04-05T14:00:00Z", 25],
    ["Australia/Sydney", "2026-10-04T05:00:00Z", "2026-10-04", "2026-10-03T14:00:00Z", "2026-10-04T13:00:00Z", 23],
    ["America/Los_Angeles", "2026-03-08T20:00:00Z", "2026-03-08", "2026-03-08T08:00:00Z", "2026-03-09T07:00:00Z", 23],
    ["America/Los_Angeles", "2026-11-01T20:00:00Z", "2026-11-01", "2026-11-01T07:00:00Z", "2026-11-02T08:00:00Z", 25],
    ["Europe/London", "2026-03-29T12:00:00Z", "2026-03-29", "2026-03-29T00:00:00Z", "2026-03-29T23:00:00Z", 23],
    ["Europe/London", "2026-10-25T12:00:00Z", "2026-10-25", "2026-10-24T23:00:00Z", "2026-10-26T00:00:00Z", 25],
    // Midnight does not exist: the day starts at 01:00 (−3).
    ["America/Santiago", "2026-09-06T12:00:00Z", "2026-09-06", "2026-09-06T04:00:00Z", "2026-09-07T03:00:00Z", 23],
  ])("%s on %s", (zone, instant, date, start, end, length) => {
    expect(dayKey(at(instant), zone)).toBe(date);
    expect(startOfLocalDay(at(instant), zone).toISOString()).toBe(new Date(start).toISOString());
    expect(endOfLocalDay(at(instant), zone).toISOString()).toBe(new Date(end).toISOString());
    expect(hours(at(start), at(end))).toBe(length);
  });

  it("puts the last and first instants of a local day on the right side of midnight", () => {
    // Sydney, 25-hour day: 23:59:59.999 local (+10) is still 5 April; a millisecond later is 6 April.
    expect(dayKey(at("2026-04-05T13:59:59.999Z"), "Australia/Sydney")).toBe("2026-04-05");
    expect(dayKey(at("2026-04-05T14:00:00.000Z"), "Australia/Sydney")).toBe("2026-04-06");
    // The repeated hour (02:00–03:00 happens twice) stays on the same day.
    expect(dayKey(at("2026-04-04T15:30:00Z"), "Australia/Sydney")).toBe("2026-04-05");
    expect(dayKey(at("2026-04-04T16:30:00Z"), "Australia/Sydney")).toBe("2026-04-05");
    // Los Angeles at 23:30 local on 7 March is already 8 March in UTC: still the 7th for the learner.
    expect(dayKey(at("2026-03-08T07:30:00Z"), "America/Los_Angeles")).toBe("2026-03-07");
    expect(dayKey(at("2026-03-08T07:30:00Z"), "UTC")).toBe("2026-03-08");
  });

  it("tells a card in its 10-minute step late in the evening from one due today", () => {
    // 23:55 in Sydney (+11): a card due ten minutes later is tomorrow's, though it is the same UTC day.
    const now = at("2026-12-07T12:55:00Z");
    const inTenMinutes = at("2026-12-07T13:05:00Z");
    expect(inTenMinutes.getTime() < endOfLocalDay(now, "Australia/Sydney").getTime()).toBe(false);
    expect(inTenMinutes.getTime() < endOfLocalDay(now, "UTC").getTime()).toBe(true);
  });

  it("counts calendar days across DST changes, not 24-hour blocks", () => {
    expect(addDays("2026-03-07", 2)).toBe("2026-03-09");
    expect(daysBetween("2026-03-07", "2026-03-09")).toBe(2);
    expect(daysBetween("2026-10-26", "2026-10-24")).toBe(-2);
    // From 7 March 12:00 to 8 March 23:30 in Los Angeles is 35.5 hours but one calendar day.
    expect(daysBetween(dayKey(at("2026-03-07T20:00:00Z"), "America/Los_Angeles"), dayKey(at("2026-03-09T06:30:00Z"), "America/Los_Angeles"))).toBe(1);
  });

  it("falls back to UTC for a zone this runtime does not know", () => {
    expect(practiceZone("Europe/Atlantis")).toBe("UTC");
    expect(practiceZone(null)).toBe("UTC");
    expect(practiceZone("Australia/Sydney")).toBe("Australia/Sydney");
  });
});
