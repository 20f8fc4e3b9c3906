import fc from "fast-check";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { describe, expect, it } from "vitest";
import { adjustScorecard, historyBefore, leniencyOf, leniencyPool, MIN_EARLIER_SCORECARDS, type ScorecardRecord } from "./leniency";

const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n));
let serial = 0;
function card(interviewerId: string, candidateId: string, at: number, ratings: (number | null)[]): ScorecardRecord {
  serial += 1;
  return { scorecardId: `s${serial}`, interviewerId, candidateId, submittedAt: day(at), ratings };
}

// Five interviewers, three earlier scorecards each (one per candidate), scorecard means chosen to work by hand:
//   I1: 3, 3, 3   I2: 2, 3, 4   I3: 2, 2, 2   I4: 3, 4, 4   I5: 1, 2, 3
const HISTORY: ScorecardRecord[] = [
  ...[3, 3, 3].map((m, i) => card("I1", `c1${i}`, i, [m, m])),
  ...[2, 3, 4].map((m, i) => card("I2", `c2${i}`, i, [m])),
  ...[2, 2, 2].map((m, i) => card("I3", `c3${i}`, i, [m, m, m])),
  // A scorecard mean of 3 from ratings 2 and 4; 4 from 4, 4 and an unrated question.
  card("I4", "c40", 0, [2, 4]),
  card("I4", "c41", 1, [4, 4, null]),
  card("I4", "c42", 2, [4]),
  ...[1, 2, 3].map((m, i) => card("I5", `c5${i}`, i, [m])),
];

describe("leniencyPool and leniencyOf, worked by hand", () => {
  // Grand mean 41/15. Interviewer means 3, 3, 2, 11/3, 2.
  // SS_within = 0 + 2 + 0 + 2/3 + 2 = 14/3 on 10 df → σ²_w = 7/15.
  // SS_between = 3 · (16 + 16 + 121 + 196 + 121)/225 = 1410/225 on 4 df → MSB = 47/30.
  // n0 = 3 (balanced) → τ² = (47/30 − 14/30)/3 = 11/30.
  // w (m = 3) = (11/30) / (11/30 + (7/15)/3) = 33/47; I4's raw difference 11/3 − 41/15 = 14/15;
  // b = 33/47 · 14/15 = 154/235 ≈ 0.655; standard error √(33/47 · 7/45) ≈ 0.331.
  const histories = historyBefore({ candidateId: "new", submittedAt: day(10) }, HISTORY);

  it("estimates the pool from the one-way ANOVA of scorecard means", () => {
    const pool = leniencyPool(histories);
    if ("code" in pool) throw new Error(pool.code);
    expect(pool).toMatchObject({ interviewers: 5, scorecards: 15, withinDf: 10 });
    expect(pool.grandMean).toBeCloseTo(41 / 15, 12);
    expect(pool.withinVariance).toBeCloseTo(7 / 15, 12);
    expect(pool.betweenVariance).toBeCloseTo(11 / 30, 12);
  });

  it("shrinks an interviewer's raw difference by w = τ²/(τ² + σ²_w/m)", () => {
    const leniency = leniencyOf("I4", histories);
    if (leniency.kind !== "estimated") throw new Error("expected an estimate");
    expect(leniency.weight).toBeCloseTo(33 / 47, 12);
    expect(leniency.value).toBeCloseTo(154 / 235, 12);
    expect(leniency.standardError).toBeCloseTo(Math.sqrt((33 / 47) * (7 / 45)), 12);
    expect(leniency).toMatchObject({ scorecards: 3, identicalHistory: false });
  });

  it("adjusts each rating by the same amount, keeps raw beside it and leaves unrated questions empty", () => {
    const target = card("I4", "new", 10, [4, 3, null, 1]);
    const result = adjustScorecard(target, [...HISTORY, target]);
    expect(result.scorecardId).toBe(target.scorecardId);
    expect(result.ratings.map((r) => r?.raw ?? null)).toEqual([4, 3, null, 1]);
    expect(result.ratings[0]?.adjusted).toBeCloseTo(4 - 154 / 235, 12);
    expect(result.ratings[1]?.adjusted).toBeCloseTo(3 - 154 / 235, 12);
    expect(result.ratings[2]).toBeNull();
    // 1 − 0.655 is below the scale: shown as it is, flagged, never clamped to 1.
    expect(result.ratings[3]).toMatchObject({ raw: 1, outside: "below" });
    expect(result.ratings[3]?.adjusted).toBeCloseTo(1 - 154 / 235, 12);
  });

  it("flags a harsh interviewer's top mark as above the scale rather than clamping it", () => {
    // I3 (always 2s) has b = 33/47 · (2 − 41/15) = −0.515: their 4 is worth about 4.5.
    const target = card("I3", "new", 10, [4]);
    const [rating] = adjustScorecard(target, HISTORY).ratings;
    expect(rating?.outside).toBe("above");
    expect(rating?.adjusted).toBeCloseTo(4 - (33 / 47) * (2 - 41 / 15), 12);
  });

  it("adjusts an interviewer whose ratings were all the same, using the pooled spread (issue 13: '8 identical ratings')", () => {
    const leniency = leniencyOf("I1", histories);
    expect(leniency).toMatchObject({ kind: "estimated", identicalHistory: true, scorecards: 3 });
  });
});

