import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { describe, expect, it } from "vitest";
import { decisionStudy, designFacts, gStudy, MIN_CANDIDATES_FOR_G_STUDY, putkaQ, type PlanRating } from "./g-study";
import { brennanSynthetic3 } from "./published-g-study-data";

describe("gStudy on Brennan (2001) Synthetic Data Set No. 3 (candidate × question × interviewer, fully crossed)", () => {
  const g = gStudy(brennanSynthetic3());

  it("gives Brennan's components and his D study (n'_i = 4, n'_o = 2): Eρ² = .64, Φ = .55", () => {
    if (g.kind !== "g-study") throw new Error(g.reason);
    expect(g.estimated.candidate).toBeCloseTo(0.5528, 4);
    expect(g.estimated.question).toBeCloseTo(0.4417, 4);
    expect(g.estimated.interviewer).toBeCloseTo(0.0074, 4);
    expect(g.estimated.candidateQuestion).toBeCloseTo(0.575, 4);
    expect(g.estimated.candidateInterviewer).toBeCloseTo(0.1009, 4);
    expect(g.estimated.interviewerQuestion).toBeCloseTo(0.1565, 4);
    expect(g.estimated.residual).toBeCloseTo(0.9352, 4);
    // Everyone saw the same two interviewers and four questions: q = 0, so the interviewer effect is no error in ranking.
    expect(g.design.q).toEqual({ interviewer: 0, question: 0, interviewerQuestion: 0 });
    expect(g.design.overlap).toEqual({ interviewer: 1, question: 1 });
    expect(Math.round(g.relative * 100) / 100).toBe(0.64);
    expect(Math.round(g.absolute * 100) / 100).toBe(0.55);
    const same = decisionStudy(g, { interviewers: 2, questions: 4 });
    expect(same.relative).toBeCloseTo(g.relative, 12);
    expect(same.absolute).toBeCloseTo(g.absolute, 12);
  });

  it("computes the figures but withholds a verdict below the minimum sample, saying how many more candidates", () => {
    if (g.kind !== "g-study") throw new Error(g.reason);
    expect(g.sample).toMatchObject({ sufficient: false, candidates: 10, needed: MIN_CANDIDATES_FOR_G_STUDY - 10 });
  });

  it("D study: more interviewers or questions never lower reliability", () => {
    if (g.kind !== "g-study") throw new Error(g.reason);
    for (let interviewers = 1; interviewers < 6; interviewers++) {
      for (let questions = 1; questions < 10; questions++) {
        const here = decisionStudy(g, { interviewers, questions });
        expect(decisionStudy(g, { interviewers: interviewers + 1, questions }).relative).toBeGreaterThanOrEqual(here.relative);
        expect(decisionStudy(g, { interviewers, questions: questions + 1 }).absolute).toBeGreaterThanOrEqual(here.absolute);
        expect(here.absolute).toBeLessThanOrEqual(here.relative + 1e-12);
      }
    }
  });
});

describe("putkaQ (Putka et al. 2008)", () => {
  const sets = (...groups: string[][]) => groups.map((g) => new Set(g));

  it("is 0 when every candidate has the same panel and 1/k when no two share anyone", () => {
    expect(putkaQ(sets(["a", "b"], ["a", "b"], ["a", "b"]))).toBeCloseTo(0, 12);
    expect(putkaQ(sets(["a", "b"], ["c", "d"], ["e", "f"]))).toBeCloseTo(1 / 2, 12);
  });

  it("matches the pairwise definition on an ill-structured design, worked by hand", () => {
    // Panels {a,b}, {b,c}, {a,b,c}: mean(1/m) = (1/2 + 1/2 + 1/3)/3 = 4/9.
    // Ordered pairs (p ≠ p'): {a,b}&{b,c} share 1 → 1/4 (twice); {a,b}&{a,b,c} share 2 → 2/6 (twice);
    // {b,c}&{a,b,c} share 2 → 2/6 (twice). Σ = 2(1/4 + 1/3 + 1/3) = 11/6, over P(P−1) = 6 → 11/36.
    // q = 4/9 − 11/36 = 5/36.
    expect(putkaQ(sets(["a", "b"], ["b", "c"], ["a", "b", "c"]))).toBeCloseTo(5 / 36, 12);
  });
});

