import { describe, expect, it } from "vitest";
import type { Components, GStudy } from "./g-study";
import { candidateDesign, compareComposites, compositeStandardError, differenceStandardError, semFromReliability, Z_95 } from "./measurement-error";

const C: Components = { candidate: 0.5, interviewer: 0.2, question: 0.1, candidateInterviewer: 0.05, candidateQuestion: 0.1, interviewerQuestion: 0.04, residual: 0.3 };
const design = (interviewers: string[], questions: string[]) =>
  candidateDesign(interviewers.flatMap((interviewerId) => questions.map((questionKey) => ({ interviewerId, questionKey }))));
const SIX = ["q1", "q2", "q3", "q4", "q5", "q6"];

describe("compositeStandardError", () => {
  it("adds each component over the number of its levels the candidate was seen on (worked by hand)", () => {
    // 2 interviewers × 6 questions: (0.2 + 0.05)/2 + (0.1 + 0.1)/6 + 0.04/12 + 0.3/12 = 0.125 + 0.0333 + 0.00333 + 0.025 = 0.18667.
    expect(compositeStandardError(C, design(["a", "b"], SIX)) ** 2).toBeCloseTo(0.125 + 0.2 / 6 + 0.04 / 12 + 0.3 / 12, 12);
  });
});

describe("differenceStandardError", () => {
  it("is √(SEM_a² + SEM_b²) when the candidates share no interviewer and no question", () => {
    const a = design(["a", "b"], ["q1", "q2", "q3"]);
    const b = design(["c", "d"], ["q4", "q5", "q6"]);
    expect(differenceStandardError(C, a, b)).toBeCloseTo(Math.hypot(compositeStandardError(C, a), compositeStandardError(C, b)), 12);
  });

  it("drops the interviewer, question and cell effects entirely when both met the same panel on the same questions", () => {
    const a = design(["a", "b"], SIX);
    const b = design(["a", "b"], SIX);
    // Left: 2·((0.05)/2 + 0.1/6 + 0.3/12).
    expect(differenceStandardError(C, a, b) ** 2).toBeCloseTo(2 * (0.05 / 2 + 0.1 / 6 + 0.3 / 12), 12);
  });

  it("shrinks as the panels overlap more", () => {
    const a = design(["a", "b", "c"], SIX);
    const none = differenceStandardError(C, a, design(["d", "e", "f"], SIX));
    const one = differenceStandardError(C, a, design(["a", "e", "f"], SIX));
    const all = differenceStandardError(C, a, design(["a", "b", "c"], SIX));
    expect(one).toBeLessThan(none);
    expect(all).toBeLessThan(one);
  });
});

describe("semFromReliability", () => {
  it("is SD·√(1 − r): the textbook IQ example, SD 15 and reliability .91 → 4.5", () => {
    expect(semFromReliability(15, 0.91)).toBeCloseTo(4.5, 12);
    expect(() => semFromReliability(1, 1.2)).toThrow(RangeError);
  });
});

describe("compareComposites", () => {
  const enough: GStudy = {
    kind: "g-study",
    estimated: C,
    components: C,
    shares: C,
    design: {} as never,
    relative: 0.8,
    absolute: 0.7,
    sample: { sufficient: true, candidates: 40, needed: 0 },
  };
  const a = { composite: 3.4, design: design(["a", "b"], SIX) };

  it("calls two composites distinguishable only beyond 1.96 standard errors of the difference", () => {
    const se = differenceStandardError(C, a.design, design(["c", "d"], SIX));
    const near = compareComposites(enough, a, { composite: 3.4 - 0.99 * Z_95 * se, design: design(["c", "d"], SIX) });
    const far = compareComposites(enough, a, { composite: 3.4 - 1.01 * Z_95 * se, design: design(["c", "d"], SIX) });
    expect(near).toMatchObject({ kind: "compared", distinguishable: false });
    expect(far).toMatchObject({ kind: "compared", distinguishable: true });
  });

  it("gives no verdict on a G study below its minimum sample, and passes on how many more are needed", () => {
    const thin: GStudy = { ...enough, sample: { sufficient: false, candidates: 8, needed: 12, reason: "8 candidates rated; a verdict needs 20" } } as GStudy;
    expect(compareComposites(thin, a, a)).toEqual({ kind: "too-few", reason: "8 candidates rated; a verdict needs 20", candidates: 8, needed: 12 });
    expect(compareComposites({ kind: "insufficient", reason: "no", candidates: 1, needed: 19 }, a, a)).toMatchObject({ kind: "too-few", needed: 19 });
  });
});
