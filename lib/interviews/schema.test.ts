import { describe, expect, it } from "vitest";
import { MARKDOWN_LIMITS } from "../markdown/limits";
import { customQuestionSchema } from "./schema";

const errorsOf = (prompt: string) => {
  const parsed = customQuestionSchema.safeParse({ title: "A custom question", prompt });
  return parsed.success ? null : parsed.error.flatten().fieldErrors.prompt;
};

describe("a custom question's details", () => {
  it("refuses nested list markers that would stall the live scoring page, saying what and the limit", () => {
    expect(errorsOf(`${"- ".repeat(4994)}x`)).toEqual(["Details: lists and block quotes nested 4,994 levels deep (line 1); at most 16."]);
  });

  it("takes Markdown at each limit and refuses one past it", () => {
    expect(errorsOf(`${"- ".repeat(MARKDOWN_LIMITS.nesting)}x`)).toBeNull();
    expect(errorsOf(`${"- ".repeat(MARKDOWN_LIMITS.nesting + 1)}x`)).toEqual(["Details: lists and block quotes nested 17 levels deep (line 1); at most 16."]);
    expect(errorsOf(`${"a]".repeat(MARKDOWN_LIMITS.brackets)}`)).toBeNull();
    expect(errorsOf(`Intro\n\n${"a]".repeat(MARKDOWN_LIMITS.brackets + 1)}`)?.[0]).toBe(
      'Details: 151 closing brackets "]" in one paragraph (from line 3); at most 150 per paragraph, so separate paragraphs with a blank line.',
    );
  });

  it("keeps the length limit's own message, said once", () => {
    expect(errorsOf("a".repeat(10_001))).toEqual(["Use at most 10,000 characters."]);
    expect(errorsOf("a".repeat(10_000))).toBeNull();
  });
});
