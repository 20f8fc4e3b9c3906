// Writes a ParsedSet back out as a question-set Markdown file (format: content/README.md), so that
// parseQuestionSet(exportQuestionSet(set)) gives the set again (apart from line numbers) for every
// set the parser can produce. Pure and synchronous; LF line endings, one newline at the end.
//
// The parser keeps Markdown as source slices (trimmed; list items with their indentation removed),
// so exporting is mostly putting each slice back where the parser takes it from. The front matter
// is written by the \`yaml\` library; the exceptions handled below are a title ending in "#" (an ATX closing sequence),
// list markers that would make a thematic break, and Markdown whose first line had lost an
// indentation that kept it from opening a block.
import { Document } from "yaml";
import { outlineMarkdown } from "./markdown-structure";
import type { Audience, ParsedQuestion, ParsedSet } from "./schema";

export function exportQuestionSet(set: ParsedSet): string {
  const setAudience = set.ownAudience ?? (set.audience === "both" ? null : set.audience);
  const frontMatter = `---\n${frontMatterYaml({
    title: set.title,
    slug: set.slug,
    ...(set.description === null || set.description.trim() === "" ? {} : { description: set.description }),
    ...(setAudience === null ? {} : { audience: setAudience }),
  })}---`;
  const questions = set.questions.map((question) => exportQuestion(question, set.audience));
  return `${[frontMatter, ...questions].join("\n\n")}\n`;
}

function exportQuestion(question: ParsedQuestion, setAudience: Audience): string {
  // A question whose audience differs from its set's keeps it even without an own audience.
  const ownAudience = question.ownAudience ?? (question.audience === setAudience ? null : question.audience);
  const tags = question.tags.map((tag) => singleLine(tag).trim()).filter((tag) => tag !== "");
  const competency = question.competency === null ? "" : singleLine(question.competency);
  const metadata = [
    `id: ${question.id}`,
    `difficulty: ${question.difficulty}`,
    ...(question.level === null ? [] : [`level: ${question.level}`]),
    ...(competency.trim() === "" ? [] : [`competency: ${competency}`]),
    ...(tags.length === 0 ? [] : [`tags: ${tags.join(", ")}`]),
    ...(question.minutes === null ? [] : [`minutes: ${question.minutes}`]),
    ...(ownAudience === null ? [] : [`audience: ${ownAudience}`]),
  ].join("\n");
  const parts = [`## ${headingText(question.title)}`, metadata];
  const prompt = blockMarkdown(question.prompt);
  if (prompt !== "") parts.push(prompt);
  parts.push("### Answer", blockMarkdown(question.answer));
  const lists: [string, string[]][] = [
    ["Key points", question.keyPoints],
    ["Red flags", question.redFlags],
    ["Follow-ups", question.followUps],
  ];
  for (const [name, items] of lists) {
    if (items.length > 0) parts.push(`### ${name}`, bulletList(items));
  }
  if (question.scoring.length === 4) parts.push("### Scoring", numberedList(question.scoring));
  return parts.join("\n\n");
}

// ---------------------------------------------------------------------------------------------
// Text

function lf(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/**
 * A metadata value on one line: line breaks become spaces, as they would on screen. The parser
 * reads the line with a regular expression whose "." also stops at U+2028 and U+2029.
 */
function singleLine(text: string): string {
  return text.replace(/[ \t]*[\r\n\u2028\u2029]+[ \t]*/g, " ");
}

/**
 * An ATX heading's text, on one line (Markdown ends lines at CR and LF only). A trailing run of
 * "#" after a space (or alone) would be read as the heading's closing sequence and dropped; a
 * closing sequence of our own keeps it.
 */
function headingText(title: string): string {
  const text = title.replace(/[ \t]*[\r\n]+[ \t]*/g, " ").trim();
  return /(?:^|[ \t])#+$/.test(text) ? `${text} #` : text;
}

// A first line that can open a block running past the line (fence, HTML, heading), or a line
// that can underline a paragraph into a heading. Only then can the lost indentation matter.
const MAY_OPEN_BLOCK = /^(?:#{1,3}(?:[ \t]|$)|`{3}|~{3}|<)/;
const MAY_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/m;

/**
 * Markdown for a prompt or an answer. The parser trims it, so a first line that was indented code
 * ("    ## not a heading") comes back unindented, where it may now open a heading, a fence or an
 * HTML block that swallows the questions after it. Such a first line gets its indentation back.
 */
function blockMarkdown(text: string): string {
  const markdown = lf(text).trim();
  const firstLine = markdown.split("\n", 1)[0]!;
  if (!MAY_OPEN_BLOCK.test(firstLine) && !MAY_UNDERLINE.test(markdown)) return markdown;
  if (standsAlone(markdown)) return markdown;
  const indented = `    ${markdown}`;
  return standsAlone(indented) ? indented : markdown;
}

/** Whether the Markdown, as a section's content, has no heading of its own and ends before the next. */
function standsAlone(markdown: string): boolean {
  // Outline headings are the top-level ones of depth 1 to 3, underlined or not: only "### end" may be one.
  const { headings, blocks } = outlineMarkdown(`${markdown}\n\n### end`, 1);
  const [only] = headings;
  return headings.length === 1 && only!.index === blocks.length - 1 && only!.depth === 3 && !only!.setext;
}

// ---------------------------------------------------------------------------------------------
// Lists

function bulletList(items: string[]): string {
  const marker = bulletMarker(items);
  return items.map((item) => listItem(marker, item)).join("\n");
}

function numberedList(items: string[]): string {
  return items.map((item, index) => listItem(`${index + 1}.`, item)).join("\n");
}

/**
 * "-" unless an item's first line would turn "- item" into a thematic break ("- ---" is one
 * line of dashes); a list keeps one marker, since changing it starts a new list.
 */
function bulletMarker(items: string[]): string {
  const firstLines = items.map((item) => lf(item).trim().split("\n")[0]!);
  return ["-", "*", "+"].find((marker) => !firstLines.some((line) => isThematicBreak(`${marker} ${line}`))) ?? "-";
}

function isThematicBreak(line: string): boolean {
  return /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/.test(line);
}

/**
 * One list item: continuation lines indented to the item's content column, which the parser
 * removes again (listItemSource in markdown-structure.ts). Blank lines stay empty.
 */
function listItem(marker: string, item: string): string {
  const indent = " ".repeat(marker.length + 1);
  const [first = "", ...rest] = lf(item).trim().split("\n");
  // "[ ] text" first would make a task checkbox; it can only come from indented code, so it goes back to that.
  const head = /^\[[ \txX]\]/.test(first) ? `    ${first}` : first;
  return [`${marker} ${head}`, ...rest.map((line) => (line === "" ? "" : `${indent}${line}`))].join("\n");
}

// ---------------------------------------------------------------------------------------------
// YAML

/**
 * The front matter's "key: value" lines, ending in a newline. Written with YAML 1.1's types, a
 * superset of what the parser reads (and of YAML 1.2's), so a value is left plain only when every
 * YAML reader takes it for text: "yes", "2024-01-01" and "1_000" are quoted. No line folding.
 */
export function frontMatterYaml(values: Record<string, string>): string {
  return new Document(values, { schema: "yaml-1.1" }).toString({ lineWidth: 0 });
}
