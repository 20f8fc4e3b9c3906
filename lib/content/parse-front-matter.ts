// Front matter of a question-set file: the YAML between the `---` lines, read into the set's
// title, slug, description and audience.
import { isMap, isNode, LineCounter, parseDocument, type ScalarTag, visit } from "yaml";
import { enumMessage, oneOf, suggestion } from "./parse-suggestions";
import { quote, type Region, type Report } from "./parse-text";
import { AUDIENCES, type Audience, audienceSchema, FRONT_MATTER_KEYS, SLUG_PATTERN } from "./schema";

export interface FrontMatter {
  /** The YAML between the `---` lines. */
  yaml: string;
  /** File line of the YAML's first line. */
  line: number;
}

/**
 * Splits off the front matter. The body is null when the front matter is never closed, since then
 * there is no telling where the questions start.
 */
export function splitFrontMatter(text: string, report: Report): { frontMatter: FrontMatter | null; body: Region | null } {
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

export interface SetHeader {
  title: string | null;
  slug: string | null;
  description: string | null;
  audience: Audience | null;
}

export function readSetHeader(frontMatter: FrontMatter | null, file: string, report: Report): SetHeader {
  const yaml = frontMatter === null ? { data: {}, keyLines: new Map<string, number>() } : readYaml(frontMatter, report);
  if (frontMatter === null) report(1, 'missing front matter: start the file with "---", a line "title: …", and "---"');
  if (yaml === null) return { title: null, slug: null, description: null, audience: null };

  const { data } = yaml;
  const keyLine = (key: string) => yaml.keyLines.get(key) ?? frontMatter?.line ?? 1;
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

// The YAML 1.1 types js-yaml 3 (gray-matter's) read, which the format's messages were written for:
// `title: 2024-01-01` is a date and `slug: 1_000` a number, so both must be quoted. Booleans are
// YAML 1.2's (true/false), not 1.1's yes/no/on/off, which js-yaml 3 also read as text.
const JS_YAML_BOOLEAN: ScalarTag = {
  identify: (value) => typeof value === "boolean",
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  resolve: (text) => text[0] === "t" || text[0] === "T",
};

/**
 * At most this many alias expansions: a few kilobytes of nested aliases ("billion laughs") would
 * otherwise expand to gigabytes (a 589-byte front matter took 1.25 GB under js-yaml). The
 * format needs none; this leaves room for someone who reuses a value.
 */
const MAX_ALIAS_COUNT = 50;

/** The front matter as a plain object with each key's file line, or null (reported) if it is not valid YAML or not a mapping. */
function readYaml(frontMatter: FrontMatter, report: Report): { data: Record<string, unknown>; keyLines: Map<string, number> } | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(frontMatter.yaml, {
    lineCounter,
    schema: "yaml-1.1",
    customTags: (tags) => [...tags.filter((tag) => typeof tag === "string" || tag.tag !== JS_YAML_BOOLEAN.tag), JS_YAML_BOOLEAN],
    merge: true,
    prettyErrors: false,
  });
  const fileLine = (offset: number) => frontMatter.line + lineCounter.linePos(offset).line - 1;
  const error = doc.errors[0];
  if (error) {
    // yaml reports a badly indented line at the value it would have continued ("title: x" then
    // "  slug: y"), together with errors that reach the line itself: report the last line reached.
    const reach = Math.max(...doc.errors.filter((other) => other.pos[0] === error.pos[0]).map((other) => other.pos[1] - 1));
    // The message js-yaml gave for the one error people make by hand, so it reads as it always did.
    const message = error.code === "DUPLICATE_KEY" ? "duplicated mapping key" : error.message;
    report(fileLine(Math.max(error.pos[0], reach)), `front matter is not valid YAML: ${message}`);
    return null;
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT, mapAsMap: true }) ?? new Map();
  } catch (error) {
    let aliasOffset = 0;
    visit(doc, { Alias: (_key, node) => ((aliasOffset = node.range?.[0] ?? 0), visit.BREAK) });
    const reason = error instanceof Error ? error.message : String(error);
    report(fileLine(aliasOffset), `front matter is not valid YAML: its aliases (*name) expand too far (${reason}); write the values out`);
    return null;
  }
  if (!(data instanceof Map)) {
    report(frontMatter.line, 'the front matter must be "key: value" lines');
    return null;
  }
  // Keys as js-yaml made them: a key that is not text (`[a]: x`, `1: x`) becomes its JavaScript string.
  const keyText = (key: unknown) => String(isNode(key) ? key.toJS(doc) : key);
  const keyLines = new Map<string, number>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isNode(pair.key) && pair.key.range) keyLines.set(keyText(pair.key), fileLine(pair.key.range[0]));
    }
  }
  return { data: Object.fromEntries([...data].map(([key, value]) => [keyText(key), value])), keyLines };
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
