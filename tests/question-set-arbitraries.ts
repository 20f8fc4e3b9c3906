// fast-check generators of question-set files and of the sets they parse to, shared by the
// parser's and the exporter's property tests.
//
// The bank format's v2 parts (reviewed, practice-twin, "Listen for:" lines, a set's introduction)
// are drawn too; `legacySetModel` and `legacyParsedSet` leave out the keys and the introduction,
// which the parser of before them refused, for the comparison with it (tests/parser-equivalence
// .test.ts). "Listen for:" lines stay: to that parser they were text of the follow-up item.
import fc from "fast-check";
import { joinFollowUp } from "@/lib/content/follow-ups";
import { slugify } from "@/lib/content/parse-question-set";
import {
  AUDIENCES,
  type Audience,
  DIFFICULTIES,
  type Difficulty,
  type FollowUp,
  LEVELS,
  type Level,
  type MetadataKey,
  type ParsedQuestion,
  type ParsedSet,
} from "@/lib/content/schema";

export const FILE = "content/questions/generated-set.md";

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
/** A month for `reviewed:`, YYYY-MM. */
export const reviewedMonth = fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 })).map(([year, month]) => `${year}-${String(month).padStart(2, "0")}`);
const twinId = fc.stringMatching(/^[a-z0-9]{1,6}(?:-[a-z0-9]{1,6}){0,2}-practice$/);
/** "Listen for:" as people write it: any case, any spacing after the colon. */
const listenForLabel = fc.constantFrom("Listen for:", "listen for:", "LISTEN FOR:", "Listen for:  ", "Listen For:\t");
const listenFor = fc.oneof({ weight: 4, arbitrary: phrase }, { weight: 1, arbitrary: fc.tuple(phrase, phrase).map(([a, b]) => `${a}\nand ${b}`) });
// The question starts with a word, so its first line is a paragraph that a lazy "Listen for:" line
// continues ("- 1. x" would make it a list, which that line would continue instead).
const modelFollowUp = fc.record({ question: phrase.map((p) => `Why ${p}`), listenFor: fc.option(listenFor), label: listenForLabel, indent: fc.boolean() });
const headingCase = fc.constantFrom(
  (s: string) => s,
  (s: string) => s.toLowerCase(),
  (s: string) => s.toUpperCase(),
);

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
  followUps: { question: string; listenFor: string | null; label: string; indent: boolean }[] | null;
  scoring: [string, string, string, string] | null;
  reviewed: string | null;
  practiceTwin: string | null;
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
  followUps: fc.option(fc.array(modelFollowUp, { minLength: 1, maxLength: 4 })),
  scoring: fc.option(fc.tuple(phrase, phrase, phrase, phrase)),
  reviewed: fc.option(reviewedMonth),
  practiceTwin: fc.option(twinId),
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
  introduction: string | null;
  questions: QuestionModel[];
}

export const setModel: fc.Arbitrary<SetModel> = fc
  .record({
    title: phrase,
    slug: fc.option(fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}$/)),
    description: fc.option(phrase),
    audience: fc.option(fc.constantFrom(...AUDIENCES)),
    introduction: fc.option(markdownBody),
    questions: fc.uniqueArray(questionModel, { minLength: 1, maxLength: 5, selector: (q) => q.id ?? slugify(q.title) }),
  })
  // A question is never its own twin (the parser refuses that).
  .map((model) => ({ ...model, questions: model.questions.map((q) => (q.practiceTwin === (q.id ?? slugify(q.title)) ? { ...q, practiceTwin: null } : q)) }));

/** Sets in the format before v2: no reviewed, practice-twin or introduction. */
export const legacySetModel: fc.Arbitrary<SetModel> = setModel.map((model) => ({
  ...model,
  introduction: null,
  questions: model.questions.map((q) => ({ ...q, reviewed: null, practiceTwin: null })),
}));

function renderList(list: readonly string[], marker: (index: number) => string, loose: boolean): string {
  return list.map((item, index) => `${marker(index)} ${item}`).join(loose ? "\n\n" : "\n");
}

function metadataLines(q: QuestionModel): [MetadataKey, string][] {
  const entries: [MetadataKey, string | null][] = [
    ["id", q.id],
    ["difficulty", q.difficulty],
    ["level", q.level],
    ["competency", q.competency],
    ["tags", q.tags.length === 0 ? null : q.tags.join(", ")],
    ["minutes", q.minutes === null ? null : String(q.minutes)],
    ["audience", q.audience],
    ["reviewed", q.reviewed],
    ["practice-twin", q.practiceTwin],
  ];
  return entries.filter((entry): entry is [MetadataKey, string] => entry[1] !== null);
}

