// npm run content:import -- <files or folders…> [--apply] [--diff]
// Imports question-set files into the bank the way the admin upload page does: a dry run that
// lists what would be added, changed and archived (nothing written), or with --apply the same
// changes in one transaction. Any error in any file means nothing is written (exit code 1).
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { SingleBar } from "cli-progress";
import { createPrismaClient } from "../lib/db-client";
import { findQuestionFiles } from "../lib/content/load-question-sets";
import { applyParsedImport, checkParsedImport, type ImportError, type ImportPlan, type ImportSource, parseImport } from "../lib/content/plan-import";
import { resolveDatabase } from "./lib/local-database";
import { runMain } from "./lib/run-main";
import { loadEnvFiles } from "./lib/load-env-files";

const USAGE = "usage: npm run content:import -- <files or folders…> [--apply] [--diff]";
const SYMBOLS = { added: "+", changed: "~", restored: "↺", moved: "→", archived: "−", unchanged: " " } as const;

runMain(import.meta.url, async () => {
  loadEnvFiles();
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { apply: { type: "boolean", default: false }, diff: { type: "boolean", default: false }, help: { type: "boolean", default: false } },
  });
  if (values.help || positionals.length === 0) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }

  const { files, errors: missing } = await findQuestionFiles(positionals);
  if (missing.length > 0) return printErrors(missing);
  const sources: ImportSource[] = await Promise.all(files.map(async (file) => ({ sourcePath: file.sourcePath, bytes: await readFile(file.absolute) })));
  const parsed = await withProgressBar(sources.length, (tick) => parseImport(sources, { onProgress: tick }));

  const database = await resolveDatabase();
  const db = createPrismaClient(database.url);
  try {
    const check = await checkParsedImport(db, parsed, "as-given");
    if (!check.plan) return printErrors(check.errors);
    printPlan(check.plan, values.diff);
    if (!values.apply) {
      console.log("\nDry run: nothing was written. Run again with --apply to make these changes.");
      return 0;
    }
    const result = await applyParsedImport(db, parsed, { policy: "as-given", actorId: null, expectedFingerprint: check.plan.fingerprint });
    if (!result.ok) {
      if (result.stale) console.error("The bank changed while the import was being checked; nothing was written. Run the command again.");
      return result.stale ? 1 : printErrors(result.errors);
    }
    console.log(result.summary ? "\nApplied: the bank now matches these files." : "\nNothing to apply: the bank already matches these files.");
    return 0;
  } finally {
    await db.$disconnect();
    await database.stop();
  }
});

/** A progress bar on stderr for long work (a large bank takes a while to parse); none when piped. */
async function withProgressBar<T>(total: number, work: (tick: (done: number) => void) => Promise<T>): Promise<T> {
  if (!process.stderr.isTTY || total < 5) return work(() => {});
  const bar = new SingleBar({ stream: process.stderr, format: "Parsing {bar} {value}/{total} files | {eta_formatted} left", hideCursor: true });
  bar.start(total, 0);
  try {
    return await work((done) => bar.update(done));
  } finally {
    bar.stop();
  }
}

function printErrors(errors: readonly ImportError[]): number {
  for (const error of errors) {
    console.error(`${error.file}:${error.line}: ${error.message}`);
    if (error.source !== undefined) console.error(`    | ${error.source}`);
  }
  console.error(`${errors.length} problem${errors.length === 1 ? "" : "s"}: nothing was written.`);
  return 1;
}

function printPlan(plan: ImportPlan, showDiff: boolean) {
  for (const set of plan.sets) {
    const counts = Object.entries(countKinds(set.changes.map((change) => change.kind)))
      .map(([kind, n]) => `${n} ${kind}`)
      .join(", ");
    console.log(`${set.file} → ${set.isNew ? "new set" : "set"} "${set.slug}" (${set.title}): ${counts || "no questions"}`);
    for (const change of set.setChanges) console.log(`  * ${change}`);
    for (const change of set.changes) {
      if (change.kind === "unchanged") continue;
      const version = change.fromVersion ? ` (v${change.fromVersion})` : "";
      console.log(`  ${SYMBOLS[change.kind]} ${change.kind.padEnd(8)} ${change.id}${version}  ${change.title}`);
      if (!showDiff || !change.diff) continue;
      for (const part of change.diff) {
        if (part.kind === "same") continue;
        for (const line of part.text.replace(/\n$/, "").split("\n")) console.log(`      ${part.kind === "added" ? "+" : "-"} ${line}`);
      }
    }
  }
  const totals = Object.entries(plan.counts)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(", ");
  console.log(`\nIn all: ${totals || "no questions"}.${showDiff ? "" : " (--diff shows the text of each change)"}`);
}

function countKinds(kinds: string[]) {
  const counts: Record<string, number> = {};
  for (const kind of kinds) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}
