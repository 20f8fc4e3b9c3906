// The markdown-it and remark parsers on generated valid sets and their mutations (see parser-equivalence.test.ts for why they are compared).
import fc from "fast-check";
import { describe, it } from "vitest";
import { legacySetModel, mutate, mutation, render } from "./question-set-arbitraries";
import { expectSameAsRemark, SEED, SLOW } from "./parser-equivalence-compare";

describe("the markdown-it parser reads question sets as the remark parser did", () => {
  it("on generated valid sets and their mutations", SLOW, () => {
    fc.assert(
      fc.property(legacySetModel, fc.array(mutation, { maxLength: 6 }), (model, mutations) => {
        const { source } = render(model);
        expectSameAsRemark(source);
        expectSameAsRemark(mutate(source, mutations));
      }),
      { numRuns: 150, seed: SEED },
    );
  });
});
