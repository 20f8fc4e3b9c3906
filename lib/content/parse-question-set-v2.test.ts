// The bank format's v2 parts (issue 15), at the limit and past it: `reviewed:`, `practice-twin:`,
// "Listen for:" lines under follow-ups, a set's introduction, and the rendering limits applied
// while parsing. The rules that need more than the file (competencies, future months, twins in
// other sets) are in bank-rules.test.ts.
import { describe, expect, it } from "vitest";
import { MARKDOWN_LIMITS } from "@/lib/markdown/limits";
import { parseQuestionSet } from "./parse-question-set";
import { type ParsedSet, parsedSetSchema } from "./schema";

const FILE = "content/questions/v2.md";
const lines = (...text: string[]) => text.join("\n");

/** A one-question file; `metadata` lines go under `difficulty: easy`, `followUps` is the section's body. */
function file({ intro = "", metadata = [] as string[], prompt = "", answer = "An answer.", keyPoints = "- A point", followUps = "" } = {}) {
  return lines(
    "---",
    "title: V2",
    "---",
    "",
    ...(intro === "" ? [] : [intro, ""]),
    "## What is new?",
    "",
    "id: v2-q",
    "difficulty: easy",
    ...metadata,
    "",
    ...(prompt === "" ? [] : [prompt, ""]),
    "### Answer",
    "",
    answer,
    "",
    "### Key points",
    "",
    keyPoints,
    "",
    ...(followUps === "" ? [] : ["### Follow-ups", "", followUps, ""]),
  );
}

function lineOf(source: string, needle: string): number {
  const index = source.split("\n").findIndex((line) => line.includes(needle));
  if (index === -1) throw new Error(`test bug: ${JSON.stringify(needle)} is not in the source`);
  return index + 1;
}

function parseValid(source: string): ParsedSet {
  const result = parseQuestionSet(source, FILE);
  expect(result.errors).toEqual([]);
  expect(parsedSetSchema.parse(result.set)).toEqual(result.set);
  return result.set!;
}

function errorsOf(source: string | Uint8Array) {
  const result = parseQuestionSet(source, FILE);
  expect(result.set).toBeNull();
  return result.errors.map(({ line, message }) => [line, message]);
}

describe("reviewed: the month of the last review", () => {
  it.each(["2026-12", "2000-01", "2099-12", "1999-06"])("reads %s, with the line it is on", (month) => {
    const source = file({ metadata: [`reviewed: ${month}`] });
    const question = parseValid(source).questions[0]!;
    expect(question.reviewed).toBe(month);
    expect(question.keyLines.reviewed).toBe(lineOf(source, "reviewed:"));
  });

  it("is optional in the file format (the bank rules require it)", () => {
    expect(parseValid(file()).questions[0]!.reviewed).toBeNull();
  });

  it.each([
    ["2026-13", 'reviewed must be a month written YYYY-MM, e.g. "2026-12"; got "2026-13"'],
    ["2026-00", 'reviewed must be a month written YYYY-MM, e.g. "2026-12"; got "2026-00"'],
    ["2026-1", 'reviewed must be a month written YYYY-MM, e.g. "2026-12"; got "2026-1" (did you mean "2026-01"?)'],
    ["2026-12-07", 'reviewed must be a month written YYYY-MM, e.g. "2026-12"; got "2026-12-07" (did you mean "2026-12"?)'],
    ["2026/12", 'reviewed must be a month written YYYY-MM, e.g. "2026-12"; got "2026/12" (did you mean "2026-12"?)'],
    ["Dec 2026", 'reviewed must be a month written YYYY-MM, e.g. "2026-12"; got "Dec 2026"'],
    ["26-12", 'reviewed must be a month written YYYY-MM, e.g. "2026-12"; got "26-12"'],
    ["２０２６-12", 'reviewed must be a month written YYYY-MM, e.g. "2026-12"; got "２０２６-12"'],
  ])("refuses %s at its line", (value, message) => {
    const source = file({ metadata: [`reviewed: ${value}`] });
    expect(errorsOf(source)).toEqual([[lineOf(source, "reviewed:"), message]]);
  });

  it("refuses an empty or repeated reviewed line", () => {
    const empty = file({ metadata: ["reviewed:"] });
    expect(errorsOf(empty)).toEqual([[lineOf(empty, "reviewed:"), '"reviewed" has no value: fill it in or remove the line']]);
    const twice = file({ metadata: ["reviewed: 2026-11", "reviewed: 2026-12"] });
    expect(errorsOf(twice)).toEqual([[lineOf(twice, "reviewed: 2026-12"), `duplicate metadata key "reviewed": already set on line ${lineOf(twice, "reviewed: 2026-11")}`]]);
  });

  it("suggests the spelling of a misspelt key", () => {
    const source = file({ metadata: ["reviwed: 2026-12", "practice_twin: x"] });
    expect(errorsOf(source)).toEqual([
      [lineOf(source, "reviwed"), 'unknown metadata key "reviwed": did you mean "reviewed"?'],
      [lineOf(source, "practice_twin"), 'unknown metadata key "practice_twin": did you mean "practice-twin"?'],
    ]);
  });
});

