import { describe, expect, it } from "vitest";
import { overTarget, targetMinutesSchema } from "./target";

describe("the target length", () => {
  it("warns only past the target, saying by how much", () => {
    expect(overTarget(60, 60)).toBeNull();
    expect(overTarget(61, 60)).toBe("The questions take 61 min, 1 more than the 60-minute target.");
    expect(overTarget(500, null)).toBeNull();
  });

  it("takes whole minutes from 5 to 480, or empty for none", () => {
    expect(targetMinutesSchema.parse("")).toBeNull();
    expect(targetMinutesSchema.parse("45")).toBe(45);
    for (const bad of ["4", "481", "4.5", "abc", "1e9"]) expect(targetMinutesSchema.safeParse(bad).success, bad).toBe(false);
  });
});
