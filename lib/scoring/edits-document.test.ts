import { describe, expect, it } from "vitest";
import { scoringEditsDocument } from "./edits-document";

describe("scoringEditsDocument", () => {
  const questions = [
    { key: "q:1", title: "What is an AMI?" },
    { key: "q:2", title: "Spot vs on-demand\n# not a heading" },
  ];
  const values = new Map<string, unknown>([
    ["q:1", { rating: 3, notes: "Knew ```fences``` and <script>x</script>", keyPointsCovered: [0, 2], redFlagsRaised: [], elapsedSeconds: 5 }],
    ["q:2", { rating: null, notes: "", keyPointsCovered: [], redFlagsRaised: [1], elapsedSeconds: 0 }],
    ["summary", { summary: "Hire", recommendation: "YES" }],
  ]);

  it("lists every question with its rating, ticks and notes, marking what the server has not confirmed", () => {
    const { filename, text } = scoringEditsDocument({
      title: "EC2 screen",
      candidateName: "Ana Ng",
      address: "http://127.0.0.2:3000",
      at: new Date("2026-01-02T03:04:05Z"),
      questions,
      values,
      unsaved: new Set(["q:1"]),
    });
    expect(filename).toBe("ec2-screen-scorecard-edits.md");
    expect(text).toContain("# Scorecard edits: EC2 screen");
    expect(text).toContain("Kept by the browser at http://127.0.0.2:3000 on 2026-01-02T03:04:05.000Z. 1 entry was not saved");
    expect(text).toContain("## 1. What is an AMI? (not saved)\n\nRating: 3 of 4  \nKey points ticked: 1, 3");
    // Notes come out verbatim inside a fence longer than any backtick run in them.
    expect(text).toContain("````text\nKnew ```fences``` and <script>x</script>\n````");
    // A title cannot start a heading of its own.
    expect(text).toContain("## 2. Spot vs on-demand # not a heading\n\nRating: not rated");
    expect(text).toContain("## Summary\n\nRecommendation: Yes\n\n```text\nHire\n```");
  });
});
