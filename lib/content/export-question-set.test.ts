import { describe, expect, it } from "vitest";
import { makeQuestion, makeSet } from "../../tests/factories";
import { exportQuestionSet, frontMatterYaml } from "./export-question-set";
import { parseQuestionSet } from "./parse-question-set";
import type { ParsedQuestion, ParsedSet } from "./schema";

const lines = (...text: string[]) => `${text.join("\n")}\n`;

/** Exports, checks the file parses back to the same set, and returns the file. */
function exported(set: ParsedSet): string {
  const markdown = exportQuestionSet(set);
  const parsed = parseQuestionSet(markdown, set.sourcePath);
  expect(parsed.errors).toEqual([]);
  const withoutLines = (s: ParsedSet) => s.questions.map(({ line: _line, ...q }) => q);
  expect(withoutLines(parsed.set!)).toEqual(withoutLines(set));
  return markdown;
}

function oneQuestion(overrides: Partial<ParsedQuestion>): ParsedSet {
  return makeSet({ slug: "one", title: "One", ownAudience: "both", questions: [makeQuestion({ id: "q", ...overrides })] });
}

/** The section of the exported file that starts with `heading`, up to the next heading. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`${heading}\n\n`) + heading.length + 2;
  const end = markdown.indexOf("\n\n#", start);
  return markdown.slice(start, end === -1 ? undefined : end).trimEnd();
}

describe("exportQuestionSet", () => {
  it("writes the documented layout: front matter, metadata, prompt, then the sections in order", () => {
    const set = makeSet({
      slug: "layout",
      title: "Layout",
      description: "Every part once.",
      audience: "practice",
      ownAudience: "practice",
      questions: [
        makeQuestion({
          id: "full",
          title: "What is in a full question?",
          difficulty: "hard",
          level: "senior",
          competency: "Delivery",
          tags: ["b-tag", "a-tag"],
          minutes: 12,
          audience: "interview",
          ownAudience: "interview",
          prompt: "Some context.",
          answer: "The answer.\n\nIn two paragraphs.",
          keyPoints: ["One", "Two\nwith a second line"],
          redFlags: ["Bad"],
          followUps: ["Why?"],
          scoring: ["Poor.", "Weak.", "Solid.", "Excellent."],
        }),
        makeQuestion({ id: "bare", title: "Bare?", difficulty: "easy", level: null, competency: null, tags: [], minutes: null, audience: "practice", ownAudience: null, answer: "Yes.", keyPoints: ["It is"], redFlags: [], followUps: [], scoring: [] }),
      ],
    });
    expect(exported(set)).toBe(
      lines(
        "---",
        "title: Layout",
        "slug: layout",
        "description: Every part once.",
        "audience: practice",
        "---",
        "",
        "## What is in a full question?",
        "",
        "id: full",
        "difficulty: hard",
        "level: senior",
        "competency: Delivery",
        "tags: b-tag, a-tag",
        "minutes: 12",
        "audience: interview",
        "",
        "Some context.",
        "",
        "### Answer",
        "",
        "The answer.",
        "",
        "In two paragraphs.",
        "",
        "### Key points",
        "",
        "- One",
        "- Two",
        "  with a second line",
        "",
        "### Red flags",
        "",
        "- Bad",
        "",
        "### Follow-ups",
        "",
        "- Why?",
        "",
        "### Scoring",
        "",
        "1. Poor.",
        "2. Weak.",
        "3. Solid.",
        "4. Excellent.",
        "",
        "## Bare?",
        "",
        "id: bare",
        "difficulty: easy",
        "",
        "### Answer",
        "",
        "Yes.",
        "",
        "### Key points",
        "",
        "- It is",
      ),
    );
  });

  it("quotes front-matter values only where YAML would read something else", () => {
    const line = (title: string) => frontMatterYaml({ title }).trimEnd();
    expect(line("Amazon EC2")).toBe("title: Amazon EC2");
    expect(line("C# and F#")).toBe("title: C# and F#");
    expect(line("Serverless: the basics")).toBe('title: "Serverless: the basics"');
    expect(line("Lambda #1")).toBe('title: "Lambda #1"');
    expect(line("'Quoted'")).toBe(`title: "'Quoted'"`);
    expect(line('Say "hi"')).toBe('title: Say "hi"');
    expect(line('"Say" \\hi')).toBe(`title: '"Say" \\hi'`);
    // What a YAML 1.1 or 1.2 reader takes for a number, a boolean, a date or null is quoted.
    for (const word of ["2024", "yes", "on", "No", "null", "~", "1_000", "1:30", "2024-01-01", "0x1F", ".inf"]) {
      expect(line(word)).toBe(`title: "${word}"`);
    }
    expect(line("- item")).toBe('title: "- item"');
    expect(line("x".repeat(200))).toBe(`title: ${"x".repeat(200)}`); // never folded
    const odd = "odd \u0085 \u2028 \ufeff two\nlines\tand a tab";
    const markdown = exported(makeSet({ title: odd, questions: [makeQuestion({ id: "odd-q" })] }));
    expect(parseQuestionSet(markdown, "odd.md").set?.title).toBe(odd);
    const set = makeSet({ slug: "123", title: "Databases: a tour", description: "null", questions: [makeQuestion({ id: "yaml-q" })] });
    expect(exported(set)).toMatch(/^---\ntitle: "Databases: a tour"\nslug: "123"\ndescription: "null"\n---\n/);
  });

  it("names audiences only where the file would: the set's when given, a question's when its own", () => {
    const both = makeSet({ slug: "aud", ownAudience: null, questions: [makeQuestion({ id: "a", audience: "both", ownAudience: null })] });
    expect(exported(both)).not.toContain("audience:");
    // A set read from somewhere without ownAudience still keeps an audience that is not the default.
    const implicit = makeSet({ slug: "aud", audience: "interview", ownAudience: null, questions: [makeQuestion({ id: "a", audience: "practice", ownAudience: null })] });
    const markdown = exportQuestionSet(implicit);
    expect(markdown).toContain("\naudience: interview\n---\n");
    expect(markdown).toContain("audience: practice\n");
  });

  it("keeps a title's trailing # with a closing sequence of its own", () => {
    const markdown = exported(oneQuestion({ title: "Why use C #" }));
    expect(markdown).toContain("## Why use C # #\n");
    expect(exported(oneQuestion({ title: "#" }))).toContain("## # #\n");
    expect(exported(oneQuestion({ title: "C#" }))).toContain("## C#\n");
  });

  it("picks a bullet that does not turn an item into a horizontal rule", () => {
    expect(section(exported(oneQuestion({ keyPoints: ["---", "a point"] })), "### Key points")).toBe("* ---\n* a point");
    expect(section(exported(oneQuestion({ keyPoints: ["---", "***"] })), "### Key points")).toBe("+ ---\n+ ***");
  });

  it("indents list items' later lines to the item's text, so code and nested lists stay in the item", () => {
    const item = "Use a fence:\n\n```sh\necho hi\n```\n- nested\n  - deeper";
    expect(section(exported(oneQuestion({ keyPoints: [item] })), "### Key points")).toBe("- Use a fence:\n\n  ```sh\n  echo hi\n  ```\n  - nested\n    - deeper");
    expect(section(exported(oneQuestion({ scoring: ["1. looks numbered", "b", "c", "d"] })), "### Scoring")).toBe("1. 1. looks numbered\n2. b\n3. c\n4. d");
  });

  it("gives back the indentation of a first line that came from indented code", () => {
    // "    ## not a heading" is code in the file; the parser trims the indentation off.
    expect(section(exported(oneQuestion({ answer: "## not a heading\n\nText." })), "### Answer")).toBe("    ## not a heading\n\nText.");
    expect(section(exported(oneQuestion({ answer: "```\n```\ncode\n```" })), "### Answer")).toBe("    ```\n```\ncode\n```");
    expect(section(exported(oneQuestion({ keyPoints: ["[ ] not a checkbox"] })), "### Key points")).toBe("-     [ ] not a checkbox");
    // A fence that is whole needs nothing.
    expect(section(exported(oneQuestion({ answer: "```sh\n## code\n```" })), "### Answer")).toBe("```sh\n## code\n```");
  });

  it("writes LF only, ends with one newline, and leaves out what the format cannot hold", () => {
    const markdown = exportQuestionSet(
      oneQuestion({ answer: "Windows\r\nline ends\r\n", keyPoints: ["a\r\nb"], competency: "Two\nlines", scoring: ["only one anchor"], title: "  Padded  " }),
    );
    expect(markdown).not.toContain("\r");
    expect(markdown.endsWith("\n") && !markdown.endsWith("\n\n")).toBe(true);
    expect(markdown).toContain("## Padded\n");
    expect(markdown).toContain("competency: Two lines\n");
    expect(markdown).not.toContain("### Scoring");
    expect(parseQuestionSet(markdown, "x.md").set?.questions[0]).toMatchObject({ answer: "Windows\nline ends", keyPoints: ["a\nb"], scoring: [] });
  });
});
