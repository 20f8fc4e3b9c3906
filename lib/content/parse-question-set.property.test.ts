import fc from "fast-check";
import type { Nodes } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "./markdown-structure";
import { type ParseResult, parseQuestionSet, slugify } from "./parse-question-set";
import { AUDIENCES, type Audience, DIFFICULTIES, type Difficulty, LEVELS, type Level, type ParsedQuestion, type ParsedSet } from "./schema";

const FILE = "content/questions/generated-set.md";

function lineCount(source: string | Uint8Array): number {
  const text = typeof source === "string" ? source : new TextDecoder().decode(source);
  return text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/).length;
}

/** The invariants every parse must keep, whatever the input. */
function expectWellFormed(result: ParseResult, source: string | Uint8Array) {
  expect(result.set === null).toBe(result.errors.length > 0);
  const maxLine = lineCount(source) + 1;
  for (const error of result.errors) {
    expect(error.file).toBe(FILE);
    expect(Number.isInteger(error.line) && error.line >= 1 && error.line <= maxLine, `line ${error.line} of ${maxLine - 1}`).toBe(true);
    expect(error.message.length).toBeGreaterThan(0);
  }
  const lines = result.errors.map((error) => error.line);
  expect(lines).toEqual([...lines].sort((a, b) => a - b));
}

// The reference: one remark parse of the whole text.
const remark = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * A tree without the content of paragraphs, headings and table cells. Parsed piece by piece, a
 * link or footnote reference is only resolved against definitions in its own piece, which changes
 * the type of the inline node but not where it is; the question-set parser reads source spans.
 */
function blockStructure(node: Nodes): unknown {
  if (!("children" in node)) return node;
  const { children, ...rest } = node;
  const phrasing = node.type === "paragraph" || node.type === "heading" || node.type === "tableCell";
  return phrasing ? rest : { ...rest, children: children.map(blockStructure) };
}

/** Checks that parsing piece by piece gives the tree one remark parse of the whole text gives. */
function expectSameTreeAsOneParse(text: string) {
  expect(blockStructure(parseMarkdown(text))).toEqual(blockStructure(remark.parse(text)));
}

/** Parses, checks the invariants, and checks the piecewise Markdown parse against one whole parse. */
function parseChecked(source: string | Uint8Array): ParseResult {
  const result = parseQuestionSet(source, FILE);
  expectWellFormed(result, source);
  // parseQuestionSet drops a byte-order mark and normalises line endings before any Markdown
  // parsing, so the trees are compared on that text.
  if (typeof source === "string") expectSameTreeAsOneParse(source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"));
  return result;
}

// ---------------------------------------------------------------------------------------------
// Generated valid sets

const word = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9'?!.,()é-]{0,9}$/);
const inlineMarkdown = fc.constantFrom("**bold**", "`code`", "[link](https://example.com/a_b)", "_em_", "H~2~O", "a|b");
const phrase = fc
  .tuple(word, fc.array(fc.oneof({ weight: 4, arbitrary: word }, { weight: 1, arbitrary: inlineMarkdown }), { maxLength: 8 }))
  .map(([first, rest]) => [first, ...rest].join(" "));
const paragraph = fc.array(phrase, { minLength: 1, maxLength: 3 }).map((ls) => ls.join("\n"));
const codeBlock = fc.constantFrom("```md\n## Not a question\n### Not a section\n```", "~~~\n# nor a title\n~~~", "```\n```");
const markdownBody = fc
  .array(fc.oneof({ weight: 4, arbitrary: paragraph }, { weight: 1, arbitrary: codeBlock }, { weight: 1, arbitrary: phrase.map((p) => `#### ${p}`) }), {
    minLength: 1,
    maxLength: 4,
  })
  .map((blocks) => blocks.join("\n\n"));
const items = fc.array(phrase, { minLength: 1, maxLength: 5 });
const headingCase = fc.constantFrom((s: string) => s, (s: string) => s.toLowerCase(), (s: string) => s.toUpperCase());

const SECTIONS = ["Answer", "Key points", "Red flags", "Follow-ups", "Scoring"] as const;

interface QuestionModel {
  title: string;
  id: string | null;
  difficulty: Difficulty;
  level: Level | null;
  competency: string | null;
  tags: string[];
  minutes: number | null;
  audience: Audience | null;
  prompt: string | null;
  answer: string;
  keyPoints: string[];
  redFlags: string[] | null;
  followUps: string[] | null;
  scoring: [string, string, string, string] | null;
  // Presentation choices that must not change the result.
  order: (typeof SECTIONS)[number][];
  caseOf: (s: string) => string;
  bullet: "-" | "*" | "+";
  numbering: "." | ")";
  looseLists: boolean;
  blankAfterHeading: boolean;
}

const questionModel: fc.Arbitrary<QuestionModel> = fc.record({
  title: phrase,
  id: fc.option(fc.stringMatching(/^[a-z0-9]{1,6}(?:-[a-z0-9]{1,6}){0,3}$/)),
  difficulty: fc.constantFrom(...DIFFICULTIES),
  level: fc.option(fc.constantFrom(...LEVELS)),
  competency: fc.option(phrase),
  tags: fc.uniqueArray(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,8}$/), { maxLength: 4 }),
  minutes: fc.option(fc.integer({ min: 1, max: 120 })),
  audience: fc.option(fc.constantFrom(...AUDIENCES)),
  prompt: fc.option(markdownBody),
  answer: markdownBody,
  keyPoints: items,
  redFlags: fc.option(items),
  followUps: fc.option(items),
  scoring: fc.option(fc.tuple(phrase, phrase, phrase, phrase)),
  order: fc.shuffledSubarray([...SECTIONS], { minLength: SECTIONS.length, maxLength: SECTIONS.length }),
  caseOf: headingCase,
  bullet: fc.constantFrom("-", "*", "+"),
  numbering: fc.constantFrom(".", ")"),
  looseLists: fc.boolean(),
  blankAfterHeading: fc.boolean(),
});

