import { describe, expect, it } from "vitest";
import { candidateChunks, chunkLabel } from "./candidate-chunks";

describe("candidateChunks", () => {
  it("covers every candidate once, in order, in groups no larger than asked and at most one apart", () => {
    for (let n = 1; n <= 20; n++) {
      for (const size of [3, 4, 6]) {
        const chunks = candidateChunks(n, size);
        expect(chunks[0]!.start).toBe(0);
        expect(chunks.at(-1)!.end).toBe(n);
        for (let i = 1; i < chunks.length; i++) expect(chunks[i]!.start).toBe(chunks[i - 1]!.end);
        const sizes = chunks.map((chunk) => chunk.end - chunk.start);
        expect(Math.max(...sizes)).toBeLessThanOrEqual(size);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        expect(chunks).toHaveLength(Math.ceil(n / size));
      }
    }
  });
  it("splits 5 by 4 as 3 + 2 and 20 by 4 as five fours", () => {
    expect(candidateChunks(5, 4)).toEqual([
      { start: 0, end: 3 },
      { start: 3, end: 5 },
    ]);
    expect(candidateChunks(20, 4).map((c) => c.end - c.start)).toEqual([4, 4, 4, 4, 4]);
    expect(candidateChunks(0, 4)).toEqual([]);
  });
  it("labels a group only when there is more than one", () => {
    expect(chunkLabel({ start: 0, end: 3 }, 3)).toBe("");
    expect(chunkLabel({ start: 4, end: 8 }, 20)).toBe(", candidates 5–8 of 20");
  });
});
