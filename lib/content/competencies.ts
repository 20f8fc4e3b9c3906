// The one competency model (content/competencies.yaml): every question's `competency:` must be a
// name from it, so scores can be combined across sets. Read with each entry's file line, so a
// mistake in the list is reported where it is, like a mistake in a question.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from "yaml";
import { quote } from "./parse-text";
import { oneOf, suggestion } from "./parse-suggestions";
import { type ContentError, SLUG_PATTERN } from "./schema";

export const COMPETENCIES_PATH = "content/competencies.yaml";
export const COMPETENCY_KINDS = ["technical", "behavioural"] as const;
const ENTRY_KEYS = ["name", "kind", "description", "sets"] as const;

export interface Competency {
  name: string;
  kind: (typeof COMPETENCY_KINDS)[number];
  description: string;
  /** Slugs of the sets with a question of this competency (written by `npm run content:stats`). */
  sets: string[];
  /** 1-based line of the entry's `name:` (or the entry's first line). */
  line: number;
  /** 1-based line of the entry's `sets:`, or of the entry when it has none. */
  setsLine: number;
}

export interface CompetencyList {
  competencies: Competency[];
  errors: ContentError[];
  /** The parsed YAML, comments kept, for `npm run content:stats` to rewrite the `sets` lists. */
  document: Document | null;
}

export function parseCompetencies(text: string, file = COMPETENCIES_PATH): CompetencyList {
  const errors: ContentError[] = [];
  const report = (line: number, message: string) => errors.push({ file, line, message });
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineOf = (node: unknown, fallback = 1) => {
    const range = (node as { range?: [number, number] } | null)?.range;
    return range ? lineCounter.linePos(range[0]).line : fallback;
  };
  if (document.errors.length > 0) {
    const error = document.errors[0]!;
    report(lineCounter.linePos(error.pos[0]).line, `not valid YAML: ${error.message}`);
    return { competencies: [], errors, document: null };
  }
  const root = document.contents;
  const list = isMap(root) ? root.get("competencies", true) : null;
  if (!isSeq(list)) {
    report(lineOf(root), 'the file must hold "competencies:" and a list of entries (name, kind, description, sets)');
    return { competencies: [], errors, document };
  }

  const competencies: Competency[] = [];
  const firstByName = new Map<string, number>();
  for (const entry of list.items) {
    const entryLine = lineOf(entry, lineOf(list));
    if (!isMap(entry)) {
      report(entryLine, "each competency is a mapping: name, kind, description and sets");
      continue;
    }
    for (const pair of entry.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (!(ENTRY_KEYS as readonly string[]).includes(key)) {
        report(lineOf(pair.key, entryLine), `unknown key ${quote(key)}${suggestion(key, ENTRY_KEYS) || `: the keys are ${oneOf(ENTRY_KEYS)}`}`);
      }
    }
    const text = (key: string) => {
      const value = entry.get(key, true);
      return isScalar(value) && typeof value.value === "string" && value.value.trim() !== "" ? value.value.trim() : null;
    };
    const name = text("name");
    const line = lineOf(entry.get("name", true), entryLine);
    if (name === null) {
      report(entryLine, 'a competency has no "name:"');
      continue;
    }
    const first = firstByName.get(name);
    if (first !== undefined) report(line, `duplicate competency ${quote(name)}: also on line ${first}`);
    else firstByName.set(name, line);

    const kind = text("kind");
    if (kind === null || !(COMPETENCY_KINDS as readonly string[]).includes(kind)) {
      report(lineOf(entry.get("kind", true), line), `${quote(name)}: kind must be one of ${oneOf(COMPETENCY_KINDS)}${kind === null ? "" : `; got ${quote(kind)}`}`);
    }
    const description = text("description");
    if (description === null) report(lineOf(entry.get("description", true), line), `${quote(name)} has no description: say in a sentence what it covers`);

    const setsNode = entry.get("sets", true);
    const setsLine = lineOf(setsNode, line);
    const sets: string[] = [];
    if (setsNode !== undefined && !isSeq(setsNode)) {
      report(setsLine, `${quote(name)}: sets must be a list of set slugs, e.g. [devops, ec2]`);
    } else if (isSeq(setsNode)) {
      for (const item of setsNode.items) {
        const slug = isScalar(item) ? String(item.value) : "";
        if (!SLUG_PATTERN.test(slug)) report(lineOf(item, setsLine), `${quote(name)}: ${quote(slug)} is not a set slug`);
        else sets.push(slug);
      }
    }
    competencies.push({ name, kind: (kind ?? "technical") as Competency["kind"], description: description ?? "", sets, line, setsLine });
  }
  if (competencies.length === 0 && errors.length === 0) report(lineOf(list), "the list of competencies is empty");
  return { competencies, errors, document };
}

/** The list from the working directory's content/competencies.yaml, or an error at its line 1. */
export async function loadCompetencies(file = COMPETENCIES_PATH): Promise<CompetencyList> {
  try {
    // Read at run time from the checkout or image (the Dockerfile copies content/), never bundled.
    const text = await readFile(path.resolve(/* turbopackIgnore: true */ process.cwd(), file), "utf8");
    return parseCompetencies(text, file);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    const reason = missing ? "the competency list is missing" : `cannot read the competency list: ${(error as Error).message}`;
    return { competencies: [], errors: [{ file, line: 1, message: `${reason} (every question's competency must be one of its names)` }], document: null };
  }
}
