import { describe, expect, it } from "vitest";
import { mergeQuestionScore, mergeSummaryDraft, OTHER_TAB_MARKER } from "./merge";
import type { QuestionScore } from "./schema";

const base: QuestionScore = { rating: 2, notes: "Talked about queues", keyPointsCovered: [0, 1], redFlagsRaised: [], elapsedSeconds: 60 };

describe("mergeQuestionScore", () => {
  it("takes each field from the side that changed it", () => {
    const mine = { ...base, notes: "Talked about queues and retries" };
    const theirs = { ...base, rating: 3 };
    expect(mergeQuestionScore(base, mine, theirs)).toEqual({ value: { ...base, rating: 3, notes: "Talked about queues and retries" }, conflicts: [], merged: [] });
  });

  it("keeps ticks and unticks from both sides", () => {
    const mine = { ...base, keyPointsCovered: [1, 3] };
    const theirs = { ...base, keyPointsCovered: [0, 1, 2], redFlagsRaised: [1] };
    expect(mergeQuestionScore(base, mine, theirs).value).toMatchObject({ keyPointsCovered: [1, 2, 3], redFlagsRaised: [1] });
  });

  it("keeps both versions when both sides rewrote the same notes line, and says so", () => {
    const result = mergeQuestionScore(base, { ...base, notes: "Mine" }, { ...base, notes: "Theirs" });
    expect(result.value.notes).toBe(`Theirs\n${OTHER_TAB_MARKER}\nMine`);
    expect(result).toMatchObject({ conflicts: ["notes"], merged: ["notes"] });
  });

  it("adds each side's new lines once, and reports the notes as merged, not conflicting", () => {
    const result = mergeQuestionScore(base, { ...base, notes: `${base.notes}\nmine` }, { ...base, notes: `${base.notes}\ntheirs` });
    expect(result).toMatchObject({ value: { notes: `${base.notes}\ntheirs\nmine` }, conflicts: [], merged: ["notes"] });
  });

  it("does not call it a conflict when one side only added to the other's notes", () => {
    const result = mergeQuestionScore(base, { ...base, notes: "Talked about queues, DLQs" }, { ...base, notes: "Talked about queues, DLQs and more" });
    expect(result).toMatchObject({ value: { notes: "Talked about queues, DLQs and more" }, conflicts: [] });
  });

  it("keeps this tab's rating when both changed it, and reports the conflict", () => {
    expect(mergeQuestionScore(base, { ...base, rating: 4 }, { ...base, rating: 1 })).toMatchObject({ value: { rating: 4 }, conflicts: ["rating"] });
  });

  it("is not a conflict when both made the same change", () => {
    expect(mergeQuestionScore(base, { ...base, rating: 4 }, { ...base, rating: 4 }).conflicts).toEqual([]);
  });
});

describe("mergeSummaryDraft", () => {
  it("merges the summary and recommendation like a score", () => {
    const draft = { summary: "", recommendation: null };
    expect(mergeSummaryDraft(draft, { summary: "Strong", recommendation: null }, { summary: "", recommendation: "YES" })).toEqual({
      value: { summary: "Strong", recommendation: "YES" },
      conflicts: [],
      merged: [],
    });
  });
});
