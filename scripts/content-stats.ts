// `npm run content:stats`: writes the generated parts of content/ from the question sets: the
// counts per set (difficulty × level × audience) in content/README.md, between its markers, and
// each competency's `sets` in content/competencies.yaml. `npm run content:check` fails when they
// are stale. Refuses (and writes nothing) while the bank has errors.
import { readFile, writeFile } from "node:fs/promises";
import { README_PATH, withCompetencySets, withStats } from "../lib/content/bank-stats";
import { COMPETENCIES_PATH, loadCompetencies } from "../lib/content/competencies";
import { loadQuestionSets } from "../lib/content/load-question-sets";
import { runMain } from "./lib/run-main";

export async function writeContentStats(log: (line: string) => void = console.error): Promise<number> {
  const { sets, errors } = await loadQuestionSets();
  if (errors.length > 0) {
    for (const error of errors) log(`${error.file}:${error.line}: ${error.message}`);
    log("Fix these first: the counts are written from a bank without errors.");
    return 1;
  }
  const readme = withStats(await readFile(README_PATH, "utf8"), sets);
  if (readme.error) {
    log(`${readme.error.file}:${readme.error.line}: ${readme.error.message}`);
    return 1;
  }
  const list = await loadCompetencies();
  const changed: string[] = [];
  const write = async (file: string, before: string, after: string) => {
    if (before === after) return;
    await writeFile(file, after);
    changed.push(file);
  };
  await write(README_PATH, await readFile(README_PATH, "utf8"), readme.text);
  if (list.document) await write(COMPETENCIES_PATH, await readFile(COMPETENCIES_PATH, "utf8"), withCompetencySets(list.document, sets, list.competencies));
  log(changed.length > 0 ? `Updated ${changed.join(" and ")}.` : "Up to date: nothing to write.");
  return 0;
}

runMain(import.meta.url, () => writeContentStats());
