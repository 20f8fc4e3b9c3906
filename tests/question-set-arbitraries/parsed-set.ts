// Parsed sets with awkward content, as the parser can produce them (for exporting and importing):
// YAML-looking front matter, titles full of "#", blocks and list items that look like headings.
import fc from "fast-check";
import { AUDIENCES, type Audience, DIFFICULTIES, type FollowUp, LEVELS, type ParsedQuestion, type ParsedSet } from "@/lib/content/schema";
import { codeBlock, FILE, paragraph, phrase, reviewedMonth, twinId } from "./building-blocks";

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