/** A follow-up as the model writes it: the label in its own spelling, on a lazy or an indented line. */
function renderFollowUp(f: QuestionModel["followUps"] & object extends (infer T)[] ? T : never): string {
  if (f.listenFor === null) return f.question;
  const indent = f.indent ? "  " : "";
  return `${f.question}\n${indent}${f.label}${f.label.endsWith(":") ? " " : ""}${f.listenFor.replace(/\n/g, `\n${indent}`)}`;
}

function renderQuestion(q: QuestionModel): string[] {
  const metadata = metadataLines(q).map(([key, value]) => `${key}: ${value}`);
  const sections: Record<(typeof SECTIONS)[number], string | null> = {
    Answer: q.answer,
    "Key points": renderList(q.keyPoints, () => q.bullet, q.looseLists),
    "Red flags": q.redFlags && renderList(q.redFlags, () => q.bullet, q.looseLists),
    "Follow-ups": q.followUps && renderList(q.followUps.map(renderFollowUp), () => q.bullet, q.looseLists),
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

export function render(model: SetModel): { source: string; expected: ParsedSet } {
  const frontMatter = [
    "---",
    `title: ${JSON.stringify(model.title)}`,
    ...(model.slug === null ? [] : [`slug: ${JSON.stringify(model.slug)}`]),
    ...(model.description === null ? [] : [`description: ${JSON.stringify(model.description)}`]),
    ...(model.audience === null ? [] : [`audience: ${model.audience}`]),
    "---",
    "",
    ...(model.introduction === null ? [] : [model.introduction, ""]),
  ];
  const lines = [...frontMatter.flatMap((text) => text.split("\n"))];
  const setAudience = model.audience ?? "both";
  const questions: ParsedQuestion[] = model.questions.map((q) => {
    const line = lines.length + 1;
    lines.push(...renderQuestion(q));
    const firstKey = line + 1 + (q.blankAfterHeading ? 1 : 0);
    const keyLines = Object.fromEntries(metadataLines(q).map(([key], index) => [key, firstKey + index]));
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
      followUps: (q.followUps ?? []).map((f) => ({ question: f.question, listenFor: f.listenFor })),
      scoring: q.scoring ?? [],
      reviewed: q.reviewed,
      practiceTwin: q.practiceTwin,
      line,
      keyLines,
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
      introduction: model.introduction ?? "",
      sourcePath: FILE,
      questions,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Parsed sets with awkward content, as the parser can produce them (for exporting and importing)

/** A heading's text the way the parser leaves it: trimmed, no CR or LF. */
const trimmedHeading = (text: fc.Arbitrary<string>) => text.map((t) => t.replace(/[\r\n]/g, " ").trim()).filter((t) => t !== "");
/** A metadata value the way the parser leaves it: trimmed, none of the line ends of "." in a RegExp. */
const trimmedLine = (text: fc.Arbitrary<string>) => text.map((t) => t.replace(/[\r\n\u2028\u2029]/g, " ").trim()).filter((t) => t !== "");

// Values that YAML reads as something else, or that need quoting or escaping.
const YAML_AWKWARD = [
  "yes",
  "No",
  "null",
  "~",
  "true",
  "123",
  "1e3",
  "0x1F",
  "1:30",
  "2024-01-01",
  ".inf",
  "-dash",
  "- item",
  "? q",
  "a: b",
  "a:b",
  "a #b",
  "a#b",
  "C#",
  "'quoted'",
  '"double"',
  "[list]",
  "{map}",
  "&anchor",
  "*alias",
  "!tag",
  "|pipe",
  ">fold",
  "%pct",
  "@at",
  "`tick`",
  "a:",
  "#hash",
  "= eq",
  "<<",
  "---",
  "...",
  "key: value # comment",
  "tab\there",
  "new\nline",
  "back\\slash",
  "ünïcödé",
  "emoji 🎉",
  "nul \u0000 char",
  "del \u007f",
  "next line \u0085",
  "line sep \u2028 x",
  "bom \ufeff x",
  "lone \ud800 half",
];
const frontMatterText = fc
  .oneof(phrase, fc.constantFrom(...YAML_AWKWARD), fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }), fc.string({ unit: "binary", minLength: 1, maxLength: 8 }))
  .filter((text) => text !== "" && text === text.trim());

const AWKWARD_TITLES = [
  "#",
  "##",
  "# #",
  "C#",
  "C# and F#",
  "#hashtag",
  "a \\#",
  "Why `##`?",
  "What is 1. + 2.?",
  "<b>bold</b> #",
  "**Bold** title ###",
  "a: b",
  "- looks like a list",
  "> looks like a quote",
  "1. numbered",
  "[ ] task",
  "--- dashes",
  "=== equals",
  "tab\tinside",
  "end \\",
  "line\u2028separator",
  "nbsp\u00a0inside",
];
const questionTitle = trimmedHeading(
  fc.oneof(
    { weight: 3, arbitrary: phrase },
    { weight: 1, arbitrary: phrase.map((p) => `${p} #`) },
    { weight: 1, arbitrary: phrase.map((p) => `${p} ##`) },
    { weight: 1, arbitrary: fc.constantFrom(...AWKWARD_TITLES) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 16 }) },
  ),
);

// Top-level blocks that keep a section whole: nothing in them is a "##"/"###" heading of the file.
const AWKWARD_BLOCKS = [
  "```md\n## Not a question\n### Not a section\n---\n```",
  "~~~\n```\n# nor a title\n~~~",
  "````\n```\n## nested fence\n```\n````",
  "```\n```",
  "#### A sub-heading",
  "###### Deep #",
  "***",
  "---",
  "___",
  "> ## A quoted heading\n> and text",
  "> ```\n> ## quoted code\n> ```",
  "- a\n  - nested\n- b",
  "1. one\n2. two\n   1. nested",
  "* ---",
  "| a | b |\n| - | - |\n| 1 | 2 |",
  "<div>\n<b>html</b>\n</div>",
  "<!-- a comment\n## inside the comment\n-->",
  "<details>\n<summary>More</summary>\n\nbody\n\n</details>",
  "[ref]: https://example.com",
  "\\## escaped",
  "2024. A year",
  "===",
  "Term: definition",
  "a paragraph\n\n    indented code\n    ## not a heading",
  "text  \nwith a hard break",
  "tab\tinside",
];
/** Markdown for a prompt or an answer: trimmed, as the parser gives it. */
const richMarkdown = fc
  .array(fc.oneof({ weight: 3, arbitrary: paragraph }, { weight: 2, arbitrary: fc.constantFrom(...AWKWARD_BLOCKS) }, { weight: 1, arbitrary: codeBlock }), {
    minLength: 1,
    maxLength: 4,
  })
  .chain((blocks) =>
    // A first line that was indented code comes back from the parser without its indentation.
    fc.oneof(
      { weight: 8, arbitrary: fc.constant(blocks.join("\n\n")) },
      { weight: 1, arbitrary: fc.constantFrom(`    ${blocks.join("\n\n")}`, `    ## not a heading\n\n${blocks.join("\n\n")}`, "    ```\n```\ncode\n```", "    <!--\n\ntext") },
    ),
  )
  .map((markdown) => markdown.trim());

// List items as the parser gives them: first line trimmed, continuation lines dedented.
const AWKWARD_ITEMS = [
  "1. starts like a number",
  "2020. A year",
  "3) paren",
  "---",
  "***",
  "- -",
  "___",
  "- nested",
  "* star",
  "+ plus",
  "> quote",
  "`code` first",
  "[ ] not a task",
  "[x] nor this",
  "[\t] nor this",
  "#### heading",
  "## heading in an item",
  "# h1 in an item",
  "a\nb",
  "a\n\nb",
  "a\n```\ncode\n\n```",
  "```js\nx\n```",
  "a\n- nested\n- list",
  "a\n\n    indented code",
  "a\n---",
  "a\n  extra indented",
  "~~~\n## fenced\n~~~",
  "<!-- c -->",
  "a <b>html</b>",
  "a  \nhard break",
  "-",
  "1.",
  "<div>\nhtml block\n</div>",
  "| a | b |\n| - | - |\n| 1 | 2 |",
  "tab\there",
  "trailing #",
  "---\nafter a rule",
  "a\n   \n  b",
];
const richItem = fc.oneof({ weight: 3, arbitrary: phrase }, { weight: 2, arbitrary: fc.constantFrom(...AWKWARD_ITEMS) });
const richItems = fc.array(richItem, { minLength: 1, maxLength: 5 });

// A follow-up as the parser gives it: the question (any item) and, after a "Listen for:" line, what
// to listen for. Only text that the "Listen for:" line's paragraph can start: a line of "=" or "-"
// under it would make it a heading, so the parser would have read no "Listen for" there.
const AWKWARD_LISTEN_FOR = ["`code` first", "a\nb", "a\n\nb", "trailing #", "a <b>html</b>", "- not a list here", "1. nor a number", "ünïcödé 🎉", "a  \nhard break", "tab\there"];
const richFollowUp: fc.Arbitrary<FollowUp> = fc.record({
  question: richItem,
  listenFor: fc.option(fc.oneof({ weight: 3, arbitrary: phrase }, { weight: 1, arbitrary: fc.constantFrom(...AWKWARD_LISTEN_FOR) })),
});

const tag = fc.oneof(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,8}$/), fc.constantFrom("cold start", "C#", "ünï", "a.b", "x/y", "#tag", "[t]", "a: b"));

