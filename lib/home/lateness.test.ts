import { describe, expect, it } from "vitest";
import { formatLateness } from "./lateness";

describe("formatLateness", () => {
  it("reads at a glance at every scale, never '0 min'", () => {
    expect(formatLateness(1)).toBe("1 min");
    expect(formatLateness(59 * 60_000 + 59_999)).toBe("59 min");
    expect(formatLateness(60 * 60_000)).toBe("1 h");
    expect(formatLateness(190 * 60_000)).toBe("3 h 10 min");
    expect(formatLateness(47 * 3_600_000 + 59 * 60_000)).toBe("47 h 59 min");
    expect(formatLateness(48 * 3_600_000)).toBe("2 days");
    expect(formatLateness(30 * 24 * 3_600_000)).toBe("30 days");
  });
});
