// A question's `###` sections: the Answer as Markdown, and the Key points, Red flags, Follow-ups
// and Scoring lists item by item.
import type { Heading, SectionBlock } from "./markdown-structure";
import { didYouMean, oneOf } from "./parse-suggestions";
import { quote, type Region, type Report } from "./parse-text";
import { type ParsedQuestion, REQUIRED_SECTIONS, SCORING_ANCHORS, SECTION_NAMES, type SectionName } from "./schema";

export interface QuestionBlock {
  heading: Heading;
  /** Text between the heading and the first section: metadata block and prompt. */
  preamble: Region;
  sections: { heading: Heading; content: Region; blocks: SectionBlock[] }[];
}

export type SectionContent = Pick<ParsedQuestion, "answer" | "keyPoints" | "redFlags" | "followUps" | "scoring">;

const LIST_FIELDS = {
  "Key points": "keyPoints",
  "Red flags": "redFlags",
  "Follow-ups": "followUps",
  Scoring: "scoring",
} as const satisfies Record<Exclude<SectionName, "Answer">, keyof SectionContent>;

function canonicalSectionName(text: string): SectionName | null {
  const normal = (s: string) => s.toLowerCase().replace(/\s+/g, " ");
  return SECTION_NAMES.find((name) => normal(name) === normal(text)) ?? null;
}

/** The question's sections, or null when any of them is missing or invalid (all reported). */
export function readSections(block: QuestionBlock, label: string, report: Report): SectionContent | null {
  const content: SectionContent = { answer: "", keyPoints: [], redFlags: [], followUps: [], scoring: [] };
  const seen = new Map<SectionName, number>();
  // A misspelt required section is reported once, as misspelt, rather than also as missing.
  const suggested = new Set<string>();
  let valid = true;
  for (const { heading, content: region, blocks } of block.sections) {
    const name = canonicalSectionName(heading.text);
    if (name === null) {
      const match = heading.text === "" ? null : didYouMean(heading.text, SECTION_NAMES);
      if (match !== null) suggested.add(match);
      const message =
        heading.text === ""
          ? `section heading is empty: use one of ${oneOf(SECTION_NAMES)}`
          : `unknown section ${quote(heading.text)}${match === null ? `: sections are ${oneOf(SECTION_NAMES)}` : `: did you mean ${quote(match)}?`}`;
      report(heading.line, message);
      valid = false;
      continue;
    }
    const firstLine = seen.get(name);
    if (firstLine !== undefined) {
      report(heading.line, `duplicate section ${quote(name)} in ${label}: it already appears on line ${firstLine}`);
      valid = false;
      continue;
    }
    seen.set(name, heading.line);
    if (name === "Answer") {
      content.answer = region.text.trim();
      if (content.answer === "") {
        report(heading.line, `the Answer section of ${label} is empty`);
        valid = false;
      }
      continue;
    }
    const items = readListSection(name, heading, blocks, report);
    if (items === null) valid = false;
    else content[LIST_FIELDS[name]] = items;
  }
  for (const required of REQUIRED_SECTIONS) {
    if (!seen.has(required) && !suggested.has(required)) {
      report(block.heading.line, `${label} has no "### ${required}" section`);
      valid = false;
    }
  }
  return valid ? content : null;
}

function readListSection(name: Exclude<SectionName, "Answer">, heading: Heading, blocks: SectionBlock[], report: Report): string[] | null {
  const ordered = name === "Scoring";
  const kind = ordered ? 'numbered list ("1. …")' : 'bullet list ("- …")';
  if (blocks.length === 0) {
    report(heading.line, `${name} is empty: add a ${kind}`);
    return null;
  }
  let items: string[] | null = null;
  let valid = true;
  const fail = (line: number, message: string) => {
    report(line, message);
    valid = false;
  };
  for (const block of blocks) {
    if (block.kind === "other") {
      fail(block.line, `${name} must contain only a ${kind}; found ${block.description}`);
      continue;
    }
    if (items !== null) {
      fail(block.line, `${name} must be a single list; a second list starts here (changing the marker or the numbering style starts a new list)`);
      continue;
    }
    if (block.ordered !== ordered) fail(block.line, `${name} must be a ${kind}, not a ${ordered ? "bullet" : "numbered"} list`);
    if (block.ordered && block.start !== 1) fail(block.line, `${name} must be numbered from 1`);
    for (const item of block.items) {
      if (item.text === "") fail(item.line, `empty item in ${name}`);
      else if (item.checked !== null) fail(item.line, `${name} items cannot be task checkboxes ("[ ]"): write the item as plain text`);
    }
    items = block.items.map((item) => item.text);
    if (ordered && block.items.length !== SCORING_ANCHORS) {
      const line = block.items.length > SCORING_ANCHORS ? block.items[SCORING_ANCHORS]!.line : heading.line;
      fail(line, `Scoring must have exactly ${SCORING_ANCHORS} anchors (1 = poor … 4 = excellent); found ${block.items.length}`);
    }
  }
  return valid ? items : null;
}
