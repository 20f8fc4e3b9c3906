import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMPETENCIES_PATH, loadCompetencies, parseCompetencies } from "./competencies";

describe("content/competencies.yaml", () => {
  it("holds the one list, each with a kind, a description and its sets", async () => {
    const list = await loadCompetencies();
    expect(list.errors).toEqual([]);
    expect(list.competencies.length).toBeGreaterThanOrEqual(14);
    for (const competency of list.competencies) expect(competency.description.length, competency.name).toBeGreaterThan(20);
    expect(list.competencies.filter((competency) => competency.kind === "behavioural").map((competency) => competency.name)).toEqual(["Ownership", "Collaboration", "Learning"]);
    expect(parseCompetencies(readFileSync(COMPETENCIES_PATH, "utf8")).competencies).toEqual(list.competencies);
  });

  it("reports a missing file at line 1", async () => {
    expect((await loadCompetencies("content/no-such-list.yaml")).errors).toEqual([
      { file: "content/no-such-list.yaml", line: 1, message: "the competency list is missing (every question's competency must be one of its names)" },
    ]);
  });

  it("reports each mistake in the list at its line, with a suggestion where one is close", () => {
    const text = [
      "competencies:",
      "  - name: Reliability",
      "    kind: technical",
      "    description: Up.",
      "    sets: [devops]",
      "  - name: Reliability",
      "    kind: tecnical",
      "    descripton: Typo.",
      "    sets: devops",
      "  - kind: behavioural",
      "  - name: Odd",
      "    kind: behavioural",
      "    description: Odd slugs.",
      "    sets: [Not A Slug]",
    ].join("\n");
    expect(parseCompetencies(text, "list.yaml").errors.map(({ line, message }) => [line, message])).toEqual([
      [8, 'unknown key "descripton": did you mean "description"?'],
      [6, 'duplicate competency "Reliability": also on line 2'],
      [7, '"Reliability": kind must be one of technical, behavioural; got "tecnical"'],
      [6, '"Reliability" has no description: say in a sentence what it covers'],
      [9, '"Reliability": sets must be a list of set slugs, e.g. [devops, ec2]'],
      [10, 'a competency has no "name:"'],
      [14, '"Odd": "Not A Slug" is not a set slug'],
    ]);
  });

  it("reports YAML that does not parse, or is not a list, at its line", () => {
    expect(parseCompetencies("competencies:\n  - name: [unclosed\n", "list.yaml").errors[0]).toMatchObject({ file: "list.yaml", line: expect.any(Number), message: expect.stringMatching(/^not valid YAML: /) });
    expect(parseCompetencies("names: [a, b]\n", "list.yaml").errors).toEqual([
      { file: "list.yaml", line: 1, message: 'the file must hold "competencies:" and a list of entries (name, kind, description, sets)' },
    ]);
  });
});