function questionArbitrary(setAudience: Audience): fc.Arbitrary<ParsedQuestion> {
  return fc
    .record({
      id: fc.stringMatching(/^[a-z0-9]{1,6}(?:-[a-z0-9]{1,6}){0,3}$/),
      title: questionTitle,
      difficulty: fc.constantFrom(...DIFFICULTIES),
      level: fc.option(fc.constantFrom(...LEVELS)),
      competency: fc.option(trimmedLine(fc.oneof(phrase, fc.constantFrom(...YAML_AWKWARD), fc.string({ unit: "grapheme", maxLength: 12 })))),
      tags: fc.uniqueArray(tag, { maxLength: 4 }),
      minutes: fc.option(fc.integer({ min: 1, max: 120 })),
      ownAudience: fc.option(fc.constantFrom(...AUDIENCES)),
      prompt: fc.option(richMarkdown),
      answer: richMarkdown,
      keyPoints: richItems,
      redFlags: fc.option(richItems),
      followUps: fc.option(fc.array(richFollowUp, { minLength: 1, maxLength: 5 })),
      scoring: fc.option(fc.tuple(richItem, richItem, richItem, richItem)),
      reviewed: fc.option(reviewedMonth),
      practiceTwin: fc.option(twinId),
    })
    .map((q) => ({
      ...q,
      audience: q.ownAudience ?? setAudience,
      prompt: q.prompt ?? "",
      redFlags: q.redFlags ?? [],
      followUps: q.followUps ?? [],
      scoring: q.scoring ?? [],
      practiceTwin: q.practiceTwin === q.id ? null : q.practiceTwin,
      line: 1,
      keyLines: {},
    }));
}

