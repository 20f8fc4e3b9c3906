// `npm run content:check -- [files or folders…] [--json]`: checks question-set Markdown files.
// Problems go to stderr as `file:line: message` (exit code 1). With --json the parsed sets are
// printed on stdout, but only when there are no problems. Without files it checks the whole bank,
// and also that the generated parts of content/ (`npm run content:stats`) are up to date.
import { readFile } from "node:fs/promises";
import { checkGenerated, README_PATH } from "../lib/content/bank-stats";
import { COMPETENCIES_PATH } from "../lib/content/competencies";
import { loadQuestionSets } from "../lib/content/load-question-sets";

const USAGE = "usage: npm run content:check -- [files or folders…] [--json]";

async function main(args: string[]): Promise<number> {
  const json = args.includes("--json");
  const unknownFlag = args.find((arg) => arg.startsWith("-") && arg !== "--json");
  if (unknownFlag !== undefined) {
    console.error(`unknown option ${unknownFlag}\n${USAGE}`);
    return 2;
  }
  const paths = args.filter((arg) => arg !== "--json");
  const { sets, errors, competencies } = await loadQuestionSets(paths.length > 0 ? paths : undefined);
  if (paths.length === 0 && errors.length === 0) errors.push(...checkGenerated(await readFile(README_PATH, "utf8"), sets, competencies, COMPETENCIES_PATH));

  if (errors.length > 0) {
    for (const error of errors) console.error(`${error.file}:${error.line}: ${error.message}`);
    const files = new Set(errors.map((error) => error.file)).size;
    console.error(`${count(errors.length, "problem")} in ${count(files, "file")}`);
    return 1;
  }
  if (json) process.stdout.write(`${JSON.stringify({ sets }, null, 2)}\n`);
  const questions = sets.reduce((total, set) => total + set.questions.length, 0);
  console.error(`${count(sets.length, "set")}, ${count(questions, "question")}: OK`);
  return 0;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

// exitCode rather than exit() so a large --json output is flushed before the process ends.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
