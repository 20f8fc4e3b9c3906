// Shared by the parser's tests (lib/content/parse-question-set*.test.ts): a valid set to start from,
// and helpers that parse and check errors by line.
import { expect } from "vitest";
import { parseQuestionSet } from "../lib/content/parse-question-set";
import { parsedSetSchema, type ParsedSet } from "../lib/content/schema";

export const FILE = "content/questions/test-set.md";

export const lines = (...text: string[]) => text.join("\n");

export const VALID = lines(
  "---",
  "title: Test set",
  "---",
  "",
  "## What is a test?",
  "",
  "id: what-is-a-test",
  "difficulty: easy",
  "",
  "### Answer",
  "",
  "An answer.",
  "",
  "### Key points",
  "",
  "- A point",
  "",
);

export const SECOND_QUESTION = lines("## Why test?", "", "difficulty: medium", "", "### Answer", "", "Because.", "", "### Key points", "", "- Confidence", "");

export function parse(source: string | Uint8Array, file = FILE) {
  return parseQuestionSet(source, file);
}

/** 1-based line of the first line containing `needle` (or of its nth occurrence). */
export function lineOf(source: string, needle: string, occurrence = 1): number {
  let seen = 0;
  const index = source.split("\n").findIndex((line) => line.includes(needle) && ++seen === occurrence);
  if (index === -1) throw new Error(`test bug: ${JSON.stringify(needle)} is not in the source`);
  return index + 1;
}

/** Asserts the exact errors, each given as [line number or a text on that line, message]. */
export function expectProblems(source: string, expected: Array<[number | string, string]>) {
  const result = parse(source);
  expect(result.set).toBeNull();
  expect(result.errors.map(({ line, message }) => ({ line, message }))).toEqual(
    expected.map(([where, message]) => ({ line: typeof where === "number" ? where : lineOf(source, where), message })),
  );
  expect(result.errors.every((error) => error.file === FILE)).toBe(true);
}

export function parseValid(source: string, file = FILE): ParsedSet {
  const result = parse(source, file);
  expect(result.errors).toEqual([]);
  const set = result.set!;
  expect(parsedSetSchema.parse(set)).toEqual(set);
  return set;
}
