import { describe, expect, it } from "vitest";
import { makeQuestion, makeSet } from "../../tests/factories";
import { checkPracticeTwins, checkQuestionRules, monthOf, type TwinNode, twinNodes } from "./bank-rules";
import type { ParsedQuestion, ParsedSet } from "./schema";

const NOW = new Date("2026-12-07T09:00:00Z");
const COMPETENCIES = ["Reliability", "Security", "Infrastructure as code", "Ownership"].map((name) => ({ name }));

function setWith(questions: Partial<ParsedQuestion>[], slug = "rules"): ParsedSet {
  return makeSet({ slug, sourcePath: `content/questions/${slug}.md`, questions: questions.map((q) => makeQuestion({ competency: null, ...q })) });
}

const messages = (errors: { line: number; message: string }[]) => errors.map(({ line, message }) => [line, message]);

describe("reviewed", () => {
  it("is required on every question, reported at its heading", () => {
    const set = setWith([{ id: "a", title: "A?", line: 10, reviewed: null }]);
    expect(messages(checkQuestionRules([set], COMPETENCIES, NOW))).toEqual([[10, 'question "A?" has no "reviewed:" line: add "reviewed: 2026-12" once you have checked it against the documentation']]);
  });

  it("may be this month or any before, never a later one (UTC months)", () => {
    const at = (reviewed: string, now = NOW) => checkQuestionRules([setWith([{ id: "a", reviewed, keyLines: { reviewed: 12 } }])], COMPETENCIES, now);
    expect(at("2026-12")).toEqual([]);
    expect(at("1999-01")).toEqual([]);
    expect(messages(at("2027-01"))).toEqual([[12, "reviewed 2027-01 is in the future (it is 2026-12 now): write the month the question was last checked"]]);
    // 31 December 23:30 in New York is already January in UTC; the clock decides, not the writer's zone.
    expect(at("2027-01", new Date("2026-12-31T23:30:00-05:00"))).toEqual([]);
    expect(monthOf(new Date("2026-12-31T23:59:59Z"))).toBe("2026-12");
  });
});

describe("competency", () => {
  const competencyErrors = (competency: string | null) => messages(checkQuestionRules([setWith([{ id: "a", competency, keyLines: { competency: 9 } }])], COMPETENCIES, NOW));

  it("accepts a name from the list, or none", () => {
    expect(competencyErrors("Infrastructure as code")).toEqual([]);
    expect(competencyErrors(null)).toEqual([]);
  });

  it.each([
    ["Reliabilty", '"Reliability"'],
    ["reliability", '"Reliability"'],
    ["Infrastructure-as-code", '"Infrastructure as code"'],
    ["Securty", '"Security"'],
  ])("refuses %s at its line, suggesting %s", (name, suggestion) => {
    expect(competencyErrors(name)).toEqual([[9, `unknown competency "${name}": did you mean ${suggestion}? (add a new one to content/competencies.yaml first)`]]);
  });

  it("lists the names when nothing is close", () => {
    expect(competencyErrors("Availability")).toEqual([
      [9, 'unknown competency "Availability": the competencies are Reliability, Security, Infrastructure as code, Ownership (add a new one to content/competencies.yaml first)'],
    ]);
  });
});