describe("gStudy on an ill-structured design (simulation with known components, seeded)", () => {
  it("recovers the components and counts the interviewer effect as error when panels differ", () => {
    // 300 candidates, 12 interviewers, 6 questions; each candidate meets 2 or 3 interviewers drawn at random
    // (so panels overlap only partly) and is asked all 6 questions. True σ²: candidate .50, interviewer .20,
    // question .10, candidate×interviewer .05, candidate×question .10, interviewer×question 0, residual .30.
    const rng = xoroshiro128plus(7);
    const uniform = () => (uniformInt(rng, 0, 1_000_000) + 0.5) / 1_000_001;
    const normal = (sd: number) => sd * Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
    const interviewerEffect = Array.from({ length: 12 }, () => normal(Math.sqrt(0.2)));
    const questionEffect = Array.from({ length: 6 }, () => normal(Math.sqrt(0.1)));
    const ratings: PlanRating[] = [];
    for (let c = 0; c < 300; c++) {
      const level = normal(Math.sqrt(0.5));
      const panel = new Set<number>();
      const size = 2 + uniformInt(rng, 0, 1);
      while (panel.size < size) panel.add(uniformInt(rng, 0, 11));
      const byQuestion = Array.from({ length: 6 }, () => normal(Math.sqrt(0.1)));
      for (const r of panel) {
        const pair = normal(Math.sqrt(0.05));
        for (let q = 0; q < 6; q++) {
          const rating = level + interviewerEffect[r]! + questionEffect[q]! + pair + byQuestion[q]! + normal(Math.sqrt(0.3));
          ratings.push({ candidateId: `c${c}`, interviewerId: `r${r}`, questionKey: `q${q}`, rating });
        }
      }
    }
    const g = gStudy(ratings);
    if (g.kind !== "g-study") throw new Error(g.reason);
    expect(g.sample.sufficient).toBe(true);
    expect(g.estimated.candidate).toBeCloseTo(0.5, 1);
    expect(g.estimated.candidateQuestion).toBeCloseTo(0.1, 1);
    expect(g.estimated.residual).toBeCloseTo(0.3, 1);
    expect(Math.abs(g.estimated.interviewerQuestion)).toBeLessThan(0.05);
    // The interviewer variance is that of 12 drawn effects, not .20 exactly: compare with their sample variance.
    const mean = interviewerEffect.reduce((a, b) => a + b, 0) / 12;
    const drawn = interviewerEffect.reduce((sum, e) => sum + (e - mean) ** 2, 0) / 11;
    expect(Math.abs(g.estimated.interviewer - drawn)).toBeLessThan(0.1);
    // Panels of 2–3 out of 12 share few interviewers: q_r close to 1/k, far from 0.
    expect(g.design.q.interviewer).toBeGreaterThan(0.3);
    expect(g.design.overlap.interviewer).toBeLessThan(0.25);
    // Same data, but as if everyone had met the same panel: the interviewer effect would cancel in comparisons.
    const crossed = decisionStudy(g, { interviewers: 2.5, questions: 6, interviewerOverlap: 1 });
    const observed = decisionStudy(g, { interviewers: 2.5, questions: 6 });
    expect(crossed.relative).toBeGreaterThan(observed.relative);
  });
});

describe("designFacts", () => {
  it("counts per candidate with harmonic means", () => {
    const ratings: PlanRating[] = [
      { candidateId: "a", interviewerId: "r1", questionKey: "q1", rating: 3 },
      { candidateId: "a", interviewerId: "r2", questionKey: "q1", rating: 3 },
      { candidateId: "b", interviewerId: "r1", questionKey: "q1", rating: 2 },
      { candidateId: "b", interviewerId: "r1", questionKey: "q2", rating: 2 },
    ];
    const facts = designFacts(ratings);
    expect(facts).toMatchObject({ candidates: 2, interviewers: 2, questions: 2, ratings: 4 });
    expect(facts.interviewersPerCandidate).toBeCloseTo(4 / 3, 12); // harmonic mean of 2 and 1
    expect(facts.inverse.ratings).toBeCloseTo(1 / 2, 12);
  });
});