describe("practice-twin: an interview question's practice twin", () => {
  it("reads the twin's id and its line", () => {
    const source = file({ metadata: ["audience: interview", "practice-twin: v2-q-practice"] });
    const question = parseValid(source).questions[0]!;
    expect(question).toMatchObject({ practiceTwin: "v2-q-practice", keyLines: { "practice-twin": lineOf(source, "practice-twin") } });
  });

  it("refuses the question's own id, suggesting the usual twin id", () => {
    const source = file({ metadata: ["practice-twin: v2-q"] });
    expect(errorsOf(source)).toEqual([[lineOf(source, "practice-twin"), 'a question cannot be its own practice twin: name the id of a practice question on the same concept, e.g. "v2-q-practice"']]);
  });

  it("refuses what is not an id, suggesting one", () => {
    const source = file({ metadata: ["practice-twin: V2 Q Practice"] });
    expect(errorsOf(source)).toEqual([[lineOf(source, "practice-twin"), 'practice-twin must be a question id (lower-case letters, digits and single hyphens); got "V2 Q Practice" (did you mean "v2-q-practice"?)']]);
  });
});

describe("Listen for: what a good reply to a follow-up contains", () => {
  const followUpsOf = (followUps: string) => parseValid(file({ followUps })).questions[0]!.followUps;

  it("splits each follow-up at its Listen for line, indented or lazy, in any case and spacing", () => {
    expect(
      followUpsOf(lines("- Why?", "  Listen for: because.", "- How?", "Listen for:how.", "- When?", "  LISTEN FOR:   \tlater.", "- Where?", "   listen for: here.")),
    ).toEqual([
      { question: "Why?", listenFor: "because." },
      { question: "How?", listenFor: "how." },
      { question: "When?", listenFor: "later." },
      { question: "Where?", listenFor: "here." },
    ]);
  });

  it("keeps a follow-up without one as its question alone, and the rest of the item after one", () => {
    expect(followUps(lines("- Just a question?"))).toEqual([{ question: "Just a question?", listenFor: null }]);
    expect(followUps(lines("- A question", "  on two lines?", "  Listen for: a reply", "  on two lines,", "", "  and a paragraph."))).toEqual([
      { question: "A question\non two lines?", listenFor: "a reply\non two lines,\n\nand a paragraph." },
    ]);
    // Only the first Listen for line splits; a later one is part of what to listen for.
    expect(followUps(lines("- Q?", "  Listen for: a.", "  Listen for: b."))).toEqual([{ question: "Q?", listenFor: "a.\nListen for: b." }]);
  });

  it("does not split at a Listen for line in code, a nested list or a quote", () => {
    const inCode = lines("- Q?", "", "  ```", "  Listen for: not this", "  ```");
    expect(followUps(inCode)).toEqual([{ question: "Q?\n\n```\nListen for: not this\n```", listenFor: null }]);
    const inList = lines("- Q?", "  - a", "    Listen for: not this");
    expect(followUps(inList)).toEqual([{ question: "Q?\n- a\n  Listen for: not this", listenFor: null }]);
    const inQuote = lines("- Q?", "  > quoted", "  > Listen for: not this");
    expect(followUps(inQuote)).toEqual([{ question: "Q?\n> quoted\n> Listen for: not this", listenFor: null }]);
    // After a blank line that ends the nested list, it does.
    expect(followUps(lines("- Q?", "  - a", "", "  Listen for: this"))).toEqual([{ question: "Q?\n- a", listenFor: "this" }]);
  });

  it("reads CRLF files and Unicode alike", () => {
    const source = file({ followUps: lines("- Warum? 🤔", "  Listen for: Zoë’s\u00a0answer — ✓") });
    const crlf = new TextEncoder().encode(`\uFEFF${source.replaceAll("\n", "\r\n")}`);
    const expected = [{ question: "Warum? 🤔", listenFor: "Zoë’s\u00a0answer — ✓" }];
    expect(parseValid(source).questions[0]!.followUps).toEqual(expected);
    const result = parseQuestionSet(crlf, FILE);
    expect(result.errors).toEqual([]);
    expect(result.set!.questions[0]!.followUps).toEqual(expected);
  });

  it("refuses an item that starts with Listen for, and an empty Listen for, at their lines", () => {
    const noQuestion = file({ followUps: lines("- Q?", "- Listen for: an orphan") });
    expect(errorsOf(noQuestion)).toEqual([[lineOf(noQuestion, "- Listen for"), 'a follow-up starts with "Listen for:": write the question first, then "Listen for:" on the line under it']]);
    const empty = file({ followUps: lines("- Q?", "", "  Listen for:   ") });
    expect(errorsOf(empty)).toEqual([[lineOf(empty, "Listen for:"), '"Listen for:" is empty: say what a good reply to the follow-up contains']]);
  });

  function followUps(body: string) {
    return followUpsOf(body);
  }
});

