import { describe, expect, it } from "vitest";
import { scheduleSchema } from "./schema";

const valid = { date: "2026-04-01", time: "09:00", timeZone: "Europe/Berlin", durationMinutes: "45", location: "", meetingUrl: "" };

describe("the schedule form", () => {
  it("accepts a complete form and turns empty optional fields into null", () => {
    expect(scheduleSchema.parse(valid)).toEqual({ date: "2026-04-01", time: "09:00", timeZone: "Europe/Berlin", durationMinutes: 45, location: null, meetingUrl: null });
  });

  it("takes only https meeting links, without credentials", () => {
    const link = (meetingUrl: string) => scheduleSchema.safeParse({ ...valid, meetingUrl }).success;
    expect(link("https://meet.example.com/abc?pwd=1")).toBe(true);
    for (const bad of [
      "http://meet.example.com/abc",
      "javascript:alert(1)",
      "https://user:pass@meet.example.com/",
      "meet.example.com/abc",
      "data:text/html,x",
      `https://example.com/${"a".repeat(2000)}`,
    ]) {
      expect(link(bad), bad).toBe(false);
    }
  });

  it("refuses unknown zones, lengths out of range, and locations over a line or 200 characters", () => {
    expect(scheduleSchema.safeParse({ ...valid, timeZone: "Europe/Atlantis" }).error?.issues[0]?.message).toContain("Choose a time zone");
    expect(scheduleSchema.safeParse({ ...valid, durationMinutes: "4" }).success).toBe(false);
    expect(scheduleSchema.safeParse({ ...valid, durationMinutes: "721" }).success).toBe(false);
    expect(scheduleSchema.safeParse({ ...valid, durationMinutes: "30.5" }).success).toBe(false);
    expect(scheduleSchema.safeParse({ ...valid, location: "Room 4\r\nBCC: x@example.org" }).success).toBe(false);
    expect(scheduleSchema.safeParse({ ...valid, location: "x".repeat(201) }).success).toBe(false);
    expect(scheduleSchema.parse({ ...valid, location: "Zimmer 4 \u0000 ✓" }).location).toBe("Zimmer 4  ✓");
  });
});
