// A question's metadata block: the "key: value" lines right under its heading (id, difficulty,
// level, competency, tags, minutes, audience), and the prompt after them.
import { enumMessage, oneOf, suggestion } from "./parse-suggestions";
import { linesOf, quote, type Region, type Report } from "./parse-text";
import {
  AUDIENCES,
  type Audience,
  audienceSchema,
  DIFFICULTIES,
  type Difficulty,
  difficultySchema,
  LEVELS,
  type Level,
  levelSchema,
  MAX_MINUTES,
  METADATA_KEYS,
  MIN_MINUTES,
  type MetadataKey,
  minutesSchema,
  SLUG_PATTERN,
} from "./schema";
export interface Metadata {
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
export function readMetadataAndPrompt(preamble: Region, headingLine: number, report: Report): { metadata: Metadata; prompt: string } {
  const lines = linesOf(preamble);
  let first = 0;
  while (first < lines.length && lines[first]!.text.trim() === "") first++;
  const isMetadata = first < lines.length && METADATA_LINE.test(lines[first]!.text.trim());
  let end = first;
  if (isMetadata) while (end < lines.length && lines[end]!.text.trim() !== "") end++;
  const promptLines = lines.slice(end);
  const prompt = promptLines.map((l) => l.text).join("\n").trim();

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

/** The default id for a title: lower-case ASCII letters and digits, everything else a hyphen. */
export function slugify(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "") // "café" → "cafe" rather than "caf"
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
