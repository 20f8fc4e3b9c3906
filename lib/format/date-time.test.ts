import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, isTimeZone, timeZoneLabel } from "./date-time";

describe("date and time formatting", () => {
  const instant = new Date("2026-03-29T00:30:05Z");

  it("writes UTC by default, zero-padded", () => {
    expect(formatDate(instant)).toBe("2026-03-29");
    expect(formatDateTime(instant)).toBe("2026-03-29 00:30");
    expect(formatDateTime(instant, "UTC", { seconds: true })).toBe("2026-03-29 00:30:05");
    expect(formatDateTime(new Date("2026-01-01T00:00:00Z"))).toBe("2026-01-01 00:00");
  });

  it("moves the calendar day with the reader's zone", () => {
    expect(formatDate(instant, "America/Los_Angeles")).toBe("2026-03-28");
    expect(formatDate(instant, "Australia/Sydney")).toBe("2026-03-29");
    expect(formatDateTime(instant, "Australia/Sydney")).toBe("2026-03-29 11:30");
  });

  it("follows daylight saving (Europe/London goes to BST at 01:00 UTC on 29 March 2026)", () => {
    expect(formatDateTime(new Date("2026-03-29T00:59:00Z"), "Europe/London")).toBe("2026-03-29 00:59");
    expect(formatDateTime(new Date("2026-03-29T01:00:00Z"), "Europe/London")).toBe("2026-03-29 02:00");
    expect(timeZoneLabel(new Date("2026-03-29T01:00:00Z"), "Europe/London")).toBe("GMT+1");
    expect(timeZoneLabel(instant)).toBe("UTC");
  });

  it("knows which names are zones", () => {
    expect(isTimeZone("Europe/Berlin")).toBe(true);
    expect(isTimeZone("Mars/Olympus_Mons")).toBe(false);
  });
});