/** A valid ParsedSet with awkward text everywhere; `line` numbers are placeholders (1). */
export const parsedSet: fc.Arbitrary<ParsedSet> = fc
  .record({
    slug: fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}$/),
    title: frontMatterText,
    description: fc.option(frontMatterText),
    ownAudience: fc.option(fc.constantFrom(...AUDIENCES)),
    introduction: fc.oneof({ weight: 1, arbitrary: richMarkdown }, { weight: 2, arbitrary: fc.constant("") }),
  })
  .chain((set) => {
    const audience = set.ownAudience ?? "both";
    return fc
      .uniqueArray(questionArbitrary(audience), { minLength: 1, maxLength: 3, selector: (q) => q.id })
      .map((questions): ParsedSet => ({ ...set, audience, sourcePath: FILE, questions }));
  });

/** Parsed sets in the format before v2 (see legacySetModel). */
export const legacyParsedSet: fc.Arbitrary<ParsedSet> = parsedSet.map((set) => ({
  ...set,
  introduction: "",
  questions: set.questions.map((q) => ({ ...q, reviewed: null, practiceTwin: null })),
}));

// ---------------------------------------------------------------------------------------------
// Unusual layouts of a set's file

interface Layout {
  crlf: boolean;
  bom: boolean;
  omitSlug: boolean;
  closingHashes: boolean;
  blankAfterHeading: boolean;
  blankLines: number;
  /** Spaces between a list marker and the item's text (its continuation lines follow the text). */
  markerGap: number;
  bullet: "-" | "*" | "+";
  numbering: "." | ")";
  looseLists: boolean;
  /** Indent the first line of each prompt and answer, and of each item, as code (which the parser trims). */
  indentFirstLines: boolean;
  trailingSpaces: boolean;
  order: (typeof SECTIONS)[number][];
  caseOf: (s: string) => string;
}

export const layout: fc.Arbitrary<Layout> = fc.record({
  crlf: fc.boolean(),
  bom: fc.boolean(),
  omitSlug: fc.boolean(),
  closingHashes: fc.boolean(),
  blankAfterHeading: fc.boolean(),
  blankLines: fc.integer({ min: 1, max: 3 }),
  markerGap: fc.integer({ min: 1, max: 4 }),
  bullet: fc.constantFrom("-", "*", "+"),
  numbering: fc.constantFrom(".", ")"),
  looseLists: fc.boolean(),
  indentFirstLines: fc.boolean(),
  trailingSpaces: fc.boolean(),
  order: fc.shuffledSubarray([...SECTIONS], { minLength: SECTIONS.length, maxLength: SECTIONS.length }),
  caseOf: headingCase,
});

