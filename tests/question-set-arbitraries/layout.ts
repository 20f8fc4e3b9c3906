// Unusual layouts of a set's file: CRLF, a BOM, closing hashes, blank lines, marker gaps, indented
// first lines, trailing spaces, section order and heading case, around the same ParsedSet.
import fc from "fast-check";
import { joinFollowUp } from "@/lib/content/follow-ups";
import type { ParsedSet } from "@/lib/content/schema";
import { headingCase, SECTIONS } from "./building-blocks";

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
