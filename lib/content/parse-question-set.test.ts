import { describe, expect, it, vi } from "vitest";
import { didYouMean, parseQuestionSet, slugify } from "./parse-question-set";
import { parsedSetSchema, type ParsedSet } from "./schema";

const FILE = "content/questions/test-set.md";

const lines = (...text: string[]) => text.join("\n");

const VALID = lines(
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

const SECOND_QUESTION = lines(
  "## Why test?",
  "",
  "difficulty: medium",
  "",
  "### Answer",
  "",
  "Because.",
  "",
  "### Key points",
  "",
  "- Confidence",
  "",
);

function parse(source: string | Uint8Array, file = FILE) {
  return parseQuestionSet(source, file);
}

/** 1-based line of the first line containing `needle` (or of its nth occurrence). */
function lineOf(source: string, needle: string, occurrence = 1): number {
  let seen = 0;
  const index = source.split("\n").findIndex((line) => line.includes(needle) && ++seen === occurrence);
  if (index === -1) throw new Error(`test bug: ${JSON.stringify(needle)} is not in the source`);
  return index + 1;
}

/** Asserts the exact errors, each given as [line number or a text on that line, message]. */
function expectProblems(source: string, expected: Array<[number | string, string]>) {
  const result = parse(source);
  expect(result.set).toBeNull();
  expect(result.errors.map(({ line, message }) => ({ line, message }))).toEqual(
    expected.map(([where, message]) => ({ line: typeof where === "number" ? where : lineOf(source, where), message })),
  );
  expect(result.errors.every((error) => error.file === FILE)).toBe(true);
}

function parseValid(source: string, file = FILE): ParsedSet {
  const result = parse(source, file);
  expect(result.errors).toEqual([]);
  const set = result.set!;
  expect(parsedSetSchema.parse(set)).toEqual(set);
  return set;
}

describe("parseQuestionSet: valid files", () => {
  it("parses every field of the README example", () => {
    const source = lines(
      "---",
      "title: DevOps",
      "slug: devops",
      "description: Automation, delivery pipelines and running software in production.",
      "audience: both",
      "---",
      "",
      "## How would you automate deployments for a web application?",
      "",
      "id: devops-automate-deployments",
      "difficulty: medium",
      "level: mid",
      "competency: Delivery",
      "tags: ci-cd, automation",
      "minutes: 10",
      "audience: interview",
      "",
      "Optional extra detail for the prompt, in any Markdown (code blocks, tables, links).",
      "",
      "### Answer",
      "",
      "The model answer, in Markdown.",
      "",
      "### Key points",
      "",
      "- A point a good answer covers",
      "- Another point",
      "",
      "### Red flags",
      "",
      "- Something that should worry the interviewer",
      "",
      "### Follow-ups",
      "",
      "- A question to dig deeper",
      "",
      "### Scoring",
      "",
      "1. What a poor answer (1) looks like.",
      "2. What a weak answer (2) looks like.",
      "3. What a solid answer (3) looks like.",
      "4. What an excellent answer (4) looks like.",
      "",
    );
    expect(parseValid(source, "content/questions/devops.md")).toEqual({
      slug: "devops",
      title: "DevOps",
      description: "Automation, delivery pipelines and running software in production.",
      audience: "both",
      ownAudience: "both",
      sourcePath: "content/questions/devops.md",
      questions: [
        {
          id: "devops-automate-deployments",
          title: "How would you automate deployments for a web application?",
          difficulty: "medium",
          level: "mid",
          competency: "Delivery",
          tags: ["ci-cd", "automation"],
          minutes: 10,
          audience: "interview",
          ownAudience: "interview",
          prompt: "Optional extra detail for the prompt, in any Markdown (code blocks, tables, links).",
          answer: "The model answer, in Markdown.",
          keyPoints: ["A point a good answer covers", "Another point"],
          redFlags: ["Something that should worry the interviewer"],
          followUps: ["A question to dig deeper"],
          scoring: [
            "What a poor answer (1) looks like.",
            "What a weak answer (2) looks like.",
            "What a solid answer (3) looks like.",
            "What an excellent answer (4) looks like.",
          ],
          line: 8,
        },
      ],
    });
  });

  it("applies defaults: slug from the file name, id from the title, audience both, empty optional fields", () => {
    const set = parseValid(`${VALID}\n${SECOND_QUESTION}`, "content/questions/aws-basics.md");
    expect(set).toMatchObject({ slug: "aws-basics", description: null, audience: "both", ownAudience: null });
    expect(set.questions[1]).toEqual({
      id: "why-test",
      title: "Why test?",
      difficulty: "medium",
      level: null,
      competency: null,
      tags: [],
      minutes: null,
      audience: "both",
      ownAudience: null,
      prompt: "",
      answer: "Because.",
      keyPoints: ["Confidence"],
      redFlags: [],
      followUps: [],
      scoring: [],
      line: 18,
    });
  });

  it("derives ids from titles as lower-case ASCII slugs", () => {
    expect(slugify("What is `fork()` in C?")).toBe("what-is-fork-in-c");
    expect(slugify("  Café & crème brûlée  ")).toBe("cafe-creme-brulee");
    expect(slugify("???")).toBe("");
  });

  it("inherits the set's audience unless a question sets its own", () => {
    const source = `${VALID.replace("title: Test set", "title: Test set\naudience: practice")}\n${SECOND_QUESTION.replace("difficulty: medium", "difficulty: medium\naudience: interview")}`;
    const set = parseValid(source);
    expect(set).toMatchObject({ audience: "practice", ownAudience: "practice" });
    expect(set.questions.map((q) => [q.audience, q.ownAudience])).toEqual([
      ["practice", null],
      ["interview", "interview"],
    ]);
  });

  it("keeps a ## line inside a fenced code block as part of the answer", () => {
    const answer = lines("Run this:", "", "```markdown", "## Not a question", "### Not a section", "```", "", "~~~", "## Also code", "~~~");
    const set = parseValid(VALID.replace("An answer.", answer));
    expect(set.questions).toHaveLength(1);
    expect(set.questions[0]!.answer).toBe(answer);
  });

  it("finds questions as one Markdown parse of the whole file would, however fences and lists mix", () => {
    // A fence opened in a list item ends with the item; the next ``` opens a top-level fence.
    const fenceAfterList = lines("- x", "  ```", "```", "## Not a question", "```");
    const first = parseValid(`${VALID.replace("An answer.", fenceAfterList)}\n${SECOND_QUESTION}`);
    expect(first.questions.map((q) => q.title)).toEqual(["What is a test?", "Why test?"]);
    expect(first.questions[0]!.answer).toBe(fenceAfterList);
    // A fence left open in a list item does not swallow the next question.
    const openInItem = lines("An answer.", "", "- x", "  ```");
    const second = parseValid(`${VALID.replace("An answer.", openInItem)}\n${SECOND_QUESTION}`);
    expect(second.questions.map((q) => [q.title, q.line])).toEqual([
      ["What is a test?", 5],
      ["Why test?", lineOf(`${VALID.replace("An answer.", openInItem)}\n${SECOND_QUESTION}`, "## Why")],
    ]);
    expect(second.questions[0]!.answer).toBe(openInItem);
  });

  it("keeps Markdown inside the prompt, the answer and list items verbatim", () => {
    const prompt = lines("Given this table:", "", "| a | b |", "| - | - |", "| 1 | 2 |");
    const answer = lines(
      "**Bold**, `code`, [a link](https://example.com) and a list:",
      "",
      "1. first",
      "2. second",
      "",
      "#### A sub-heading is fine",
      "",
      "> quoted",
      "",
      "```js",
      "const x = 1;",
      "```",
    );
    const source = VALID.replace("difficulty: easy\n", `difficulty: easy\n\n${prompt}\n`)
      .replace("An answer.", answer)
      .replace("- A point", "- Uses `kubectl`, **not** *SSH*\n- [docs](https://example.com/a_b)");
    const question = parseValid(source).questions[0]!;
    expect(question.prompt).toBe(prompt);
    expect(question.answer).toBe(answer);
    expect(question.keyPoints).toEqual(["Uses `kubectl`, **not** *SSH*", "[docs](https://example.com/a_b)"]);
  });

  it("reads multi-paragraph and nested list items, removing only the item's own indentation", () => {
    const keyPoints = lines("- First point", "  continues here", "", "  ```sh", "  echo hi", "  ```", "- Second point", "  - nested detail", "");
    const question = parseValid(VALID.replace("- A point\n", keyPoints)).questions[0]!;
    expect(question.keyPoints).toEqual([lines("First point", "continues here", "", "```sh", "echo hi", "```"), lines("Second point", "- nested detail")]);
  });

  it("accepts section names in any case and any order, and list markers * + and 1)", () => {
    const source = lines(
      "---",
      "title: Test set",
      "---",
      "## Q?",
      "difficulty: hard",
      "### scoring",
      "1) a",
      "2) b",
      "3) c",
      "4) d",
      "### KEY POINTS",
      "* k",
      "### Red Flags",
      "+ r",
      "### follow-ups",
      "- f",
      "### answer",
      "A.",
    );
    expect(parseValid(source).questions[0]).toMatchObject({
      answer: "A.",
      keyPoints: ["k"],
      redFlags: ["r"],
      followUps: ["f"],
      scoring: ["a", "b", "c", "d"],
    });
  });

  it("accepts loose lists (blank lines between items)", () => {
    const question = parseValid(VALID.replace("- A point", "- One\n\n- Two\n\n- Three")).questions[0]!;
    expect(question.keyPoints).toEqual(["One", "Two", "Three"]);
  });

  it("accepts Uint8Array input, a byte-order mark and CRLF line endings", () => {
    const bytes = new TextEncoder().encode(`\uFEFF${VALID.replaceAll("\n", "\r\n")}`);
    const set = parseValid(VALID);
    expect(parse(bytes)).toEqual({ set, errors: [] });
    expect(parse(`\uFEFF${VALID.replaceAll("\n", "\r\n")}`)).toEqual({ set, errors: [] });
  });

  it("accepts quoted numbers in the front matter", () => {
    expect(parseValid(VALID.replace("title: Test set", 'title: "2024"\nslug: "007"'))).toMatchObject({ title: "2024", slug: "007" });
  });

  it("gives a fresh result each time the same text is parsed", () => {
    const first = parseValid(VALID);
    first.title = "mutated";
    (first as { extra?: string }).extra = "x";
    expect(parseValid(VALID).title).toBe("Test set");
    const broken = VALID.replace("title: Test set", "title: [unclosed");
    expect(parse(broken).errors).toHaveLength(1);
    expect(parse(broken).errors).toHaveLength(1);
  });
});

describe("parseQuestionSet: file-level errors", () => {
  it("reports an empty or whitespace-only file", () => {
    const message = "file is empty: a question set needs front matter with a title and at least one question";
    expectProblems("", [[1, message]]);
    expectProblems(" \n\n\t\n", [[1, message]]);
  });

  it("reports invalid UTF-8 at the line of the first bad byte", () => {
    const prefix = new TextEncoder().encode("---\ntitle: T\n---\n\n## Caf");
    const bytes = new Uint8Array([...prefix, 0xe9, 0x0a]); // Latin-1 "é"
    const result = parse(bytes);
    expect(result).toEqual({ set: null, errors: [{ file: FILE, line: 5, message: "file is not valid UTF-8: save it with UTF-8 encoding" }] });
    expect(parse(new Uint8Array([0xff])).errors[0]!.line).toBe(1);
  });

  it("reports broken YAML at the file line of the problem", () => {
    const source = VALID.replace("title: Test set", "title: Test set\ndescription: [unclosed");
    const result = parse(source);
    expect(result.set).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.message).toMatch(/^front matter is not valid YAML: /);
    // The flow sequence that is never closed starts on the "description" line.
    expect(result.errors[0]!.line).toBe(lineOf(source, "description"));
    expect(result.errors[0]!.message).toContain("end with a ]");

    const badIndent = VALID.replace("title: Test set", "title: Test set\n  slug: x");
    expect(parse(badIndent).errors.map((e) => e.line)).toEqual([lineOf(badIndent, "slug: x")]);
  });

  it("reports front matter that is never closed, or closed by a line with more than ---", () => {
    expectProblems("---\ntitle: T\n\n## Q?\n", [[1, 'front matter is never closed: add a line "---" after it']]);
    const junk = VALID.replace("---\n\n## What", "--- end\n\n## What");
    expectProblems(junk, [["--- end", 'the front matter must end with a line containing only "---"']]);
    const badStart = VALID.replace("---\ntitle", "---yaml\ntitle");
    expectProblems(badStart, [[1, 'the first line must be exactly "---" to start the front matter']]);
  });

  it("reports missing front matter", () => {
    const source = VALID.replace("---\ntitle: Test set\n---\n", "");
    expectProblems(source, [[1, 'missing front matter: start the file with "---", a line "title: …", and "---"']]);
  });

  it("reports a missing, empty or non-text title", () => {
    expectProblems(VALID.replace("title: Test set", "description: D"), [[1, 'the front matter has no "title:"; add the set\'s name, e.g. "title: Amazon EC2"']]);
    expectProblems(VALID.replace("title: Test set", "title:"), [["title:", 'front matter "title" is empty: fill it in']]);
    expectProblems(VALID.replace("title: Test set", "title: [a, b]"), [["title:", 'front matter "title" must be text; put the value in quotes']]);
    // YAML would read these as the number 7 and a date: quoting keeps what the author wrote.
    expectProblems(VALID.replace("title: Test set", "title: 2024-01-01\nslug: 007"), [
      ["title:", 'front matter "title" must be text; put the value in quotes'],
      ["slug:", 'front matter "slug" must be text; put the value in quotes'],
    ]);
  });

  it("reports front matter that is not key: value pairs", () => {
    expectProblems(VALID.replace("title: Test set", "- a list"), [[2, 'the front matter must be "key: value" lines']]);
  });

  it("reports unknown front matter keys, suggesting the right one", () => {
    const source = VALID.replace("title: Test set", "title: Test set\ntitel: typo\nauthor: me");
    expectProblems(source, [
      ["titel", 'unknown front matter key "titel": did you mean "title"?'],
      ["author", 'unknown front matter key "author": allowed keys are title, slug, description, audience'],
    ]);
  });

  it("reports an invalid slug, from the front matter or from the file name", () => {
    const source = VALID.replace("title: Test set", "title: Test set\nslug: Test_Set");
    expectProblems(source, [["slug:", 'slug "Test_Set" is not valid: use lower-case letters, digits and single hyphens, e.g. "aws-databases"']]);
    const result = parse(VALID, "content/questions/My Set.md");
    expect(result.errors).toEqual([
      {
        file: "content/questions/My Set.md",
        line: 1,
        message: 'the file name gives the slug "My Set", which is not valid: rename the file (lower-case letters, digits and hyphens) or add "slug:" to the front matter',
      },
    ]);
    expect(parse(VALID.replace("title: Test set", "title: Test set\nslug: my-set"), "My Set.md").errors).toEqual([]);
  });

  it("reports a bad set audience, listing the allowed values", () => {
    const source = VALID.replace("title: Test set", "title: Test set\naudience: everyone");
    expectProblems(source, [["audience:", 'audience must be one of interview, practice, both; got "everyone"']]);
  });

  it("reports a set without questions", () => {
    expectProblems("---\ntitle: T\n---\n", [[1, 'no questions: each question starts with a "## " heading']]);
  });

  it("reports content before the first question", () => {
    const source = VALID.replace("## What is a test?", "Some intro text.\n\n## What is a test?");
    expectProblems(source, [["Some intro", 'content before the first question: only the front matter may come before the first "## " heading']]);
  });

  it("reports # headings anywhere", () => {
    const source = VALID.replace("## What is a test?", "# Test set\n\n## What is a test?").replace("An answer.", "An answer.\n\n# Oops");
    const message = '"# " headings are not allowed: the set\'s title comes from "title:" in the front matter, and each question starts with "## "';
    expectProblems(source, [
      ["# Test set", message],
      ["# Oops", message],
    ]);
  });

  it("reports an underlined (setext) heading at its underline", () => {
    const source = VALID.replace("An answer.", "An answer.\n---\n\nMore.");
    expectProblems(source, [
      [
        lineOf(source, "An answer.") + 1,
        'underlined heading "An answer." is not allowed: start questions with "## " and sub-headings inside a section with "#### "; for a horizontal rule, leave a blank line above the "---"',
      ],
    ]);
  });

  it("reports a code fence that is never closed", () => {
    const source = `${VALID.replace("An answer.", "An answer.\n\n```sh\necho")}\n${SECOND_QUESTION}`;
    const problems = parse(source).errors.map(({ line, message }) => ({ line, message }));
    expect(problems).toContainEqual({
      line: lineOf(source, "```sh"),
      message: "this code block is never closed: add a closing fence (everything after it, including later questions, is read as code)",
    });
    // The fence also swallowed the Key points section, which is then reported missing.
    expect(problems).toContainEqual({ line: lineOf(source, "## What"), message: 'question "What is a test?" has no "### Key points" section' });
  });

  it("reports HTML that is never closed, even when it ends the file and swallows nothing", () => {
    // Left in the file, it would swallow whatever an export or an edit puts after this section.
    const answerLast = (answer: string) => `${VALID.slice(0, VALID.indexOf("### Answer"))}### Key points\n\n- A point\n\n### Answer\n\n${answer}\n`;
    const source = answerLast("An answer.\n\n<!-- a note\n\nmore");
    expectProblems(source, [["<!-- a note", 'this HTML is never closed: close it, e.g. "<!--" with "-->" (everything after it, including later questions, is read as HTML)']]);
    // Closed, or HTML that ends at a blank line, is fine.
    expect(parse(answerLast("An answer.\n\n<!-- a note -->")).errors).toEqual([]);
    expect(parse(answerLast("An answer.\n\n<div>\nlast")).errors).toEqual([]);
  });

  it("turns an unexpected exception into an error at line 1 instead of throwing", async () => {
    vi.resetModules();
    vi.doMock("./markdown-structure", () => ({
      outlineMarkdown: () => {
        throw new Error("boom");
      },
    }));
    try {
      const { parseQuestionSet: parseWithBrokenOutline } = await import("./parse-question-set");
      expect(parseWithBrokenOutline(VALID, FILE)).toEqual({
        set: null,
        errors: [{ file: FILE, line: 1, message: "could not parse this file (internal error: boom)" }],
      });
    } finally {
      vi.doUnmock("./markdown-structure");
      vi.resetModules();
    }
  });
});

