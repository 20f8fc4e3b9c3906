import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { END_MARKER, mergeText, OTHER_TAB_MARKER } from "./merge-text";

const lines = (...items: string[]) => items.join("\n");

describe("mergeText", () => {
  it("keeps both tabs' lines added at the end once each, the server's first", () => {
    const base = lines("Asked about queues", "Mentioned DLQs");
    const mine = lines(base, "Mine: retries with backoff");
    const theirs = lines(base, "Theirs: idempotency keys");
    expect(mergeText(base, mine, theirs)).toEqual({ text: lines(base, "Theirs: idempotency keys", "Mine: retries with backoff"), conflict: false });
  });

  it("does not repeat the original when both appended (the bug this replaces stored it twice)", () => {
    const base = "Original paragraph";
    const merged = mergeText(base, `${base}\nA`, `${base}\nB`).text;
    expect(merged.split("Original paragraph")).toHaveLength(2);
    expect(merged).not.toContain(OTHER_TAB_MARKER);
  });

  it("takes edits of different lines from each side", () => {
    const base = lines("one", "two", "three", "four");
    const mine = lines("one", "TWO (mine)", "three", "four");
    const theirs = lines("one", "two", "three", "FOUR (theirs)", "five");
    expect(mergeText(base, mine, theirs)).toEqual({ text: lines("one", "TWO (mine)", "three", "FOUR (theirs)", "five"), conflict: false });
  });

  it("merges an edit of a line with a line the other side added right after it", () => {
    const base = lines("first", "last");
    expect(mergeText(base, lines("first", "last, typed on"), lines("first", "last", "a new line")).text).toBe(lines("first", "last, typed on", "a new line"));
  });

  it("keeps both versions of a line both sides changed, between markers, and says so", () => {
    const base = lines("Rated the design", "Talked about caching", "Closing");
    const result = mergeText(base, lines("Rated the design", "Talked about caching: LRU", "Closing"), lines("Rated the design", "Talked about caching: TTLs", "Closing"));
    expect(result.conflict).toBe(true);
    expect(result.text).toBe(lines("Rated the design", "Talked about caching: TTLs", OTHER_TAB_MARKER, "Talked about caching: LRU", END_MARKER, "Closing"));
  });

  it("needs no end marker when the conflict is at the end", () => {
    expect(mergeText("a", "a mine", "a theirs")).toEqual({ text: lines("a theirs", OTHER_TAB_MARKER, "a mine"), conflict: true });
  });

  it("is not a conflict when both made the same change, or one typed further on the same line", () => {
    expect(mergeText("x", "x y", "x y")).toEqual({ text: "x y", conflict: false });
    expect(mergeText("Talked about queues", "Talked about queues, DLQs", "Talked about queues, DLQs and more")).toEqual({
      text: "Talked about queues, DLQs and more",
      conflict: false,
    });
  });

  it("does not resurrect a line one side deleted when the other only appended", () => {
    expect(mergeText(lines("keep", "drop"), "keep", lines("keep", "drop", "added")).text).toBe(lines("keep", "added"));
  });

  it("merges CRLF text and writes CRLF back", () => {
    const base = "a\r\nb\r\nc";
    expect(mergeText(base, "a\r\nB\r\nc", "a\r\nb\r\nc\r\nd")).toEqual({ text: "a\r\nB\r\nc\r\nd", conflict: false });
    // A line is the same line whichever ending it has.
    expect(mergeText("a\nb", "a\r\nb\r\nmine", "a\nb\ntheirs").text).toBe("a\r\nb\r\ntheirs\r\nmine");
  });

  it("keeps Unicode (emoji, combining marks, right-to-left) intact", () => {
    const base = lines("👩🏽‍💻 e\u0301", "שלום");
    expect(mergeText(base, lines(base, "🇺🇦 mine"), lines("👩🏽‍💻 e\u0301", "שלום!")).text).toBe(lines("👩🏽‍💻 e\u0301", "שלום!", "🇺🇦 mine"));
  });

  it("from an empty base, keeps both texts once, without a conflict", () => {
    expect(mergeText("", "From the first tab", "From the second tab")).toEqual({ text: lines("From the second tab", "From the first tab"), conflict: false });
    expect(mergeText("", "", "Theirs")).toEqual({ text: "Theirs", conflict: false });
    expect(mergeText("", "Mine", "")).toEqual({ text: "Mine", conflict: false });
  });

  it("three writers appending in turn end with every line once", () => {
    const base = "Base";
    const a = lines(base, "A");
    const b = mergeText(base, lines(base, "B"), a).text;
    const c = mergeText(base, lines(base, "C"), b).text;
    expect(c).toBe(lines(base, "A", "B", "C"));
  });

  it("a text too large and scattered to diff line by line still loses nothing: both versions are kept", () => {
    const base = Array.from({ length: 2000 }, () => "same line").join("\n");
    const mine = base
      .split("\n")
      .map((line, i) => (i % 3 === 0 ? `mine ${i}` : line))
      .join("\n");
    const theirs = base
      .split("\n")
      .map((line, i) => (i % 5 === 0 ? `theirs ${i}` : line))
      .join("\n");
    const { text, conflict } = mergeText(base, mine, theirs);
    expect(conflict).toBe(true);
    const out = text.split("\n");
    for (const line of [...mine.split("\n"), ...theirs.split("\n")].filter((item) => item !== "same line")) expect(out.filter((item) => item === line)).toHaveLength(1);
    // Appending to a text that large is still an ordinary merge (common lines are set aside first).
    expect(mergeText(base, `${base}\nmine`, `${base}\ntheirs`)).toEqual({ text: `${base}\ntheirs\nmine`, conflict: false });
  });

  it("property: appended lines from both sides each appear exactly once, and the base once", () => {
    const line = fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }).filter((s) => !/[\r\n]/.test(s));
    fc.assert(
      fc.property(fc.uniqueArray(line, { minLength: 3, maxLength: 12 }), fc.nat(), fc.nat(), (all, i, j) => {
        const baseLines = all.slice(0, Math.max(1, all.length - 2));
        const mineLine = all[all.length - 2]!;
        const theirsLine = all[all.length - 1]!;
        const base = baseLines.join("\n");
        const mine = [...baseLines.slice(0, i % (baseLines.length + 1)), mineLine, ...baseLines.slice(i % (baseLines.length + 1))].join("\n");
        const theirs = [...baseLines.slice(0, j % (baseLines.length + 1)), theirsLine, ...baseLines.slice(j % (baseLines.length + 1))].join("\n");
        const { text, conflict } = mergeText(base, mine, theirs);
        const out = text.split("\n");
        expect(conflict).toBe(false);
        for (const item of [...baseLines, mineLine, theirsLine]) expect(out.filter((l) => l === item)).toHaveLength(1);
      }),
    );
  });
});
