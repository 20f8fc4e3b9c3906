import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { makeQuestion, makeSet } from "../../tests/factories";
import { checkGenerated, competencySets, README_PATH, STATS_END, STATS_START, statsMarkdown, withCompetencySets, withStats } from "./bank-stats";
import { COMPETENCIES_PATH, parseCompetencies } from "./competencies";
import { loadQuestionSets } from "./load-question-sets";

const sets = [
  makeSet({
    slug: "beta",
    title: "Beta",
    questions: [
      makeQuestion({ difficulty: "easy", level: "junior", audience: "interview", competency: "Security" }),
      makeQuestion({ difficulty: "easy", level: "junior", audience: "practice", competency: "Security" }),
      makeQuestion({ difficulty: "hard", level: null, audience: "both", competency: null }),
    ],
  }),
  makeSet({ slug: "alpha", title: "Alpha", questions: [makeQuestion({ difficulty: "medium", level: "staff", audience: "both", competency: "Reliability" })] }),
];

const YAML = `# The list.
competencies:
  - name: Reliability # kept
    kind: technical
    description: Keeps systems up.
    sets: [old]

  - name: Security
    kind: technical
    description: Least privilege.
    sets: [beta]

  - name: Unused
    kind: behavioural
    description: Nobody yet.
`;

describe("the question counts in content/README.md", () => {
  it("counts per set and audience, then level × difficulty with interview / practice / both in each cell", () => {
    const markdown = statsMarkdown(sets);
    expect(markdown).toContain("| Alpha (`alpha`) | 1 | 0 | 0 | 1 | 1 | 1 |\n| Beta (`beta`) | 3 | 1 | 1 | 1 | 2 | 2 |\n| **All sets** | 4 | 1 | 1 | 2 | 3 | 3 |");
    expect(markdown).toContain("#### Beta (`beta`)\n\n| Level | Easy | Medium | Hard |\n| --- | :---: | :---: | :---: |\n| Junior | 1 / 1 / 0 | – | – |\n| Mid | – | – | – |\n| Senior | – | – | – |\n| Staff | – | – | – |\n| No level | – | – | 0 / 0 / 1 |");
    expect(markdown).not.toMatch(/#### Alpha[\s\S]*No level[\s\S]*#### Beta/);
  });

  it("goes between the markers, and an outdated or missing one is reported at its line", () => {
    const readme = `# Title\n\nText.\n\n${STATS_START}\nhand-written\n${STATS_END}\n\nMore.\n`;
    const fresh = withStats(readme, sets).text!;
    expect(fresh).toBe(`# Title\n\nText.\n\n${STATS_START}\n\n${statsMarkdown(sets)}\n\n${STATS_END}\n\nMore.\n`);
    expect(checkGenerated(fresh, sets, [], COMPETENCIES_PATH)).toEqual([]);
    expect(checkGenerated(readme, sets, [], COMPETENCIES_PATH)).toEqual([{ file: README_PATH, line: 5, message: "the question counts are out of date: run `npm run content:stats`" }]);
    expect(checkGenerated(fresh.replace("| 4 |", "| 5 |"), sets, [], COMPETENCIES_PATH)).toHaveLength(1);
    expect(checkGenerated("# No markers\n", sets, [], COMPETENCIES_PATH)[0]?.message).toMatch(/^the question counts' markers are missing/);
  });
});

describe("each competency's sets in content/competencies.yaml", () => {
  const list = parseCompetencies(YAML, "list.yaml");

  it("are the sets whose questions use it, and a stale list is reported at its sets line", () => {
    expect(list.errors).toEqual([]);
    expect(competencySets(sets, list.competencies)).toEqual(new Map([["Reliability", ["alpha"]], ["Security", ["beta"]], ["Unused", []]]));
    expect(checkGenerated(withStats(`${STATS_START}\n${STATS_END}`, sets).text!, sets, list.competencies, "list.yaml")).toEqual([
      { file: "list.yaml", line: 6, message: '"Reliability": sets is [old], but its questions are in [alpha]: run `npm run content:stats`' },
    ]);
  });

  it("are rewritten in place, keeping comments, blank lines and the other keys", () => {
    const written = withCompetencySets(parseCompetencies(YAML).document!, sets, list.competencies);
    expect(written).toBe(YAML.replace("sets: [old]", "sets: [alpha]").replace("description: Nobody yet.\n", "description: Nobody yet.\n    sets: []\n"));
    const again = parseCompetencies(written);
    expect(checkGenerated(withStats(`${STATS_START}\n${STATS_END}`, sets).text!, sets, again.competencies, COMPETENCIES_PATH)).toEqual([]);
  });
});

describe("the repository's generated parts", () => {
  it("are up to date (npm run content:check says the same)", async () => {
    const { sets: bank, competencies, errors } = await loadQuestionSets();
    expect(errors).toEqual([]);
    expect(checkGenerated(readFileSync(README_PATH, "utf8"), bank, competencies, COMPETENCIES_PATH)).toEqual([]);
  });
});