/** A YAML double-quoted string: JSON's escapes, plus the characters YAML wants escaped. */
function yamlQuoted(text: string): string {
  return JSON.stringify(text).replace(/[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * The set written with the given layout choices. Not always valid (an indented first line can
 * leave a fence unclosed; a marker can make a thematic break): callers use the files that parse.
 */
export function oddLayout(set: ParsedSet, choices: Layout): string {
  const trailing = choices.trailingSpaces ? "  " : "";
  const blank = "\n".repeat(choices.blankLines + 1);
  const first = (text: string) => (choices.indentFirstLines ? `    ${text}` : text);
  // "+" where "- ---" would be a thematic break rather than an item; "[ ] x" only as indented code.
  const bullet = (items: string[]) => (items.some((item) => /^[-*_ \t]+$/.test(item.split("\n")[0]!)) ? "+" : choices.bullet);
  const list = (items: string[], marker: (index: number) => string) =>
    items
      .map((item, index) => {
        const head = `${marker(index)}${" ".repeat(choices.markerGap)}`;
        const [line, ...rest] = item.split("\n");
        const text = line!.startsWith("[") ? `    ${line}` : first(line!);
        return [`${head}${text}`, ...rest.map((l) => (l === "" ? "" : `${" ".repeat(head.length)}${l}`))].join("\n");
      })
      .join(choices.looseLists ? "\n\n" : "\n");
  const frontMatter = [
    "---",
    `title: ${yamlQuoted(set.title)}`,
    ...(choices.omitSlug ? [] : [`slug: ${yamlQuoted(set.slug)}`]),
    ...(set.description === null ? [] : [`description: ${yamlQuoted(set.description)}`]),
    ...(set.ownAudience === null ? [] : [`audience: ${set.ownAudience}`]),
    "---",
  ].join("\n");
  const questions = set.questions.map((q) => {
    const metadata = [
      `id: ${q.id}`,
      `difficulty: ${q.difficulty}`,
      q.level === null ? null : `level: ${q.level}`,
      q.competency === null ? null : `competency: ${q.competency}`,
      q.tags.length === 0 ? null : `tags: ${q.tags.join(",")}`,
      q.minutes === null ? null : `minutes: ${q.minutes}`,
      q.ownAudience === null ? null : `audience: ${q.ownAudience}`,
      q.reviewed === null ? null : `reviewed: ${q.reviewed}`,
      q.practiceTwin === null ? null : `practice-twin: ${q.practiceTwin}`,
    ].filter((line) => line !== null);
    const closing = /(?:^|\s)#+$/.test(q.title) ? " #" : choices.closingHashes ? " ##" : "";
    const sections: Record<(typeof SECTIONS)[number], string | null> = {
      Answer: first(q.answer),
      "Key points": list(q.keyPoints, () => bullet(q.keyPoints)),
      "Red flags": q.redFlags.length === 0 ? null : list(q.redFlags, () => bullet(q.redFlags)),
      "Follow-ups": q.followUps.length === 0 ? null : list(q.followUps.map(joinFollowUp), () => bullet(q.followUps.map(joinFollowUp))),
      Scoring: q.scoring.length === 0 ? null : list(q.scoring, (index) => `${index + 1}${choices.numbering}`),
    };
    const parts = [`## ${q.title}${closing}${trailing}${choices.blankAfterHeading ? "\n" : ""}\n${metadata.map((line) => line + trailing).join("\n")}`];
    if (q.prompt !== "") parts.push(first(q.prompt));
    for (const name of choices.order) {
      const content = sections[name];
      if (content !== null) parts.push(`### ${choices.caseOf(name)}${trailing}`, content);
    }
    return parts.join(blank);
  });
  const introduction = set.introduction === "" ? [] : [first(set.introduction)];
  const text = `${[frontMatter, ...introduction, ...questions].join(blank)}\n`;
  return `${choices.bom ? "\uFEFF" : ""}${choices.crlf ? text.replace(/\n/g, "\r\n") : text}`;
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
export const junkLine = fc.oneof(fc.constantFrom(...TRICKY_LINES), fc.string({ maxLength: 20 }), fc.string({ unit: "binary", maxLength: 10 }));

type Mutation = { kind: "delete"; at: number } | { kind: "duplicate"; at: number } | { kind: "swap"; at: number; with: number } | { kind: "insert"; at: number; line: string };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("swap" as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), line: junkLine }),
);

export function mutate(source: string, mutations: Mutation[]): string {
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
