// A custom question's rubric is held to the bank's rules by the bank's own parser: the test checks
// the messages a person sees under each field, and what is stored when the rubric is sound.
import { describe, expect, it } from "vitest";
import { customRubric } from "./custom-question";
import { customQuestionSchema } from "./schema";

const rubricOf = (fields: Record<string, string>) => customRubric(customQuestionSchema.parse({ title: "Tell me about an outage.", ...fields }));

describe("a custom question's rubric", () => {
  it("needs an answer and at least one key point, as a bank question does", () => {
    expect(rubricOf({}).errors).toMatchObject({ answer: [expect.stringMatching(/Answer section .* is empty/)] });
    expect(rubricOf({ answer: "Restore service first, then find the cause." }).errors).toEqual({ keyPoints: ['Key points is empty: add a bullet list ("- …")'] });
  });

  it("takes four anchors or none, naming each empty one", () => {
    expect(rubricOf({ answer: "A", keyPoints: "one", scoring2: "partial" }).errors).toEqual({
      scoring1: ["Write all four anchors, or leave all four empty."],
      scoring3: ["Write all four anchors, or leave all four empty."],
      scoring4: ["Write all four anchors, or leave all four empty."],
    });
  });

  it("turns lines into list items and keeps Markdown lists as they are", () => {
    expect(
      rubricOf({
        answer: "Restore service, then **find** the cause.",
        keyPoints: "rollback first\r\ncommunicate status\n\n",
        redFlags: "- blames others\n- no timeline",
        followUps: "What would you automate?",
        scoring1: "No structure",
        scoring2: "Fixes without telling anyone",
        scoring3: "Restores and explains",
        scoring4: "Restores, explains, prevents a repeat",
      }),
    ).toEqual({
      rubric: {
        answer: "Restore service, then **find** the cause.",
        keyPoints: ["rollback first", "communicate status"],
        redFlags: ["blames others", "no timeline"],
        followUps: ["What would you automate?"],
        scoring: ["No structure", "Fixes without telling anyone", "Restores and explains", "Restores, explains, prevents a repeat"],
      },
    });
  });

  it("refuses Markdown past the rendering limits at the form, naming the field", () => {
    const nested = Array.from({ length: 40 }, (_, depth) => `${"  ".repeat(depth)}- level ${depth}`).join("\n");
    const parsed = customQuestionSchema.safeParse({ title: "Lists", keyPoints: nested });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.flatten().fieldErrors.keyPoints![0]).toMatch(/^Key points: lists and block quotes nested \d+ levels deep .*at most 16\.$/);
  });
});
