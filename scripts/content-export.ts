// npm run content:export -- <slug…|--all> [--out dir]
// Writes question sets from the database back to Markdown files, so that changes made in the app
// can be committed: by default each set to the file it was imported from (content/questions/<slug>.md
// for sets made in the app); with --out, to <dir>/<slug>.md.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { createPrismaClient } from "../lib/db-client";
import { exportQuestionSet } from "../lib/content/export-question-set";
import { defaultSourcePath, readBankSets } from "../lib/content/read-bank-set";
import { type ParsedSet, SLUG_PATTERN } from "../lib/content/schema";
import { resolveDatabase } from "./lib/local-database";
import { runMain } from "./lib/run-main";
import { loadEnvFiles } from "./lib/load-env-files";

const USAGE = "Usage: npm run content:export -- <slug…|--all> [--out folder]";

/**
 * The stored path when it is a Markdown file inside the working directory (a path from an upload
 * is not trusted to be), else the default for the slug.
 */
export function targetPath(set: ParsedSet, out: string | undefined): string {
  if (out !== undefined) return path.join(out, `${set.slug}.md`);
  const stored = path.posix.normalize(set.sourcePath);
  const inside = !path.isAbsolute(stored) && !stored.startsWith("../") && stored !== ".." && stored.toLowerCase().endsWith(".md");
  return inside ? stored : defaultSourcePath(set.slug);
}

runMain(import.meta.url, async () => {
  loadEnvFiles();
  let args;
  try {
    args = parseArgs({ allowPositionals: true, options: { all: { type: "boolean", default: false }, out: { type: "string" } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals: slugs } = args;
  if (values.all === slugs.length > 0) {
    console.error(values.all ? `Give either --all or slugs, not both.\n${USAGE}` : USAGE);
    return 2;
  }
  const invalid = slugs.filter((slug) => !SLUG_PATTERN.test(slug));
  if (invalid.length > 0) {
    console.error(`Not a set slug: ${invalid.map((slug) => JSON.stringify(slug)).join(", ")} (lower-case letters, digits and hyphens).`);
    return 1;
  }

  const database = await resolveDatabase();
  const db = createPrismaClient(database.url);
  try {
    const found = await readBankSets(db, values.all ? undefined : slugs);
    const unknown = slugs.filter((slug) => !found.some((set) => set.slug === slug));
    const empty = found.filter((set) => set.questions.length === 0);
    if (unknown.length > 0 || (!values.all && empty.length > 0)) {
      for (const slug of unknown) console.error(`No question set "${slug}" in the database.`);
      for (const set of values.all ? [] : empty) console.error(`Question set "${set.slug}" has no questions (all archived): nothing to export.`);
      const known = (await db.questionSet.findMany({ select: { slug: true }, orderBy: { slug: "asc" } })).map((set) => set.slug);
      console.error(known.length > 0 ? `Sets in the database: ${known.join(", ")}.` : "The database has no question sets: run npm run db:seed first.");
      return 1;
    }
    for (const set of found) {
      if (set.questions.length === 0) {
        console.log(`Skipped ${set.slug}: no questions (all archived).`);
        continue;
      }
      const target = targetPath(set, values.out);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, exportQuestionSet(set));
      console.log(`Wrote ${target} (${set.questions.length} ${set.questions.length === 1 ? "question" : "questions"})`);
    }
    if (found.length === 0) console.log("The database has no question sets: nothing to export.");
  } finally {
    await db.$disconnect();
    await database.stop();
  }
});
