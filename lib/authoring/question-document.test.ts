import { describe, expect, it } from "vitest";
import { makeQuestion } from "../../tests/factories";
import { formToQuestion, questionToForm } from "./question-document";
import type { QuestionForm } from "./schema";

const form = (overrides: Partial<QuestionForm> = {}): QuestionForm => ({
  ...questionToForm(makeQuestion({ id: "doc-q", prompt: "Some `context`.", keyPoints: ["One", "Two\n\n```sh\nls -la\n```"] }), null),
  ...overrides,
});

describe("a question form as a document", () => {
  it("reads back exactly the question it was made from", () => {
    const question = makeQuestion({ id: "doc-q", prompt: "Some `context`.", keyPoints: ["One", "Two\n\n```sh\nls -la\n```"], ownAudience: null });
    const result = formToQuestion(questionToForm(question, null), "doc-q", "both");
    expect(result.question).toEqual({ ...question, line: result.question!.line, keyLines: result.question!.keyLines });
  });

  it("carries reviewed, the practice twin and each follow-up's Listen for, as fields and as lines", () => {
    const question = makeQuestion({
      id: "doc-q",
      audience: "interview",
      ownAudience: "interview",
      reviewed: "2025-03",
      practiceTwin: "doc-q-practice",
      followUps: [
        { question: "Why?", listenFor: "Because.\nOn two lines." },
        { question: "How?\n\n- step one", listenFor: "the order." },
        { question: "When?", listenFor: null },
      ],
    });
    const form = questionToForm(question, "interview");
    expect(form).toMatchObject({ reviewed: "2025-03", practiceTwin: "doc-q-practice" });
    expect(form.followUps).toBe("- Why?\n  Listen for: Because.\n  On two lines.\n- How?\n\n  - step one\n\n  Listen for: the order.\n- When?");
    const result = formToQuestion(form, "doc-q", "both");
    expect(result.question).toMatchObject({ reviewed: "2025-03", practiceTwin: "doc-q-practice", followUps: question.followUps });
  });

  it("takes a Listen for line typed under a plain-line follow-up as that follow-up's", () => {
    const result = formToQuestion(form({ followUps: "Why?\nListen for: because.\n\nHow?\nlisten for: carefully." }), "doc-q", "both");
    expect(result.question?.followUps).toEqual([
      { question: "Why?", listenFor: "because." },
      { question: "How?", listenFor: "carefully." },
    ]);
  });

  it("puts errors in reviewed, the twin and follow-ups on those fields", () => {
    expect(formToQuestion(form({ reviewed: "2026-13" }), "doc-q", "both").errors).toEqual({
      reviewed: ['reviewed must be a month written YYYY-MM, e.g. "2026-12"; got "2026-13"'],
    });
    expect(formToQuestion(form({ practiceTwin: "doc-q" }), "doc-q", "both").errors?.practiceTwin?.[0]).toMatch(/cannot be its own practice twin/);
    expect(formToQuestion(form({ followUps: "- Why?\n  Listen for:" }), "doc-q", "both").errors).toEqual({
      followUps: ['"Listen for:" is empty: say what a good reply to the follow-up contains'],
    });
  });

  it("takes plain lines in a list field as one item each", () => {
    const result = formToQuestion(form({ redFlags: "Blames the network\n\nIgnores the logs" }), "doc-q", "both");
    expect(result.question?.redFlags).toEqual(["Blames the network", "Ignores the logs"]);
  });

  it("gives the set's audience unless the question sets its own", () => {
    expect(formToQuestion(form(), "doc-q", "practice").question?.audience).toBe("practice");
    expect(formToQuestion(form({ audience: "interview" }), "doc-q", "practice").question).toMatchObject({ audience: "interview", ownAudience: "interview" });
  });

  it("puts each parser error on the field it came from", () => {
    expect(formToQuestion(form({ answer: "  " }), "doc-q", "both").errors).toEqual({ answer: [expect.stringMatching(/Answer section .* is empty/)] });
    expect(formToQuestion(form({ keyPoints: "" }), "doc-q", "both").errors).toEqual({ keyPoints: [expect.stringMatching(/Key points .*empty/)] });
    expect(formToQuestion(form({ followUps: "1. numbered instead" }), "doc-q", "both").errors?.followUps?.[0]).toMatch(/bullet list/);
    expect(formToQuestion(form({ minutes: "500" }), "doc-q", "both").errors?.minutes?.[0]).toMatch(/minutes/);
    expect(formToQuestion(form({ tags: "a,,b" }), "doc-q", "both").errors?.tags?.[0]).toMatch(/tag/);
  });

  it("refuses a prompt that would start another question", () => {
    const result = formToQuestion(form({ prompt: "Context.\n\n## Sneaky second question" }), "doc-q", "both");
    expect(result.errors?.prompt?.[0]).toBeDefined();
  });

  it("asks for all four scoring anchors or none", () => {
    const result = formToQuestion(form({ scoring2: "", scoring4: "" }), "doc-q", "both");
    expect(result.errors).toEqual({
      scoring2: ["Write all four anchors, or leave all four empty."],
      scoring4: ["Write all four anchors, or leave all four empty."],
    });
    const none = formToQuestion(form({ scoring1: "", scoring2: "", scoring3: "", scoring4: "" }), "doc-q", "both");
    expect(none.question?.scoring).toEqual([]);
  });
});