describe("what the history may contain", () => {
  const target = card("I4", "new", 10, [4]);

  it("ignores scorecards submitted at or after the one being adjusted, so old comparisons never move", () => {
    const before = adjustScorecard(target, HISTORY);
    const later = [card("I4", "x", 10, [1, 1]), card("I4", "y", 11, [1]), card("I2", "z", 30, [4]), card("I9", "w", 12, [2])];
    expect(adjustScorecard(target, [...HISTORY, ...later])).toEqual(before);
  });

  it("ignores every scorecard about the same candidate, from any interview", () => {
    const before = adjustScorecard(target, HISTORY);
    const sameCandidate = [card("I4", "new", 1, [1, 1, 1]), card("I1", "new", 2, [4])];
    expect(adjustScorecard(target, [...HISTORY, ...sameCandidate])).toEqual(before);
  });

  it(`needs ${MIN_EARLIER_SCORECARDS} earlier scorecards from the interviewer and says how many there were`, () => {
    const newcomer = card("I6", "new", 10, [3]);
    const history = [...HISTORY, card("I6", "a", 1, [4]), card("I6", "b", 2, [4])];
    expect(adjustScorecard(newcomer, history)).toMatchObject({
      leniency: { kind: "not-adjusted", reason: { code: "too-short-history", scorecards: 2, needed: MIN_EARLIER_SCORECARDS } },
      ratings: [{ raw: 3, adjusted: null, outside: null }],
    });
  });

  it("needs a pool of interviewers to know what 'lenient' means", () => {
    const fourInterviewers = HISTORY.filter((record) => record.interviewerId !== "I5");
    expect(adjustScorecard(target, fourInterviewers).leniency).toEqual({ kind: "not-adjusted", reason: { code: "pool-too-small", interviewers: 4, withinDf: 8 } });
  });

  it("names a pool in which every scorecard had the same mean", () => {
    const flat = ["A", "B", "C", "D", "E"].flatMap((id) => [0, 1, 2].map((i) => card(id, `${id}${i}`, i, [3, 3])));
    expect(adjustScorecard(card("A", "new", 10, [3]), flat).leniency).toEqual({ kind: "not-adjusted", reason: { code: "no-spread", interviewers: 5 } });
  });
});

const recordArb = fc.record({
  interviewerId: fc.constantFrom("i0", "i1", "i2", "i3", "i4", "i5", "i6"),
  candidateId: fc.constantFrom("c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7"),
  at: fc.integer({ min: 0, max: 60 }),
  ratings: fc.array(fc.option(fc.integer({ min: 1, max: 4 }), { freq: 6 }), { minLength: 1, maxLength: 6 }),
});

