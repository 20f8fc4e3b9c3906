import { describe, expect, it } from "vitest";
import { BLANK_QUESTION_FORM, questionFormSchema, type QuestionForm } from "./schema";

const valid: QuestionForm = {
  ...BLANK_QUESTION_FORM,
  title: "What happens when a liveness probe fails?",
  reviewed: "2026-12",
  answer: "The kubelet restarts the container.",
  keyPoints: "Restart\nBackoff",
};

const fieldErrors = (change: Partial<QuestionForm>) => {
  const parsed = questionFormSchema.safeParse({ ...valid, ...change });
  return parsed.success ? {} : parsed.error.flatten().fieldErrors;
};

describe("the question form's Markdown fields", () => {
  it("takes a valid question", () => {
    expect(fieldErrors({})).toEqual({});
  });

  it.each([
    ["prompt", "Extra prompt detail"],
    ["answer", "Expected answer"],
    ["keyPoints", "Key points"],
    ["redFlags", "Red flags"],
    ["followUps", "Follow-ups"],
    ["scoring1", "Scoring anchor 1"],
    ["scoring4", "Scoring anchor 4"],
  ] as const)("refuses Markdown past the rendering limits in %s, naming the field", (field, name) => {
    expect(fieldErrors({ [field]: `${"> ".repeat(40)}x` })).toEqual({ [field]: [`${name}: lists and block quotes nested 40 levels deep (line 1); at most 16.`] });
  });

  it("refuses text longer than can be shown formatted, once", () => {
    expect(fieldErrors({ answer: "a".repeat(10_001) })).toEqual({ answer: ["At most 10,000 characters."] });
    expect(fieldErrors({ answer: "a".repeat(10_000) })).toEqual({});
  });
});