describe("practice twins", () => {
  const node = (id: string, overrides: Partial<TwinNode> = {}): TwinNode => ({
    id,
    title: `${id}?`,
    audience: "practice",
    practiceTwin: null,
    archived: false,
    file: "content/questions/a.md",
    line: 10,
    twinLine: 14,
    inScope: true,
    ...overrides,
  });
  const interview = (id: string, twin: string | null, overrides: Partial<TwinNode> = {}) => node(id, { audience: "interview", practiceTwin: twin, ...overrides });
  const twinErrors = (nodes: TwinNode[]) => checkPracticeTwins(nodes).map(({ questionId, line, message }) => [questionId, line, message]);

  it("accepts an interview question with a practice-only or both twin in any set", () => {
    expect(twinErrors([interview("q", "q-practice"), node("q-practice", { file: "content/questions/b.md" }), interview("r", "r-both"), node("r-both", { audience: "both" })])).toEqual([]);
  });

  it("requires one on every interview-only question, at its heading, suggesting <id>-practice", () => {
    expect(twinErrors([interview("q", null), node("q-practice"), interview("lonely", null)])).toEqual([
      ["q", 10, 'interview-only question "q?" has no practice twin: add "practice-twin: <id>" naming a practice question on the same concept in another scenario (did you mean "practice-twin: q-practice"?)'],
      ["lonely", 10, 'interview-only question "lonely?" has no practice twin: add "practice-twin: <id>" naming a practice question on the same concept in another scenario'],
    ]);
  });

  it("refuses a twin that does not exist, suggesting a close id", () => {
    expect(twinErrors([interview("q", "q-practis"), node("q-practice")])).toEqual([["q", 14, 'practice twin "q-practis" does not exist: did you mean "q-practice"?']]);
    expect(twinErrors([interview("q", "elsewhere")])).toEqual([["q", 14, 'practice twin "elsewhere" does not exist: name the id of a practice question in any set']]);
  });

  it("refuses an archived twin, an interview-only twin, and a twin on a question that is not interview-only", () => {
    expect(twinErrors([interview("a", "a-practice"), node("a-practice", { archived: true })])).toEqual([["a", 14, 'practice twin "a-practice" is archived: restore it, or name another practice question']]);
    expect(twinErrors([interview("a", "b", { twinLine: 15 }), interview("b", "b-practice"), node("b-practice")])).toEqual([
      ["a", 15, 'practice twin "b" is interview-only: a twin must be practice-only or for both, so candidates can practise the concept'],
    ]);
    expect(twinErrors([node("a", { audience: "both", practiceTwin: "a-practice" }), node("a-practice")])).toEqual([
      ["a", 14, 'only interview-only questions have a practice twin, and this one is for interview and practice: remove "practice-twin:", or make it "audience: interview"'],
    ]);
  });

  it("refuses a twin claimed twice at the second claim, naming the first", () => {
    expect(twinErrors([interview("a", "shared"), interview("b", "shared", { twinLine: 40 }), node("shared")])).toEqual([
      ["b", 40, 'practice twin "shared" is already the twin of "a" (content/questions/a.md:14): each practice question is the twin of one interview question'],
    ]);
  });

  it("judges questions out of scope (the bank as it is) only through a twin in scope, and lets their claims stand first", () => {
    const bank = [interview("old", null, { inScope: false }), interview("holder", "shared", { inScope: false, file: "content/questions/old.md" })];
    // "old" has no twin (stored before the rule), but nothing in scope touches it.
    expect(twinErrors([...bank, node("shared", { inScope: false }), interview("new", "shared", { twinLine: 7 })])).toEqual([
      ["new", 7, 'practice twin "shared" is already the twin of "holder" (content/questions/old.md:14): each practice question is the twin of one interview question'],
    ]);
    // A file that makes the bank's twin interview-only breaks the question out of scope that names it.
    expect(twinErrors([...bank, interview("shared", "shared-practice"), node("shared-practice")])).toEqual([
      ["holder", 14, 'practice twin "shared" is interview-only: a twin must be practice-only or for both, so candidates can practise the concept'],
    ]);
  });

  it("reads twins from parsed sets with their lines", () => {
    const set = setWith([
      { id: "q", audience: "interview", practiceTwin: "q-practice", line: 5, keyLines: { "practice-twin": 9 } },
      { id: "q-practice", audience: "practice", line: 30 },
    ]);
    expect(twinNodes([set]).map(({ id, line, twinLine, file }) => [id, line, twinLine, file])).toEqual([
      ["q", 5, 9, "content/questions/rules.md"],
      ["q-practice", 30, 30, "content/questions/rules.md"],
    ]);
    expect(checkPracticeTwins(twinNodes([set]))).toEqual([]);
  });
});