interface SetModel {
  title: string;
  slug: string | null;
  description: string | null;
  audience: Audience | null;
  questions: QuestionModel[];
}

const setModel: fc.Arbitrary<SetModel> = fc.record({
  title: phrase,
  slug: fc.option(fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}$/)),
  description: fc.option(phrase),
  audience: fc.option(fc.constantFrom(...AUDIENCES)),
  questions: fc.uniqueArray(questionModel, { minLength: 1, maxLength: 5, selector: (q) => q.id ?? slugify(q.title) }),
});

function renderList(list: readonly string[], marker: (index: number) => string, loose: boolean): string {
  return list.map((item, index) => `${marker(index)} ${item}`).join(loose ? "\n\n" : "\n");
}

function renderQuestion(q: QuestionModel): string[] {
  const metadata = [
    q.id === null ? null : `id: ${q.id}`,
    `difficulty: ${q.difficulty}`,
    q.level === null ? null : `level: ${q.level}`,
    q.competency === null ? null : `competency: ${q.competency}`,
    q.tags.length === 0 ? null : `tags: ${q.tags.join(", ")}`,
    q.minutes === null ? null : `minutes: ${q.minutes}`,
    q.audience === null ? null : `audience: ${q.audience}`,
  ].filter((line) => line !== null);
  const sections: Record<(typeof SECTIONS)[number], string | null> = {
    Answer: q.answer,
    "Key points": renderList(q.keyPoints, () => q.bullet, q.looseLists),
    "Red flags": q.redFlags && renderList(q.redFlags, () => q.bullet, q.looseLists),
    "Follow-ups": q.followUps && renderList(q.followUps, () => q.bullet, q.looseLists),
    Scoring: q.scoring && renderList(q.scoring, (index) => `${index + 1}${q.numbering}`, q.looseLists),
  };
  const out = [`## ${q.title}`, ...(q.blankAfterHeading ? [""] : []), ...metadata, ""];
  if (q.prompt !== null) out.push(q.prompt, "");
  for (const name of q.order) {
    const content = sections[name];
    if (content !== null) out.push(`### ${q.caseOf(name)}`, "", content, "");
  }
  return out.join("\n").split("\n");
}

