import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blindingKey, blindLetters, letter } from "./blind-letters";

const KEY = blindingKey("a test secret that is long enough");
const ids = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 2, maxLength: 20 });

describe("blindLetters", () => {
  it("gives each candidate one of A, B, C… exactly once", () => {
    fc.assert(
      fc.property(ids, (candidates) => {
        const letters = blindLetters(candidates, KEY);
        expect([...letters.keys()].sort()).toEqual([...candidates].sort());
        expect([...letters.values()].sort()).toEqual(candidates.map((_, i) => letter(i)).sort());
      }),
    );
  });

  it("is fixed per comparison: the same set in any order, or with a repeat, gets the same letters", () => {
    fc.assert(
      fc.property(ids, fc.nat(), (candidates, shift) => {
        const rotated = [...candidates.slice(shift % candidates.length), ...candidates.slice(0, shift % candidates.length)];
        expect(blindLetters([...rotated, rotated[0]!], KEY)).toEqual(blindLetters(candidates, KEY));
      }),
    );
  });

  it("follows neither alphabetical nor picking order: A is the alphabetically first of three about a third of the time", () => {
    // 3000 comparisons of three candidates; under 'reveals nothing' each candidate is A with probability 1/3.
    // A binomial count of 1000 has sd √(3000·(1/3)(2/3)) ≈ 25.8, so ±5 sd is [871, 1129].
    let alphabeticalFirst = 0;
    let pickedFirst = 0;
    for (let i = 0; i < 3000; i++) {
      const picked = [`cand-${i}-z`, `cand-${i}-x`, `cand-${i}-y`]; // the order they were picked in
      const letters = blindLetters(picked, KEY);
      if (letters.get([...picked].sort()[0]!) === "A") alphabeticalFirst++;
      if (letters.get(picked[0]!) === "A") pickedFirst++;
    }
    expect(alphabeticalFirst).toBeGreaterThan(871);
    expect(alphabeticalFirst).toBeLessThan(1129);
    expect(pickedFirst).toBeGreaterThan(871);
    expect(pickedFirst).toBeLessThan(1129);
  });

  it("depends on the key: without it the order cannot be recomputed", () => {
    const other = blindingKey("another secret, also long enough");
    let differ = 0;
    for (let i = 0; i < 50; i++) {
      const set = [`a${i}`, `b${i}`, `c${i}`, `d${i}`];
      if (JSON.stringify([...blindLetters(set, KEY)]) !== JSON.stringify([...blindLetters(set, other)])) differ++;
    }
    // Two keys agree on a 4-candidate order with probability 1/24; on all 50 sets essentially never.
    expect(differ).toBeGreaterThan(40);
  });

  it("shuffles afresh when the set changes, so adding a known candidate reveals nothing about the others", () => {
    let moved = 0;
    for (let i = 0; i < 50; i++) {
      const base = [`p${i}`, `q${i}`, `r${i}`];
      const before = blindLetters(base, KEY);
      const after = blindLetters([...base, `known${i}`], KEY);
      if (base.some((id) => before.get(id) !== after.get(id))) moved++;
    }
    expect(moved).toBeGreaterThan(30);
  });

  it("refuses a short key", () => {
    expect(() => blindLetters(["a", "b"], "short")).toThrow(RangeError);
    expect(() => blindingKey("short")).toThrow(RangeError);
  });
});

describe("letter", () => {
  it("counts like spreadsheet columns", () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(letter)).toEqual(["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
  });
});
