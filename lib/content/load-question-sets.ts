// Loads question-set files from disk: parses each one and checks what no single file can, that
// set slugs and question ids are unique across the whole bank, and the bank rules (bank-rules.ts:
// reviewed, competencies, practice twins).
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { checkPracticeTwins, checkQuestionRules, twinNodes } from "./bank-rules";
import { type Competency, loadCompetencies } from "./competencies";
import { parseQuestionSet } from "./parse-question-set";
import type { ContentError, ParsedSet } from "./schema";

export const DEFAULT_CONTENT_PATHS = ["content/questions"];

export interface LoadResult {
  sets: ParsedSet[];
  errors: ContentError[];
  competencies: Competency[];
}

export interface LoadOptions {
  /** Today, for "reviewed is in the future" (injected by tests). */
  now?: Date;
}

/**
 * Parses the given files, and every `*.md` file (except README.md) under the given folders, and
 * checks them against the bank rules. Practice twins may live in sets not given: the sets in
 * content/questions are read for them too (and only checked themselves when given). Paths are
 * relative to the working directory; `sourcePath` and error `file`s are too, with `/`.
 */
export async function loadQuestionSets(paths: string[] = DEFAULT_CONTENT_PATHS, options: LoadOptions = {}): Promise<LoadResult> {
  const { files, errors } = await findQuestionFiles(paths);
  const [results, context, list] = await Promise.all([parseFiles(files), contextSets(files), loadCompetencies()]);
  const sets = results.flatMap((result) => (result.set ? [result.set] : []));
  const given = twinNodes(sets);
  const givenIds = new Set(given.map((node) => node.id));
  const others = twinNodes(context).filter((node) => !givenIds.has(node.id)).map((node) => ({ ...node, inScope: false }));
  errors.push(
    ...results.flatMap((result) => result.errors),
    ...checkDuplicates(sets),
    ...list.errors,
    ...checkQuestionRules(sets, list.competencies, options.now ?? new Date()),
    ...checkPracticeTwins([...others, ...given]).map(({ file, line, message }) => ({ file, line, message })),
  );
  return { sets, errors: sortErrors(errors), competencies: list.competencies };
}

function parseFiles(files: QuestionFile[]) {
  return Promise.all(
    files.map(async ({ absolute, sourcePath }): Promise<ReturnType<typeof parseQuestionSet>> => {
      try {
        return parseQuestionSet(await readFile(absolute), sourcePath);
      } catch (error) {
        return { set: null, errors: [{ file: sourcePath, line: 1, message: `cannot read file: ${describe(error)}` }] };
      }
    }),
  );
}

/** The sets of content/questions not among `files`, read only to find practice twins in them. */
async function contextSets(files: QuestionFile[]): Promise<ParsedSet[]> {
  const { files: bank } = await findQuestionFiles(DEFAULT_CONTENT_PATHS);
  const given = new Set(files.map((file) => file.absolute));
  const results = await parseFiles(bank.filter((file) => !given.has(file.absolute)));
  return results.flatMap((result) => (result.set ? [result.set] : []));
}

/**
 * Set slugs and question ids used more than once across `sets`. Each repeat is reported where it
 * occurs and names the first place.
 */
export function checkDuplicates(sets: readonly ParsedSet[]): ContentError[] {
  const errors: ContentError[] = [];
  const setsBySlug = new Map<string, ParsedSet>();
  const questionsById = new Map<string, string>();
  for (const set of sets) {
    const firstSet = setsBySlug.get(set.slug);
    if (firstSet) {
      errors.push({ file: set.sourcePath, line: 1, message: `duplicate set slug ${JSON.stringify(set.slug)}: also used by ${firstSet.sourcePath}` });
    } else {
      setsBySlug.set(set.slug, set);
    }
    for (const question of set.questions) {
      const firstPlace = questionsById.get(question.id);
      if (firstPlace) {
        errors.push({ file: set.sourcePath, line: question.line, message: `duplicate question id ${JSON.stringify(question.id)}: also defined at ${firstPlace}` });
      } else {
        questionsById.set(question.id, `${set.sourcePath}:${question.line}`);
      }
    }
  }
  return errors;
}

export function sortErrors(errors: ContentError[]): ContentError[] {
  return [...errors].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}

export interface QuestionFile {
  absolute: string;
  /** Relative to the working directory, with `/`: how files are named in errors and the database. */
  sourcePath: string;
}

/** The question-set files named by `paths` (files, or folders searched for `*.md`), sorted by path. */
export async function findQuestionFiles(paths: string[]): Promise<{ files: QuestionFile[]; errors: ContentError[] }> {
  const cwd = process.cwd();
  const errors: ContentError[] = [];
  const found = await Promise.all(
    paths.map(async (given) => {
      // Paths come from the command line or the seed, never from the app's routes: keep the bundler
      // from tracing the whole project into the server output because of this call.
      const absolute = path.resolve(/* turbopackIgnore: true */ cwd, given);
      try {
        // An explicitly named file is checked whatever its name; folders contribute their sets.
        return (await stat(absolute)).isDirectory() ? await markdownFilesUnder(absolute) : [absolute];
      } catch (error) {
        const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
        errors.push({ file: toDisplayPath(absolute, cwd), line: 1, message: missing ? "no such file or folder" : `cannot read: ${describe(error)}` });
        return [];
      }
    }),
  );
  // The same file named twice (say, a folder and a file in it) is still one set.
  const files = [...new Set(found.flat())]
    .map((absolute) => ({ absolute, sourcePath: toDisplayPath(absolute, cwd) }))
    .sort((a, b) => (a.sourcePath < b.sourcePath ? -1 : 1));
  return { files, errors };
}

async function markdownFilesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => !entry.name.startsWith(".")) // editor swap files, .git and the like
      .map(async (entry) => {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) return markdownFilesUnder(full);
        return entry.isFile() && isQuestionSetFile(entry.name) ? [full] : [];
      }),
  );
  return nested.flat();
}

function isQuestionSetFile(name: string): boolean {
  return name.toLowerCase().endsWith(".md") && name.toLowerCase() !== "readme.md";
}

function toDisplayPath(absolute: string, cwd: string): string {
  return path.relative(cwd, absolute).split(path.sep).join("/");
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