function render(model: SetModel): { source: string; expected: ParsedSet } {
  const frontMatter = [
    "---",
    `title: ${JSON.stringify(model.title)}`,
    ...(model.slug === null ? [] : [`slug: ${JSON.stringify(model.slug)}`]),
    ...(model.description === null ? [] : [`description: ${JSON.stringify(model.description)}`]),
    ...(model.audience === null ? [] : [`audience: ${model.audience}`]),
    "---",
    "",
  ];
  const lines = [...frontMatter];
  const setAudience = model.audience ?? "both";
  const questions: ParsedQuestion[] = model.questions.map((q) => {
    const line = lines.length + 1;
    lines.push(...renderQuestion(q));
    return {
      id: q.id ?? slugify(q.title),
      title: q.title,
      difficulty: q.difficulty,
      level: q.level,
      competency: q.competency,
      tags: q.tags,
      minutes: q.minutes,
      audience: q.audience ?? setAudience,
      ownAudience: q.audience,
      prompt: q.prompt ?? "",
      answer: q.answer,
      keyPoints: q.keyPoints,
      redFlags: q.redFlags ?? [],
      followUps: q.followUps ?? [],
      scoring: q.scoring ?? [],
      line,
    };
  });
  return {
    source: lines.join("\n"),
    expected: {
      slug: model.slug ?? "generated-set",
      title: model.title,
      description: model.description,
      audience: setAudience,
      ownAudience: model.audience,
      sourcePath: FILE,
      questions,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Random and mutated input

// Lines that mean something in Markdown or in the format, to make random input interesting.
const TRICKY_LINES = [
  "## A question?",
  "##",
  "# Title",
  "### Answer",
  "### Key points",
  "### Keypoints",
  "### Scoring",
  "#### Sub",
  "  ## indented",
  "---",
  "===",
  "***",
  "- - -",
  "```",
  "````js",
  "~~~",
  "  ```",
  "    ```",
  "\t```",
  "- ```",
  "1. ~~~",
  "> ```",
  "  - ```",
  "<!--",
  "-->",
  "<div>",
  "</div>",
  "  <span>",
  "<pre>",
  "</pre>",
  "> quote",
  ">",
  "[a]: /url",
  "[^1]: note",
  "    ## code",
  "- item",
  "-",
  "* other",
  "1. one",
  "5) five",
  "- [ ] task",
  "  - nested",
  "| a | b |",
  "| - | - |",
  "difficulty: easy",
  "dificulty: easy",
  "id: Bad Id",
  "minutes: 500",
  "title: x",
  "",
  "   ",
];
const junkLine = fc.oneof(fc.constantFrom(...TRICKY_LINES), fc.string({ maxLength: 20 }), fc.string({ unit: "binary", maxLength: 10 }));

type Mutation =
  | { kind: "delete"; at: number }
  | { kind: "duplicate"; at: number }
  | { kind: "swap"; at: number; with: number }
  | { kind: "insert"; at: number; line: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("swap" as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), line: junkLine }),
);

function mutate(source: string, mutations: Mutation[]): string {
  const lines = source.split("\n");
  for (const m of mutations) {
    const at = m.at % (lines.length + 1);
    if (m.kind === "insert") lines.splice(at, 0, m.line);
    else if (lines.length === 0) continue;
    else if (m.kind === "delete") lines.splice(at % lines.length, 1);
    else if (m.kind === "duplicate") lines.splice(at % lines.length, 0, lines[at % lines.length]!);
    else {
      const [i, j] = [at % lines.length, m.with % lines.length];
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    }
  }
  return lines.join("\n");
}

const markdownishText = fc
  .array(fc.oneof(junkLine, fc.constantFrom("\r\n", "\r", "\uFEFF", ":", " ", "-", "#", "`")), { maxLength: 40 })
  .map((parts) => parts.join("\n"));

// Lines on which the outline pass (no lists or block quotes) and a full parse can disagree about
// where a code block or HTML block ends, around lines that may be question headings.
const structuralText = fc
  .array(
    fc.constantFrom(
      "## Q",
      "# T",
      "  ## indented",
      "### S",
      "Q\n---",
      "text",
      "",
      "- item",
      "1. item",
      "> quote",
      "```",
      "  ```",
      "   ~~~",
      "- ```",
      "> ```",
      "  - ```",
      "    code",
      "<div>",
      "<!--",
      "-->",
      "| a |\n| - |",
      "[^1]: note",
    ),
    { maxLength: 60 },
  )
  .map((lines) => lines.join("\n"));

// CPU-bound (every input is parsed twice with remark), so allow for a busy machine.
const PROPERTY_TEST = { timeout: 120_000 };

describe("parseQuestionSet properties", () => {
  it("never throws on random text or bytes, and reports sane lines", PROPERTY_TEST, () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), markdownishText), (source) => {
        parseChecked(source);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expectWellFormed(parseQuestionSet(bytes, FILE), bytes);
      }),
      { numRuns: 300 },
    );
  });

  it("parses Markdown piece by piece into the tree one remark parse gives", PROPERTY_TEST, () => {
    fc.assert(
      fc.property(structuralText, (text) => {
        expectSameTreeAsOneParse(text);
      }),
      { numRuns: 1000 },
    );
  });

  it("parses generated valid sets to exactly what was generated", PROPERTY_TEST, () => {
    fc.assert(
      fc.property(setModel, (model) => {
        const { source, expected } = render(model);
        expect(parseChecked(source)).toEqual({ set: expected, errors: [] });
      }),
      { numRuns: 150 },
    );
  });

  it("never throws on mutated valid documents, which parse as with one remark parse", PROPERTY_TEST, () => {
    fc.assert(
      fc.property(setModel, fc.array(mutation, { minLength: 1, maxLength: 6 }), (model, mutations) => {
        parseChecked(mutate(render(model).source, mutations));
      }),
      { numRuns: 150 },
    );
  });
});
