// The markdown-it and remark parsers on sets laid out in every way the parser accepts (see parser-equivalence.test.ts for why they are compared).
import fc from "fast-check";
import { describe, it } from "vitest";
import { layout, legacyParsedSet, oddLayout } from "./question-set-arbitraries";
import { expectSameAsRemark, SEED, SLOW } from "./parser-equivalence-compare";

describe("the markdown-it parser reads question sets as the remark parser did", () => {
  it("on sets laid out in every way the parser accepts", SLOW, () => {
    fc.assert(
      fc.property(legacyParsedSet, layout, (set, choices) => {
        expectSameAsRemark(oddLayout(set, choices));
      }),
      { numRuns: 200, seed: SEED },
    );
  });
});