describe("leniency properties", () => {
  it("a candidate's adjusted values are the same whoever else is compared and whoever is interviewed later", () => {
    fc.assert(
      fc.property(fc.array(recordArb, { minLength: 20, maxLength: 80 }), fc.array(recordArb, { maxLength: 20 }), (raw, extra) => {
        const records = raw.map((r, i) => ({ scorecardId: `r${i}`, interviewerId: r.interviewerId, candidateId: r.candidateId, submittedAt: day(r.at), ratings: r.ratings }));
        const x = "c0";
        const compare = (group: string[], record: readonly ScorecardRecord[]) =>
          new Map(group.map((id) => [id, records.filter((r) => r.candidateId === id).map((r) => adjustScorecard(r, record))]));
        const alone = compare([x], records).get(x);
        // Compared with others, in another order.
        expect(compare(["c3", x, "c1"], records).get(x)).toEqual(alone);
        expect(
          compare(["c7", "c2", x], [...records].reverse())
            .get(x)
            ?.map(roundAll),
        ).toEqual(alone?.map(roundAll));
        // Later interviews of anyone, and more interviews of the same candidate, change nothing already shown.
        const last = Math.max(...records.filter((r) => r.candidateId === x).map((r) => r.submittedAt.getTime()), 0);
        const later = extra.map((r, i) => ({
          scorecardId: `e${i}`,
          interviewerId: r.interviewerId,
          candidateId: r.candidateId,
          submittedAt: new Date(last + 1 + r.at * 1000),
          ratings: r.ratings,
        }));
        expect(compare([x], [...records, ...later]).get(x)).toEqual(alone);
      }),
      { numRuns: 60 },
    );
  });

  it("shifts every rating on a scorecard by the same amount, never further than the raw difference from the pool", () => {
    fc.assert(
      fc.property(fc.array(recordArb, { minLength: 30, maxLength: 80 }), (raw) => {
        const records = raw.map((r, i) => ({ scorecardId: `r${i}`, interviewerId: r.interviewerId, candidateId: r.candidateId, submittedAt: day(r.at), ratings: r.ratings }));
        for (const target of records) {
          const histories = historyBefore(target, records);
          const leniency = leniencyOf(target.interviewerId, histories);
          if (leniency.kind !== "estimated") continue;
          const own = histories.get(target.interviewerId)!;
          expect(Math.abs(leniency.value)).toBeLessThanOrEqual(Math.abs(own.sum / own.scorecards - leniency.pool.grandMean) + 1e-12);
          expect(leniency.weight).toBeGreaterThanOrEqual(0);
          expect(leniency.weight).toBeLessThanOrEqual(1);
          for (const rating of adjustScorecard(target, records).ratings) {
            if (rating) expect(rating.raw - (rating.adjusted ?? Number.NaN)).toBeCloseTo(leniency.value, 12);
          }
        }
      }),
      { numRuns: 30 },
    );
  });
});

function roundAll(card: ReturnType<typeof adjustScorecard>) {
  return card.ratings.map((rating) => (rating?.adjusted === null || rating === null ? rating : Math.round(rating.adjusted * 1e9) / 1e9));
}

describe("does the adjustment help? (simulation, seeded)", () => {
  it("brings composites closer to the candidates' true level than the raw ratings when interviewers differ in leniency", () => {
    // 10 interviewers with leniency −0.6..+0.6, 200 candidates of level 1.5..3.5, each seen by 2 random interviewers on
    // 5 questions, ratings = round(level + leniency + noise) kept in 1..4. Error is measured on the last 100 candidates.
    const rng = xoroshiro128plus(42);
    const uniform = () => uniformInt(rng, 0, 1_000_000) / 1_000_000;
    const normal = () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
    const leniencies = Array.from({ length: 10 }, (_, i) => -0.6 + (1.2 * i) / 9);
    const records: ScorecardRecord[] = [];
    const truth = new Map<string, number>();
    for (let c = 0; c < 200; c++) {
      const level = 1.5 + 2 * uniform();
      truth.set(`c${c}`, level);
      const first = uniformInt(rng, 0, 9);
      const second = (first + 1 + uniformInt(rng, 0, 8)) % 10;
      for (const [slot, interviewer] of [first, second].entries()) {
        const ratings = Array.from({ length: 5 }, () => Math.min(4, Math.max(1, Math.round(level + leniencies[interviewer]! + 0.5 * normal()))));
        records.push({ scorecardId: `c${c}-${slot}`, interviewerId: `i${interviewer}`, candidateId: `c${c}`, submittedAt: day(c), ratings });
      }
    }
    let rawError = 0;
    let adjustedError = 0;
    for (let c = 100; c < 200; c++) {
      const cards = records.filter((r) => r.candidateId === `c${c}`).map((r) => adjustScorecard(r, records));
      const ratings = cards.flatMap((card) => card.ratings).filter((r) => r !== null);
      const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
      rawError += (mean(ratings.map((r) => r.raw)) - truth.get(`c${c}`)!) ** 2;
      adjustedError += (mean(ratings.map((r) => r.adjusted!)) - truth.get(`c${c}`)!) ** 2;
    }
    // Measured: root mean square error 0.30 raw → 0.18 adjusted with this seed.
    expect(Math.sqrt(adjustedError / 100)).toBeLessThan(0.8 * Math.sqrt(rawError / 100));
  });
});