describe("parseQuestionSet: question errors", () => {
  it("reports an empty question heading", () => {
    expectProblems(VALID.replace("## What is a test?", "##"), [["##", 'question heading is empty: write the question after "## "']]);
  });

  it("reports a missing metadata block at the heading", () => {
    const source = VALID.replace("id: what-is-a-test\ndifficulty: easy\n", "Just a prompt.\n");
    expectProblems(source, [["## What", 'missing metadata block: add a line "difficulty: easy|medium|hard" under the heading']]);
  });

  it("reports a metadata block placed after the prompt", () => {
    const source = VALID.replace("id: what-is-a-test", "A prompt first.\n\nid: what-is-a-test");
    expectProblems(source, [["id: what", "the metadata block must come directly under the question heading, before the prompt"]]);
  });

  it("reports a blank line inside the metadata block", () => {
    const source = VALID.replace("difficulty: easy", "difficulty: easy\n\nlevel: mid");
    expectProblems(source, [["level: mid", 'the metadata block must not contain blank lines: move "level: mid" up into the block']]);
  });

  it("reports a metadata line that is not key: value", () => {
    const source = VALID.replace("difficulty: easy", "difficulty: easy\nThe prompt, without a blank line.");
    expectProblems(source, [
      [
        "The prompt",
        'expected "key: value" in the metadata block (keys: id, difficulty, level, competency, tags, minutes, audience); to start the prompt, leave a blank line after the block',
      ],
    ]);
  });

  it("reports unknown keys, with a suggestion when one is close", () => {
    const source = VALID.replace("difficulty: easy", "dificulty: easy\nDifficulty: easy\nowner: me");
    expectProblems(source, [
      ["id: what", 'the metadata block has no difficulty: add a line "difficulty: easy|medium|hard"'],
      ["dificulty", 'unknown metadata key "dificulty": did you mean "difficulty"?'],
      ["Difficulty", 'unknown metadata key "Difficulty": did you mean "difficulty"?'],
      ["owner", 'unknown metadata key "owner": allowed keys are id, difficulty, level, competency, tags, minutes, audience'],
    ]);
  });

  it("reports a duplicate key", () => {
    const source = VALID.replace("difficulty: easy", "difficulty: easy\ndifficulty: hard");
    expectProblems(source, [["difficulty: hard", `duplicate metadata key "difficulty": already set on line ${lineOf(source, "difficulty: easy")}`]]);
  });

  it("reports a key without a value", () => {
    const source = VALID.replace("difficulty: easy", "difficulty: easy\nlevel:");
    expectProblems(source, [["level:", '"level" has no value: fill it in or remove the line']]);
  });

  it("reports bad enum values, listing the allowed ones", () => {
    const source = VALID.replace("difficulty: easy", "difficulty: Medium\nlevel: principal\naudience: candidates");
    expectProblems(source, [
      ["difficulty:", 'difficulty must be one of easy, medium, hard; got "Medium" (did you mean "medium"?)'],
      ["level:", 'level must be one of junior, mid, senior, staff; got "principal"'],
      ["audience:", 'audience must be one of interview, practice, both; got "candidates"'],
    ]);
  });

  it.each(["0", "121", "7.5", "ten", "-3", "10 min"])("reports minutes: %s", (minutes) => {
    const source = VALID.replace("difficulty: easy", `difficulty: easy\nminutes: ${minutes}`);
    expectProblems(source, [["minutes:", `minutes must be a whole number from 1 to 120; got "${minutes}"`]]);
  });

  it("accepts minutes at the bounds", () => {
    for (const minutes of [1, 120]) {
      expect(parseValid(VALID.replace("difficulty: easy", `difficulty: easy\nminutes: ${minutes}`)).questions[0]!.minutes).toBe(minutes);
    }
  });

  it("reports an invalid id", () => {
    const source = VALID.replace("id: what-is-a-test", "id: What_Is--a-Test");
    expectProblems(source, [["id:", 'id "What_Is--a-Test" is not valid: use lower-case letters, digits and single hyphens (did you mean "what-is-a-test"?)']]);
  });

  it("reports a title that gives no id when none is set", () => {
    const source = VALID.replace("## What is a test?", "## ¿¿??").replace("id: what-is-a-test\n", "");
    expectProblems(source, [["## ", 'cannot make an id from this title: add an "id:" line to the metadata block']]);
  });

  it("reports a metadata block without difficulty", () => {
    const source = VALID.replace("difficulty: easy", "level: mid");
    expectProblems(source, [["id: what", 'the metadata block has no difficulty: add a line "difficulty: easy|medium|hard"']]);
  });

  it("reports empty and duplicate tags", () => {
    const empty = VALID.replace("difficulty: easy", "difficulty: easy\ntags: a,, b");
    expectProblems(empty, [["tags:", 'tags has an empty entry in "a,, b": separate tags with single commas']]);
    const duplicate = VALID.replace("difficulty: easy", "difficulty: easy\ntags: a, b, a");
    expectProblems(duplicate, [["tags:", 'duplicate tag "a"']]);
  });

  it("reports duplicate ids within the file at the repeated id (or heading), naming the first", () => {
    const explicit = `${VALID}\n${SECOND_QUESTION.replace("difficulty: medium", "id: what-is-a-test\ndifficulty: medium")}`;
    expectProblems(explicit, [[lineOf(explicit, "id: what-is-a-test", 2), `duplicate question id "what-is-a-test": also defined at ${FILE}:5`]]);
    const derived = `${VALID.replace("id: what-is-a-test\n", "")}\n${VALID.slice(VALID.indexOf("## ")).replace("id: what-is-a-test\n", "")}`;
    expectProblems(derived, [[lineOf(derived, "## What", 2), `duplicate question id "what-is-a-test": also defined at ${FILE}:5`]]);
  });

  it("reports unknown sections, suggesting the exact spelling", () => {
    const source = VALID.replace("### Key points", "### Keypoints").replace("An answer.", "An answer.\n\n### Followups\n\n- f\n\n### Red flag\n\n- r\n\n### Notes\n\ntext");
    // Key points is reported as misspelt, not also as missing.
    expectProblems(source, [
      ["### Followups", 'unknown section "Followups": did you mean "Follow-ups"?'],
      ["### Red flag", 'unknown section "Red flag": did you mean "Red flags"?'],
      ["### Notes", 'unknown section "Notes": sections are Answer, Key points, Red flags, Follow-ups, Scoring'],
      ["### Keypoints", 'unknown section "Keypoints": did you mean "Key points"?'],
    ]);
  });

  it("reports an empty section heading", () => {
    const source = VALID.replace("- A point", "- A point\n\n###\n\ntext");
    expectProblems(source, [[lineOf(source, "- A point") + 2, "section heading is empty: use one of Answer, Key points, Red flags, Follow-ups, Scoring"]]);
  });

  it("reports a duplicate section", () => {
    const source = `${VALID}\n### Answer\n\nAgain.\n`;
    expectProblems(source, [[lineOf(source, "### Answer", 2), `duplicate section "Answer" in question "What is a test?": it already appears on line ${lineOf(source, "### Answer")}`]]);
  });

  it("reports missing Answer and Key points at the question heading", () => {
    const source = lines("---", "title: T", "---", "", "## Why?", "", "difficulty: easy", "", "### Red flags", "", "- r");
    expectProblems(source, [
      ["## Why?", 'question "Why?" has no "### Answer" section'],
      ["## Why?", 'question "Why?" has no "### Key points" section'],
    ]);
  });

  it("reports an empty Answer", () => {
    expectProblems(VALID.replace("An answer.", ""), [["### Answer", 'the Answer section of question "What is a test?" is empty']]);
  });

  it("reports an empty list section", () => {
    expectProblems(VALID.replace("- A point", ""), [["### Key points", 'Key points is empty: add a bullet list ("- …")']]);
  });

  it("reports anything but a list in a list section", () => {
    const source = VALID.replace("- A point", "Intro text:\n\n- A point");
    expectProblems(source, [["Intro text", 'Key points must contain only a bullet list ("- …"); found a paragraph']]);
    const trailing = VALID.replace("- A point", "- A point\n\n```\ncode\n```");
    expectProblems(trailing, [["```", 'Key points must contain only a bullet list ("- …"); found a code block']]);
  });

  it("reports a second list in a list section", () => {
    const source = VALID.replace("- A point", "- A point\n* Another marker");
    expectProblems(source, [["* Another", "Key points must be a single list; a second list starts here (changing the marker or the numbering style starts a new list)"]]);
  });

  it("reports a numbered list where bullets are expected, and bullets in Scoring", () => {
    const numbered = VALID.replace("- A point", "1. A point");
    expectProblems(numbered, [["1. A point", 'Key points must be a bullet list ("- …"), not a numbered list']]);
    const scoring = `${VALID}\n### Scoring\n\n- a\n- b\n- c\n- d\n`;
    expectProblems(scoring, [["- a", 'Scoring must be a numbered list ("1. …"), not a bullet list']]);
  });

  it("reports empty list items", () => {
    const source = VALID.replace("- A point", "- A point\n-\n- Another");
    expectProblems(source, [[lineOf(source, "- A point") + 1, "empty item in Key points"]]);
  });

  it("reports task-list checkboxes", () => {
    const source = VALID.replace("- A point", "- [ ] A point");
    expectProblems(source, [["- [ ]", 'Key points items cannot be task checkboxes ("[ ]"): write the item as plain text']]);
  });

  it("reports Scoring without exactly four anchors", () => {
    const three = `${VALID}\n### Scoring\n\n1. a\n2. b\n3. c\n`;
    expectProblems(three, [["### Scoring", "Scoring must have exactly 4 anchors (1 = poor … 4 = excellent); found 3"]]);
    const five = `${VALID}\n### Scoring\n\n1. a\n2. b\n3. c\n4. d\n5. e\n`;
    expectProblems(five, [["5. e", "Scoring must have exactly 4 anchors (1 = poor … 4 = excellent); found 5"]]);
  });

  it("reports Scoring not numbered from 1", () => {
    const source = `${VALID}\n### Scoring\n\n0. a\n1. b\n2. c\n3. d\n`;
    expectProblems(source, [["0. a", "Scoring must be numbered from 1"]]);
  });

  it("collects every error, sorted by line", () => {
    const second = SECOND_QUESTION.replace("difficulty: medium", "difficulty: medium\nminutes: 0").replace("### Key points", "### Key point");
    const source = `${VALID.replace("title: Test set", "titel: x").replace("difficulty: easy", "difficulty: easyish")}\n${second}`;
    const errors = parse(source).errors;
    expect(errors.map((e) => e.line)).toEqual([1, lineOf(source, "titel"), lineOf(source, "easyish"), lineOf(source, "minutes: 0"), lineOf(source, "### Key point", 2)]);
  });
});

describe("didYouMean", () => {
  it("matches spacing, case and small typos, and nothing far off", () => {
    expect(didYouMean("Keypoints", ["Answer", "Key points"])).toBe("Key points");
    expect(didYouMean("titel", ["title", "slug"])).toBe("title");
    expect(didYouMean("colour", ["title", "slug"])).toBeNull();
  });
});
