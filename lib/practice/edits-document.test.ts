import { describe, expect, it } from "vitest";
import { practiceGradesDocument } from "./edits-document";

describe("practiceGradesDocument", () => {
  it("lists each unsaved grade with its question, label, time, ticks and answer", () => {
    const { filename, text } = practiceGradesDocument(
      [
        {
          id: "a",
          questionId: "lambda-cold-start",
          title: "What is a cold start?",
          grade: 3,
          answer: "Init `phase`",
          keyPointsTicked: [0, 1],
          reviewedAt: "2026-01-02T03:04:05.000Z",
        },
        { id: "b", questionId: "no-title", grade: 1, reviewedAt: "2026-01-02T03:05:00.000Z" },
      ],
      "http://127.0.0.2:3000",
      new Date("2026-01-02T04:00:00Z"),
    );
    expect(filename).toBe("practice-grades.md");
    expect(text).toContain("Kept by the browser at http://127.0.0.2:3000 on 2026-01-02T04:00:00.000Z: 2 grades.");
    expect(text).toContain(
      "## 1. What is a cold start?\n\nGrade: 3 · Good  \nGraded at: 2026-01-02T03:04:05.000Z  \nKey points ticked: 1, 2\n\nYour answer:\n\n```text\nInit `phase`\n```",
    );
    expect(text).toContain("## 2. no-title\n\nGrade: 1 · Again");
  });
});
