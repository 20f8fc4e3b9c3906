// FROZEN REFERENCE for tests/parser-equivalence.test.ts: lib/content/parse-question-set.ts as it was before
// the parser moved to markdown-it and yaml (commit 3b7145f), unchanged but for the import of
// the schema (frozen beside it in ./schema.ts since the live one grew). Not used by the app. Kept
// whole (not split like the live parser) so that it can be compared with that commit line for line.
// Parses one question-set Markdown file (format: content/README.md) into a ParsedSet, or reports
// every problem as file:line errors. Pure and synchronous; never throws.
//
// Text is normalised before anything else: a UTF-8 byte-order mark is dropped and CRLF / CR line
// endings become LF. Line numbers are unaffected, and "verbatim" slices (prompt, answer, list
// items) are verbatim apart from line endings.
//
// Section headings are matched ignoring case and runs of spaces (`### Red Flags`, `### key points`
// are fine: title case is a style choice, not a mistake). A name that differs in any other way,
// including a missing or extra space or hyphen (`### Keypoints`, `### Followups`), is an unknown
// section whose message suggests the exact spelling. Metadata and front-matter keys, and enum
// values, are case-sensitive like YAML keys, again with a suggestion.
import matter from "gray-matter";
import { type Heading, type Outline, type SectionBlock, outlineMarkdown } from "./markdown-structure";
import {
  AUDIENCES,
  type Audience,
  type ContentError,
  DIFFICULTIES,
  type Difficulty,
  FRONT_MATTER_KEYS,
  LEVELS,
  type Level,
  MAX_MINUTES,
  METADATA_KEYS,
  MIN_MINUTES,
  type MetadataKey,
  type ParsedQuestion,
  type ParsedSet,
  REQUIRED_SECTIONS,
  SCORING_ANCHORS,
  SECTION_NAMES,
  SLUG_PATTERN,
  type SectionName,
  audienceSchema,
  difficultySchema,
  levelSchema,
  minutesSchema,
} from "./schema";

export interface ParseResult {
  set: ParsedSet | null;
  errors: ContentError[];
}

type Report = (line: number, message: string) => void;

/** A piece of the file's text; `line` is the file line on which `text` begins. */
interface Region {
  text: string;
  line: number;
}

export function parseQuestionSet(source: string | Uint8Array, file: string): ParseResult {
  try {
    return parse(source, file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { set: null, errors: [{ file, line: 1, message: `could not parse this file (internal error: ${reason})` }] };
  }
}

function parse(source: string | Uint8Array, file: string): ParseResult {
  const errors: ContentError[] = [];
  const report: Report = (line, message) => errors.push({ file, line, message });
  const finish = (set: ParsedSet | null): ParseResult => {
    errors.sort((a, b) => a.line - b.line);
    return { set: errors.length === 0 ? set : null, errors };
  };

  const text = decode(source, report);
  if (text === null) return finish(null);
  if (text.trim() === "") {
    report(1, "file is empty: a question set needs front matter with a title and at least one question");
    return finish(null);
  }

  const { frontMatter, body } = splitFrontMatter(text, report);
  const header = readSetHeader(frontMatter, file, report);
  if (body === null) return finish(null);

  const { questions, headingCount } = readQuestions(body, header.audience ?? "both", report);
  reportDuplicateIds(questions, file, report);
  if (headingCount === 0) report(1, 'no questions: each question starts with a "## " heading');
  if (header.title === null || header.slug === null) return finish(null);
  return finish({
    slug: header.slug,
    title: header.title,
    description: header.description,
    audience: header.audience ?? "both",
    ownAudience: header.audience,
    sourcePath: file,
    questions: questions.map((q) => q.question),
  });
}

// ---------------------------------------------------------------------------------------------
// Text

function decode(source: string | Uint8Array, report: Report): string | null {
  let text: string;
  if (typeof source === "string") {
    text = source.startsWith("\uFEFF") ? source.slice(1) : source;
  } else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(source); // also drops a BOM
    } catch {
      report(lineOfFirstInvalidByte(source), "file is not valid UTF-8: save it with UTF-8 encoding");
      return null;
    }
  }
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  const index = firstInvalidUtf8Index(bytes);
  let line = 1;
  for (let i = 0; i < index; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

/** Index of the first byte that starts an invalid UTF-8 sequence (bytes.length if none). */
function firstInvalidUtf8Index(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    let codePoint = length === 1 ? lead : lead & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k]!;
      if ((next & 0xc0) !== 0x80) return i;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    const tooSmall = (length === 3 && codePoint < 0x800) || (length === 4 && codePoint < 0x10000);
    if (tooSmall || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return i;
    i += length;
  }
  return bytes.length;
}

