import { describe, expect, it } from "vitest";
import { didYouMean, slugify } from "./parse-question-set";
import { lines, VALID, SECOND_QUESTION, parse, lineOf, parseValid } from "../../tests/parse-question-set-helpers";

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
      "An introduction: how to use the set.",
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
      "reviewed: 2026-12",
      "practice-twin: devops-automate-deployments-practice",
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
      "  Listen for: what a good reply to it contains.",
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
      introduction: "An introduction: how to use the set.",
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
          followUps: [{ question: "A question to dig deeper", listenFor: "what a good reply to it contains." }],
          scoring: [
            "What a poor answer (1) looks like.",
            "What a weak answer (2) looks like.",
            "What a solid answer (3) looks like.",
            "What an excellent answer (4) looks like.",
          ],
          reviewed: "2026-12",
          practiceTwin: "devops-automate-deployments-practice",
          line: 10,
          keyLines: { id: 12, difficulty: 13, level: 14, competency: 15, tags: 16, minutes: 17, audience: 18, reviewed: 19, "practice-twin": 20 },
        },
      ],
    });
  });

  it("applies defaults: slug from the file name, id from the title, audience both, empty optional fields", () => {
    const set = parseValid(`${VALID}\n${SECOND_QUESTION}`, "content/questions/aws-basics.md");
    expect(set).toMatchObject({ slug: "aws-basics", description: null, audience: "both", ownAudience: null, introduction: "" });
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
      reviewed: null,
      practiceTwin: null,
      line: 18,
      keyLines: { difficulty: 20 },
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
      followUps: [{ question: "f", listenFor: null }],
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


describe("didYouMean", () => {
  it("matches spacing, case and small typos, and nothing far off", () => {
    expect(didYouMean("Keypoints", ["Answer", "Key points"])).toBe("Key points");
    expect(didYouMean("titel", ["title", "slug"])).toBe("title");
    expect(didYouMean("colour", ["title", "slug"])).toBeNull();
  });
});
