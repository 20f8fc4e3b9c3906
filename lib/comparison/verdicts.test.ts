import { describe, expect, it } from "vitest";
import { iccOneWayWithInterval, projectedOneWayInterval } from "./icc-intervals";
import { MIN_PANELS_FOR_RUBRIC_VERDICT, panelsToSettle, rubricVerdict, verdictAtMinimum } from "./verdicts";

/** g panels of three whose ratings give the one-way ICC pattern: targets spread out, raters within one point. */
const panels = (g: number, spread: readonly number[][]) => Array.from({ length: g }, (_, i) => spread[i % spread.length]!);

describe("rubricVerdict", () => {
  it("gives no verdict from 3 interviews (the issue: ICC(1,1) interval [.25, 1.00] yet 'needs work') and says how many more", () => {
    const verdict = rubricVerdict(
      iccOneWayWithInterval([
        [1, 2, 2],
        [3, 3, 4],
        [2, 2, 2],
      ]),
    );
    expect(verdict).toMatchObject({ kind: "too-few", n: 3, minimum: MIN_PANELS_FOR_RUBRIC_VERDICT });
    if (verdict.kind === "too-few") expect(verdict.needed).toBeGreaterThanOrEqual(MIN_PANELS_FOR_RUBRIC_VERDICT - 3);
  });

  it("says 'works' when the whole interval is above .5 and 'needs work' when it is all below", () => {
    const agreeing = iccOneWayWithInterval(
      panels(12, [
        [1, 1, 2],
        [4, 4, 4],
        [2, 2, 3],
        [3, 3, 3],
      ]),
    );
    const random = iccOneWayWithInterval(
      panels(40, [
        [1, 4, 2],
        [3, 1, 4],
        [2, 4, 1],
        [4, 2, 3],
      ]),
    );
    expect(rubricVerdict(agreeing)).toEqual({ kind: "verdict", verdict: "works", n: 12 });
    expect(rubricVerdict(random)).toEqual({ kind: "verdict", verdict: "needs-work", n: 40 });
  });

  it("is undecided when the interval straddles .5, with the interviews that would settle it", () => {
    const middling = iccOneWayWithInterval(
      panels(12, [
        [1, 2, 3],
        [3, 4, 4],
        [2, 2, 4],
        [4, 3, 2],
        [1, 1, 2],
      ]),
    );
    const verdict = rubricVerdict(middling);
    expect(verdict.kind).toBe("undecided");
    if (verdict.kind !== "undecided" || middling.kind !== "icc" || verdict.needed === null) throw new Error("expected a projection");
    // At the projected count the interval clears .5; one fewer it does not.
    const f = middling.anova.msb / middling.anova.msw;
    const at = projectedOneWayInterval(f, 3, 12 + verdict.needed);
    const before = projectedOneWayInterval(f, 3, 12 + verdict.needed - 1);
    expect(at.upper < 0.5 || at.lower >= 0.5).toBe(true);
    expect(before.upper < 0.5 || before.lower >= 0.5).toBe(false);
  });
});

describe("rubricVerdict without an ICC", () => {
  it("asks for more panels below the minimum, and does not pretend more will help when every rating is the same", () => {
    expect(rubricVerdict(iccOneWayWithInterval([[2, 3]]))).toEqual({ kind: "too-few", n: 1, minimum: MIN_PANELS_FOR_RUBRIC_VERDICT, needed: MIN_PANELS_FOR_RUBRIC_VERDICT - 1 });
    expect(rubricVerdict(iccOneWayWithInterval(panels(12, [[4, 4, 4]])))).toEqual({ kind: "undecided", n: 12, needed: null });
  });
});

describe("panelsToSettle", () => {
  it("is null when the estimate sits on the line", () => {
    // ICC(1,1) = .5 exactly with panels of 3: F = (1 + 2·.5)/.5 = 4.
    expect(panelsToSettle(4, 3, 10, 0.5)).toBeNull();
  });
});

describe("verdictAtMinimum", () => {
  it("returns n and how many more below the minimum", () => {
    expect(verdictAtMinimum(4, 10, () => "good")).toEqual({ kind: "too-few", n: 4, minimum: 10, needed: 6 });
    expect(verdictAtMinimum(10, 10, () => "good")).toEqual({ kind: "verdict", verdict: "good", n: 10 });
  });
});