describe("a set's introduction: Markdown before the first question", () => {
  it("is kept, trimmed, with its own sub-headings, code and lists", () => {
    const intro = lines("How to use this set.", "", "#### Ratings", "", "- Rate on evidence", "", "```md", "## not a question", "```");
    const set = parseValid(file({ intro: `\n\n${intro}\n\n` }));
    expect(set.introduction).toBe(intro);
    expect(set.questions).toHaveLength(1);
  });

  it("is empty when there is none, also without front matter", () => {
    expect(parseValid(file()).introduction).toBe("");
  });

  it("refuses a # title, an underlined heading and a ### section in it, at their lines", () => {
    const source = file({ intro: lines("# Title", "", "Prose.", "", "Heading", "===", "", "### Key points", "", "- lost") });
    expect(errorsOf(source)).toEqual([
      [lineOf(source, "# Title"), '"# " headings are not allowed: the set\'s title comes from "title:" in the front matter, and each question starts with "## "'],
      [lineOf(source, "==="), 'underlined heading "Heading" is not allowed: start questions with "## " and sub-headings inside a section with "#### "; for a horizontal rule, leave a blank line above the "---"'],
      [lineOf(source, "### Key points"), 'section "Key points" before the first question: sections belong to a question, which starts with "## "; in the set\'s introduction, use "#### " for a sub-heading'],
    ]);
  });

  it("reads a CRLF file's introduction with LF line ends", () => {
    const source = file({ intro: "One.\n\nTwo." }).replaceAll("\n", "\r\n");
    expect(parseValid(source).introduction).toBe("One.\n\nTwo.");
  });
});

describe("the rendering limits, applied while parsing", () => {
  const nested = (depth: number) => `${"- ".repeat(depth)}x`;
  const limit = MARKDOWN_LIMITS.nesting;

  it.each([
    ["the prompt", (text: string) => file({ prompt: `Context.\n\n${text}` }), 'the prompt of question "What is new?"'],
    ["the answer", (text: string) => file({ answer: `An answer.\n\n${text}` }), 'the Answer of question "What is new?"'],
    ["a key point", (text: string) => file({ keyPoints: `- One\n- Two\n\n  ${text}` }), 'item 2 of Key points in question "What is new?"'],
    ["a follow-up", (text: string) => file({ followUps: `- Q?\n\n  ${text}` }), 'item 1 of Follow-ups in question "What is new?"'],
    ["the introduction", (text: string) => file({ intro: `Intro.\n\n${text}` }), "the set's introduction"],
  ])("in %s: accepted at the limit, refused past it at the file line where it is passed", (_where, make, field) => {
    parseValid(make(nested(limit)));
    const source = make(nested(limit + 1));
    const line = lineOf(source, nested(limit + 1));
    expect(errorsOf(source)).toEqual([[line, `${field} is too complex to show formatted: lists and block quotes nested ${limit + 1} levels deep (line ${line}); at most ${limit}`]]);
  });

  it("counts characters per field, and names the field's first line", () => {
    parseValid(file({ answer: "a".repeat(MARKDOWN_LIMITS.characters) }));
    const source = file({ answer: "a".repeat(MARKDOWN_LIMITS.characters + 1) });
    expect(errorsOf(source)).toEqual([[lineOf(source, "aaaa"), 'the Answer of question "What is new?" is too complex to show formatted: 10,001 characters; at most 10,000 can be shown formatted']]);
  });

  it("reports a paragraph's marks from the paragraph's first line", () => {
    const source = file({ answer: `First.\n\n${"a]".repeat(MARKDOWN_LIMITS.brackets)}\n${"a]"}` });
    const line = lineOf(source, "a]a]");
    expect(errorsOf(source)).toEqual([[line, `the Answer of question "What is new?" is too complex to show formatted: 151 closing brackets "]" in one paragraph (from line ${line}); at most 150 per paragraph, so separate paragraphs with a blank line`]]);
  });
});
