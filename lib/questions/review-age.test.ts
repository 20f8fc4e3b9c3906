import { describe, expect, it } from "vitest";
import { formatMonth, isReviewDue, reviewDueCutoff } from "./review-age";

describe("when a question is due for review", () => {
  it("is 12 months after its reviewed month, at the month's boundary in UTC", () => {
    expect(reviewDueCutoff(new Date("2026-12-07T09:00:00Z"))).toBe("2025-12");
    expect(reviewDueCutoff(new Date("2026-01-01T00:00:00Z"))).toBe("2025-01");
    // Late on 31 December somewhere west of UTC is already January in UTC.
    expect(reviewDueCutoff(new Date("2026-12-31T23:59:59-05:00"))).toBe("2026-01");
    const now = new Date("2026-12-07T09:00:00Z");
    expect(isReviewDue("2025-12", now)).toBe(true);
    expect(isReviewDue("2026-01", now)).toBe(false);
    expect(isReviewDue("1999-06", now)).toBe(true);
  });

  it("writes a month in words", () => {
    expect(formatMonth("2026-12")).toBe("December 2026");
    expect(formatMonth("2026-01")).toBe("January 2026");
    expect(formatMonth("not a month")).toBe("not a month");
  });
});
