import { describe, expect, it } from "vitest";
import { FILE, lines, VALID, SECOND_QUESTION, parse, lineOf, expectProblems, parseValid } from "../../tests/parse-question-set-helpers";

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
        'expected "key: value" in the metadata block (keys: id, difficulty, level, competency, tags, minutes, audience, reviewed, practice-twin); to start the prompt, leave a blank line after the block',
      ],
    ]);
  });

  it("reports unknown keys, with a suggestion when one is close", () => {
    const source = VALID.replace("difficulty: easy", "dificulty: easy\nDifficulty: easy\nowner: me");
    expectProblems(source, [
      ["id: what", 'the metadata block has no difficulty: add a line "difficulty: easy|medium|hard"'],
      ["dificulty", 'unknown metadata key "dificulty": did you mean "difficulty"?'],
      ["Difficulty", 'unknown metadata key "Difficulty": did you mean "difficulty"?'],
      ["owner", 'unknown metadata key "owner": allowed keys are id, difficulty, level, competency, tags, minutes, audience, reviewed, practice-twin'],
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