function linesOf(region: Region): { text: string; line: number }[] {
  return region.text.split("\n").map((text, index) => ({ text, line: region.line + index }));
}

function quote(text: string, max = 60): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max - 1)}…` : text);
}

// ---------------------------------------------------------------------------------------------
// Suggestions

/** A candidate the input is probably a misspelling of, or null. */
export function didYouMean(input: string, candidates: readonly string[]): string | null {
  const squash = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, "");
  const sameLetters = candidates.find((candidate) => squash(candidate) === squash(input));
  if (sameLetters !== undefined) return sameLetters;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(input.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  if (best === null) return null;
  const tolerance = best.length <= 4 ? 1 : best.length <= 8 ? 2 : 3;
  return bestDistance <= tolerance ? best : null;
}

/** Optimal-string-alignment distance: Levenshtein plus adjacent swaps ("titel" → "title" is 1). */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Infinity; // too far apart to be a typo; skip the work
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = value;
    }
  }
  return rows[a.length]![b.length]!;
}

function suggestion(input: string, candidates: readonly string[]): string {
  const match = didYouMean(input, candidates);
  return match === null ? "" : `: did you mean ${quote(match)}?`;
}

function oneOf(values: readonly string[]): string {
  return values.join(", ");
}

// ---------------------------------------------------------------------------------------------
// Front matter

interface FrontMatter {
  /** The YAML between the `---` lines. */
  yaml: string;
  /** File line of the YAML's first line. */
  line: number;
}

/**
 * Splits off the front matter. The body is null when the front matter is never closed, since then
 * there is no telling where the questions start.
 */
function splitFrontMatter(text: string, report: Report): { frontMatter: FrontMatter | null; body: Region | null } {
  if (!text.startsWith("---")) return { frontMatter: null, body: { text, line: 1 } };
  const lines = text.split("\n");
  if (!/^---[ \t]*$/.test(lines[0]!)) report(1, 'the first line must be exactly "---" to start the front matter');

  // Like gray-matter, the first later line starting with --- closes the front matter.
  const closingIndex = lines.findIndex((line, index) => index > 0 && line.startsWith("---"));
  if (closingIndex === -1) {
    report(1, 'front matter is never closed: add a line "---" after it');
    return { frontMatter: { yaml: lines.slice(1).join("\n"), line: 2 }, body: null };
  }
  if (!/^---[ \t]*$/.test(lines[closingIndex]!)) {
    report(closingIndex + 1, 'the front matter must end with a line containing only "---"');
  }
  const yaml = lines.slice(1, closingIndex).join("\n");
  const bodyStart = lines.slice(0, closingIndex + 1).join("\n").length + 1;
  return { frontMatter: { yaml, line: 2 }, body: { text: text.slice(bodyStart), line: closingIndex + 2 } };
}

interface SetHeader {
  title: string | null;
  slug: string | null;
  description: string | null;
  audience: Audience | null;
}

function readSetHeader(frontMatter: FrontMatter | null, file: string, report: Report): SetHeader {
  const data = frontMatter === null ? {} : readYaml(frontMatter, report);
  if (frontMatter === null) report(1, 'missing front matter: start the file with "---", a line "title: …", and "---"');
  if (data === null) return { title: null, slug: null, description: null, audience: null };

  const keyLine = (key: string) => frontMatterKeyLine(frontMatter, key);
  for (const key of Object.keys(data)) {
    if (!(FRONT_MATTER_KEYS as readonly string[]).includes(key)) {
      report(keyLine(key), `unknown front matter key ${quote(key)}${suggestion(key, FRONT_MATTER_KEYS) || `: allowed keys are ${oneOf(FRONT_MATTER_KEYS)}`}`);
    }
  }

  const title = readText(data, "title", keyLine, report);
  if (title === undefined && frontMatter !== null) report(1, 'the front matter has no "title:"; add the set\'s name, e.g. "title: Amazon EC2"');
  return {
    title: title ?? null,
    slug: readSlug(data, file, keyLine, report),
    description: readText(data, "description", keyLine, report) ?? null,
    audience: readAudience(data, keyLine, report),
  };
}

/** The front matter as a plain object, or null (reported) if it is not valid YAML or not a mapping. */
function readYaml(frontMatter: FrontMatter, report: Report): Record<string, unknown> | null {
  let data: unknown;
  try {
    // An options object keeps gray-matter away from its cache, which is keyed by content and
    // hands back shared (and possibly mutated) results.
    data = matter(`---\n${frontMatter.yaml}\n---\n`, {}).data;
  } catch (error) {
    const mark = (error as { mark?: { line?: unknown } }).mark;
    const yamlLine = typeof mark?.line === "number" ? mark.line : 0;
    const reason = (error as { reason?: unknown }).reason;
    const detail = typeof reason === "string" ? reason : error instanceof Error ? error.message : String(error);
    // gray-matter hands js-yaml the text after the opening "---" (line 1), so its line n is file line n + 1.
    report(Math.max(1, yamlLine + 1), `front matter is not valid YAML: ${detail}`);
    return null;
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    report(frontMatter.line, 'the front matter must be "key: value" lines');
    return null;
  }
  return data as Record<string, unknown>;
}

function frontMatterKeyLine(frontMatter: FrontMatter | null, key: string): number {
  if (frontMatter === null) return 1;
  const lines = frontMatter.yaml.split("\n");
  const index = lines.findIndex((line) => new RegExp(`^["']?${escapeRegExp(key)}["']?[ \\t]*:`).test(line));
  return index === -1 ? frontMatter.line : frontMatter.line + index;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A text value, trimmed: undefined if absent (or an empty description), null if invalid (reported).
 * YAML turns `slug: 007` into the number 7 and `title: 2024-01-01` into a date; rather than guess
 * what was written, such values must be quoted.
 */
function readText(data: Record<string, unknown>, key: string, keyLine: (key: string) => number, report: Report): string | undefined | null {
  const text = data[key];
  if (text === undefined) return undefined;
  if (text !== null && typeof text !== "string") {
    report(keyLine(key), `front matter "${key}" must be text; put the value in quotes`);
    return null;
  }
  if (text === null || text.trim() === "") {
    if (key === "description") return undefined;
    report(keyLine(key), `front matter "${key}" is empty: fill it in${key === "title" ? "" : " or remove the line"}`);
    return null;
  }
  return text.trim();
}

function readSlug(data: Record<string, unknown>, file: string, keyLine: (key: string) => number, report: Report): string | null {
  const explicit = readText(data, "slug", keyLine, report);
  if (explicit === null) return null;
  if (explicit !== undefined) {
    if (SLUG_PATTERN.test(explicit)) return explicit;
    report(keyLine("slug"), `slug ${quote(explicit)} is not valid: use lower-case letters, digits and single hyphens, e.g. "aws-databases"`);
    return null;
  }
  const fromFileName = fileStem(file);
  if (SLUG_PATTERN.test(fromFileName)) return fromFileName;
  report(1, `the file name gives the slug ${quote(fromFileName)}, which is not valid: rename the file (lower-case letters, digits and hyphens) or add "slug:" to the front matter`);
  return null;
}

function fileStem(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  return name.replace(/\.md$/i, "");
}

function readAudience(data: Record<string, unknown>, keyLine: (key: string) => number, report: Report): Audience | null {
  const value = data.audience;
  if (value === undefined || value === null) return null;
  const parsed = audienceSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  report(keyLine("audience"), enumMessage("audience", String(value), AUDIENCES));
  return null;
}

function enumMessage(key: string, value: string, allowed: readonly string[]): string {
  const hint = didYouMean(value, allowed);
  return `${key} must be one of ${oneOf(allowed)}; got ${quote(value)}${hint === null ? "" : ` (did you mean ${quote(hint)}?)`}`;
}

// ---------------------------------------------------------------------------------------------
// Questions

interface QuestionBlock {
  heading: Heading;
  /** Text between the heading and the first section: metadata block and prompt. */
  preamble: Region;
  sections: { heading: Heading; content: Region; blocks: SectionBlock[] }[];
}

interface ReadQuestion {
  question: ParsedQuestion;
  /** The line that sets the id: the `id:` line, or the heading when the id comes from the title. */
  idLine: number;
}

function readQuestions(body: Region, setAudience: Audience, report: Report): { questions: ReadQuestion[]; headingCount: number } {
  const outline = outlineMarkdown(body.text, body.line);
  for (const line of outline.unclosedFenceLines) {
    report(line, "this code block is never closed: add a closing fence (everything after it, including later questions, is read as code)");
  }
  for (const line of outline.unclosedHtmlLines) {
    report(line, 'this HTML is never closed: close it, e.g. "<!--" with "-->" (everything after it, including later questions, is read as HTML)');
  }
  const blocks = groupQuestions(body, outline, report);
  const questions: ReadQuestion[] = [];
  for (const block of blocks) {
    const question = readQuestion(block, setAudience, report);
    if (question !== null) questions.push(question);
  }
  return { questions, headingCount: blocks.length };
}

/** Splits the body at `##` headings into questions and their `###` sections. */
function groupQuestions(body: Region, outline: Outline, report: Report): QuestionBlock[] {
  // Disallowed headings are reported and then read as ordinary content, so one mistake does not
  // also break the structure around it.
  const structural: Heading[] = [];
  const ignoredLines = new Set<number>();
  for (const heading of outline.headings) {
    if (heading.setext) {
      report(
        heading.endLine,
        `underlined heading ${quote(heading.text)} is not allowed: start questions with "## " and sub-headings inside a section with "#### "; for a horizontal rule, leave a blank line above the "---"`,
      );
    } else if (heading.depth === 1) {
      report(heading.line, `"# " headings are not allowed: the set's title comes from "title:" in the front matter, and each question starts with "## "`);
    } else {
      structural.push(heading);
      continue;
    }
    for (let line = heading.line; line <= heading.endLine; line++) ignoredLines.add(line);
  }
  const regionBetween = (start: number, end: number, line: number): Region => ({ text: body.text.slice(start, end), line });

  const firstQuestion = structural.find((heading) => heading.depth === 2);
  reportContentBeforeQuestions(regionBetween(0, firstQuestion?.start ?? body.text.length, body.line), ignoredLines, report);

  const blocks: QuestionBlock[] = [];
  structural.forEach((heading, index) => {
    if (heading.depth !== 2) return;
    let next = index + 1;
    while (next < structural.length && structural[next]!.depth === 3) next++;
    const questionEnd = structural[next] ?? null;
    const sectionHeadings = structural.slice(index + 1, next);
    blocks.push({
      heading,
      preamble: regionBetween(heading.end, sectionHeadings[0]?.start ?? questionEnd?.start ?? body.text.length, heading.endLine),
      sections: sectionHeadings.map((sectionHeading, i) => {
        const sectionEnd = sectionHeadings[i + 1] ?? questionEnd;
        return {
          heading: sectionHeading,
          content: regionBetween(sectionHeading.end, sectionEnd?.start ?? body.text.length, sectionHeading.endLine),
          blocks: outline.blocks.slice(sectionHeading.index + 1, sectionEnd?.index ?? outline.blocks.length),
        };
      }),
    });
  });
  return blocks;
}

function reportContentBeforeQuestions(region: Region, ignoredLines: Set<number>, report: Report): void {
  const stray = linesOf(region).find(({ text, line }) => text.trim() !== "" && !ignoredLines.has(line));
  if (stray) report(stray.line, 'content before the first question: only the front matter may come before the first "## " heading');
}

function readQuestion(block: QuestionBlock, setAudience: Audience, report: Report): ReadQuestion | null {
  const { heading } = block;
  const title = heading.text;
  if (title === "") report(heading.line, 'question heading is empty: write the question after "## "');
  const label = `question ${quote(title)}`;

  const { metadata, prompt } = readMetadataAndPrompt(block.preamble, heading.line, report);
  const sections = readSections(block, label, report);
  const derivedId = slugify(title);
  if (metadata.id === undefined && title !== "" && derivedId === "") {
    report(heading.line, 'cannot make an id from this title: add an "id:" line to the metadata block');
  }
  const id = metadata.id ?? derivedId;
  if (metadata.difficulty === undefined || sections === null || id === "" || title === "") return null;
  return {
    idLine: metadata.idLine ?? heading.line,
    question: {
      id,
      title,
      difficulty: metadata.difficulty,
      level: metadata.level ?? null,
      competency: metadata.competency ?? null,
      tags: metadata.tags ?? [],
      minutes: metadata.minutes ?? null,
      audience: metadata.audience ?? setAudience,
      ownAudience: metadata.audience ?? null,
      prompt,
      ...sections,
      line: heading.line,
    },
  };
}

/** The default id for a title: lower-case ASCII letters and digits, everything else a hyphen. */
export function slugify(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "") // "café" → "cafe" rather than "caf"
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function reportDuplicateIds(questions: ReadQuestion[], file: string, report: Report): void {
  const firstById = new Map<string, ParsedQuestion>();
  for (const { question, idLine } of questions) {
    const first = firstById.get(question.id);
    if (first) report(idLine, `duplicate question id ${quote(question.id)}: also defined at ${file}:${first.line}`);
    else firstById.set(question.id, question);
  }
}

// ---------------------------------------------------------------------------------------------
// Metadata block

interface Metadata {
  id?: string;
  idLine?: number;
  difficulty?: Difficulty;
  level?: Level;
  competency?: string;
  tags?: string[];
  minutes?: number;
  audience?: Audience;
}

interface MetadataLine {
  key: string;
  value: string;
  line: number;
}

const METADATA_LINE = /^([A-Za-z][\w-]*)[ \t]*:(?!\/\/)[ \t]*(.*?)[ \t]*$/;
const KNOWN_METADATA_LINE = new RegExp(`^(?:${METADATA_KEYS.join("|")})[ \\t]*:`);

/**
 * Reads the metadata block (the first group of non-blank lines under the heading, if its first
 * line looks like "key: value") and the prompt after it.
 */
function readMetadataAndPrompt(preamble: Region, headingLine: number, report: Report): { metadata: Metadata; prompt: string } {
  const lines = linesOf(preamble);
  let first = 0;
  while (first < lines.length && lines[first]!.text.trim() === "") first++;
  const isMetadata = first < lines.length && METADATA_LINE.test(lines[first]!.text.trim());
  let end = first;
  if (isMetadata) while (end < lines.length && lines[end]!.text.trim() !== "") end++;
  const promptLines = lines.slice(end);
  const prompt = promptLines
    .map((l) => l.text)
    .join("\n")
    .trim();

  const strayMetadata = promptLines.find((l) => KNOWN_METADATA_LINE.test(l.text.trim()));
  if (!isMetadata) {
    if (strayMetadata) report(strayMetadata.line, "the metadata block must come directly under the question heading, before the prompt");
    else report(headingLine, 'missing metadata block: add a line "difficulty: easy|medium|hard" under the heading');
    return { metadata: {}, prompt };
  }
  const nextContent = promptLines.find((l) => l.text.trim() !== "");
  if (nextContent && nextContent === strayMetadata) {
    report(nextContent.line, `the metadata block must not contain blank lines: move ${quote(nextContent.text.trim())} up into the block`);
  }

  const block = lines.slice(first, end);
  const metadata = validateMetadata(parseMetadataLines(block, report), report);
  if (metadata.difficulty === undefined && !block.some((l) => /^difficulty[ \t]*:/.test(l.text.trim()))) {
    report(block[0]!.line, 'the metadata block has no difficulty: add a line "difficulty: easy|medium|hard"');
  }
  return { metadata, prompt };
}

function parseMetadataLines(block: { text: string; line: number }[], report: Report): MetadataLine[] {
  const entries: MetadataLine[] = [];
  const seen = new Map<string, number>();
  for (const { text, line } of block) {
    const match = METADATA_LINE.exec(text.trim());
    if (!match) {
      report(line, `expected "key: value" in the metadata block (keys: ${oneOf(METADATA_KEYS)}); to start the prompt, leave a blank line after the block`);
      continue;
    }
    const [, key = "", value = ""] = match;
    if (!(METADATA_KEYS as readonly string[]).includes(key)) {
      report(line, `unknown metadata key ${quote(key)}${suggestion(key, METADATA_KEYS) || `: allowed keys are ${oneOf(METADATA_KEYS)}`}`);
      continue;
    }
    const firstLine = seen.get(key);
    if (firstLine !== undefined) {
      report(line, `duplicate metadata key ${quote(key)}: already set on line ${firstLine}`);
      continue;
    }
    seen.set(key, line);
    entries.push({ key, value, line });
  }
  return entries;
}

function validateMetadata(entries: MetadataLine[], report: Report): Metadata {
  const metadata: Metadata = {};
  for (const { key, value, line } of entries) {
    if (value === "") {
      report(line, `${quote(key)} has no value: fill it in or remove the line`);
      continue;
    }
    readMetadataValue(key as MetadataKey, value, line, metadata, (message) => report(line, message));
  }
  return metadata;
}

function readMetadataValue(key: MetadataKey, value: string, line: number, metadata: Metadata, fail: (message: string) => void): void {
  switch (key) {
    case "id": {
      if (!SLUG_PATTERN.test(value)) {
        const fixed = slugify(value);
        return fail(`id ${quote(value)} is not valid: use lower-case letters, digits and single hyphens${fixed ? ` (did you mean ${quote(fixed)}?)` : ""}`);
      }
      metadata.id = value;
      metadata.idLine = line;
      return;
    }
    case "difficulty": {
      const parsed = difficultySchema.safeParse(value);
      if (!parsed.success) return fail(enumMessage("difficulty", value, DIFFICULTIES));
      metadata.difficulty = parsed.data;
      return;
    }
    case "level": {
      const parsed = levelSchema.safeParse(value);
      if (!parsed.success) return fail(enumMessage("level", value, LEVELS));
      metadata.level = parsed.data;
      return;
    }
    case "audience": {
      const parsed = audienceSchema.safeParse(value);
      if (!parsed.success) return fail(enumMessage("audience", value, AUDIENCES));
      metadata.audience = parsed.data;
      return;
    }
    case "minutes": {
      const parsed = minutesSchema.safeParse(/^\d+$/.test(value) ? Number(value) : NaN);
      if (!parsed.success) return fail(`minutes must be a whole number from ${MIN_MINUTES} to ${MAX_MINUTES}; got ${quote(value)}`);
      metadata.minutes = parsed.data;
      return;
    }
    case "competency":
      metadata.competency = value;
      return;
    case "tags": {
      const tags = readTags(value, fail);
      if (tags) metadata.tags = tags;
      return;
    }
  }
}

function readTags(value: string, fail: (message: string) => void): string[] | null {
  const tags = value.split(",").map((tag) => tag.trim());
  if (tags.includes("")) {
    fail(`tags has an empty entry in ${quote(value)}: separate tags with single commas`);
    return null;
  }
  const duplicate = tags.find((tag, index) => tags.indexOf(tag) !== index);
  if (duplicate !== undefined) {
    fail(`duplicate tag ${quote(duplicate)}`);
    return null;
  }
  return tags;
}

// ---------------------------------------------------------------------------------------------
// Sections

type SectionContent = Pick<ParsedQuestion, "answer" | "keyPoints" | "redFlags" | "followUps" | "scoring">;

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
function readSections(block: QuestionBlock, label: string, report: Report): SectionContent | null {
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
