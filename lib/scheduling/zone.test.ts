import { describe, expect, it } from "vitest";
import { localParts, resolveLocalDateTime } from "./zone";

describe("reading a wall time in a zone", () => {
  it("converts ordinary times with the zone's offset on that date (checked against the published tz rules)", () => {
    expect(resolveLocalDateTime("2026-07-01", "09:00", "America/New_York")).toEqual({ ok: true, instant: new Date("2026-07-01T13:00:00Z"), note: null });
    expect(resolveLocalDateTime("2026-01-15", "09:00", "America/New_York")).toEqual({ ok: true, instant: new Date("2026-01-15T14:00:00Z"), note: null });
    expect(resolveLocalDateTime("2026-01-15", "09:00", "Asia/Kolkata")).toEqual({ ok: true, instant: new Date("2026-01-15T03:30:00Z"), note: null });
    expect(resolveLocalDateTime("2026-01-15", "09:00", "UTC")).toEqual({ ok: true, instant: new Date("2026-01-15T09:00:00Z"), note: null });
  });

  it("refuses a time the clocks skip, naming the jump, in zones with whole- and half-hour shifts", () => {
    expect(resolveLocalDateTime("2026-03-08", "02:30", "America/New_York")).toEqual({
      ok: false,
      message: "02:30 on 2026-03-08 does not exist in America/New_York: the clocks go forward from 02:00 to 03:00 that night. Choose 03:00 or later.",
    });
    // Lord Howe Island moves by 30 minutes (first Sunday of October).
    expect(resolveLocalDateTime("2026-10-04", "02:15", "Australia/Lord_Howe")).toMatchObject({ ok: false, message: expect.stringContaining("from 02:00 to 02:30") });
    expect(resolveLocalDateTime("2026-03-08", "03:00", "America/New_York")).toEqual({ ok: true, instant: new Date("2026-03-08T07:00:00Z"), note: null });
  });

  it("reads a time that happens twice as the first, and says how to get the second", () => {
    const result = resolveLocalDateTime("2026-11-01", "01:30", "America/New_York");
    expect(result).toEqual({
      ok: true,
      instant: new Date("2026-11-01T05:30:00Z"),
      note: "01:30 happens twice on 2026-11-01 in America/New_York (the clocks go back that night): scheduled at the first, UTC-04:00. For the second, schedule 06:30 in UTC.",
    });
  });

  it("refuses impossible dates and unknown zones with a clear message", () => {
    expect(resolveLocalDateTime("2026-02-30", "09:00", "UTC")).toMatchObject({ ok: false, message: expect.stringContaining("is not a date and time") });
    expect(resolveLocalDateTime("2026-02-01", "24:30", "UTC")).toMatchObject({ ok: false });
    expect(resolveLocalDateTime("2026-02-01", "09:00", "Mars/Olympus_Mons")).toEqual({ ok: false, message: "Mars/Olympus_Mons is not a time zone this server knows." });
  });

  it("gives back the wall date and time the form shows", () => {
    expect(localParts(new Date("2026-03-29T01:00:00Z"), "Europe/London")).toEqual({ date: "2026-03-29", time: "02:00" });
    expect(localParts(new Date("2026-03-29T00:59:00Z"), "Europe/London")).toEqual({ date: "2026-03-29", time: "00:59" });
  });
});
