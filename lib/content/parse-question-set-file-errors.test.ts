import { describe, expect, it, vi } from "vitest";
import { FILE, VALID, SECOND_QUESTION, parse, lineOf, expectProblems } from "../../tests/parse-question-set-helpers";

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

  it("reports a section heading before the first question (prose there is the set's introduction)", () => {
    const source = VALID.replace("## What is a test?", "Some intro text.\n\n### Answer\n\nLost.\n\n## What is a test?");
    expectProblems(source, [
      ["### Answer", 'section "Answer" before the first question: sections belong to a question, which starts with "## "; in the set\'s introduction, use "#### " for a sub-heading'],
    ]);
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
