import { beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../tests/test-database";
import { makeQuestion, makeSet } from "../../tests/factories";
import { seedQuestionBank } from "../content/seed-question-bank";
import type { Database } from "../db-client";
import { bankHref, bankSearchSchema } from "./schema";
import { HIGHLIGHT_END, HIGHLIGHT_START, MATCH_LIMIT, searchQuestions } from "./search-questions";
import { visibleAudiences } from "./visibility";

let db: Database;
const staff = visibleAudiences("INTERVIEWER");
const candidate = visibleAudiences("CANDIDATE");
const search = (input: Record<string, unknown>) => bankSearchSchema.parse(input);

beforeAll(async () => {
  ({ prisma: db } = await createTestDatabase());
  await seedQuestionBank(db, [
    makeSet({
      slug: "compute",
      title: "Compute",
      questions: [
        makeQuestion({ id: "title-match", title: "How do you reduce Lambda cold starts?", answer: "Provisioned concurrency helps.", tags: ["lambda"] }),
        makeQuestion({
          id: "body-match",
          title: "What drives serverless latency?",
          answer: "Cold starts are one factor among many, with network calls.",
          tags: ["latency"],
          reviewed: "2026-01",
        }),
        makeQuestion({ id: "keypoint-match", title: "Explain the execution environment", answer: "It is reused.", keyPoints: ["Mentions cold starts"] }),
        makeQuestion({ id: "unrelated", title: "What is an EBS volume?", answer: "Block storage.", difficulty: "easy", level: "junior", reviewed: "2025-12" }),
        makeQuestion({ id: "secret-interview", title: "Design cold start mitigation for checkout", answer: "Interview only.", audience: "interview" }),
        makeQuestion({ id: "practice-only", title: "Practise cold start basics", answer: "Practice only.", audience: "practice", competency: "Performance" }),
      ],
    }),
    makeSet({ slug: "storage", title: "Storage", questions: [makeQuestion({ id: "other-set", title: "Cold starts of databases?", answer: "Aurora Serverless resumes." })] }),
  ]);
});

describe("full-text search", () => {
  it("ranks a title match above a key-point match above a body match", async () => {
    const { hits } = await searchQuestions(db, search({ q: "cold starts", set: "compute" }), staff);
    const order = hits.map((hit) => hit.id);
    expect(order.indexOf("title-match")).toBeLessThan(order.indexOf("keypoint-match"));
    expect(order.indexOf("keypoint-match")).toBeLessThan(order.indexOf("body-match"));
    expect(order).not.toContain("unrelated");
  });

  it("stems words (start / starts / starting) and highlights the matches", async () => {
    const { hits } = await searchQuestions(db, search({ q: "starting" }), staff);
    const titleHit = hits.find((hit) => hit.id === "title-match");
    expect(titleHit?.titleHighlight).toContain(`${HIGHLIGHT_START}starts${HIGHLIGHT_END}`);
    const bodyHit = hits.find((hit) => hit.id === "body-match");
    expect(bodyHit?.snippet).toContain(`${HIGHLIGHT_START}starts${HIGHLIGHT_END}`);
  });

  it("drops Markdown list markers from snippets", async () => {
    await seedQuestionBank(db, [
      makeSet({
        slug: "markers",
        title: "Markers",
        questions: [makeQuestion({ id: "markers-q", title: "Listy", answer: "Intro.\n\n- Zanzibar one\n1. Zanzibar two\n## Zanzibar three" })],
      }),
    ]);
    const { hits } = await searchQuestions(db, search({ q: "zanzibar" }), staff);
    expect(hits[0]?.snippet).toBeTruthy();
    expect(hits[0]?.snippet).not.toMatch(/(^|\s)(-|1\.|##)\s/);
    // Archive it again so the counts in the tests below stay as they are.
    await seedQuestionBank(db, [makeSet({ slug: "markers", title: "Markers", questions: [] })]);
  });

  it("supports web-search syntax: quoted phrases and exclusions", async () => {
    const phrase = await searchQuestions(db, search({ q: '"provisioned concurrency"' }), staff);
    expect(phrase.hits.map((hit) => hit.id)).toEqual(["title-match"]);
    const excluded = await searchQuestions(db, search({ q: "cold -lambda" }), staff);
    expect(excluded.hits.map((hit) => hit.id)).not.toContain("title-match");
    expect(excluded.total).toBeGreaterThan(0);
  });

  it("never fails on odd input", async () => {
    for (const q of ['"', "-", "&&||!!", "(", "::", "' OR 1=1 --"]) {
      await expect(searchQuestions(db, search({ q }), staff)).resolves.toHaveProperty("total");
    }
  });

  it("hides interview-only questions from candidates, in results and counts", async () => {
    const forStaff = await searchQuestions(db, search({ q: "cold" }), staff);
    const forCandidate = await searchQuestions(db, search({ q: "cold" }), candidate);
    expect(forStaff.hits.map((hit) => hit.id)).toContain("secret-interview");
    expect(forCandidate.hits.map((hit) => hit.id)).not.toContain("secret-interview");
    expect(forCandidate.hits.map((hit) => hit.id)).toContain("practice-only");
    expect(forCandidate.total).toBe(forStaff.total - 1);
  });
});

describe("filters and paging", () => {
  it("filters by set, difficulty, level, competency and tag", async () => {
    const ids = async (input: Record<string, unknown>) => (await searchQuestions(db, search(input), staff)).hits.map((hit) => hit.id);
    expect(await ids({ set: "storage" })).toEqual(["other-set"]);
    expect(await ids({ difficulty: "easy" })).toEqual(["unrelated"]);
    expect(await ids({ level: "junior" })).toEqual(["unrelated"]);
    expect(await ids({ competency: "Performance" })).toEqual(["practice-only"]);
    expect(await ids({ tag: "latency" })).toEqual(["body-match"]);
    expect(await ids({ q: "cold", set: "storage" })).toEqual(["other-set"]);
  });

  it("browses in set and file order without a query, and pages past the end return nothing", async () => {
    const { hits, total } = await searchQuestions(db, search({}), staff);
    expect(total).toBe(7);
    expect(hits.map((hit) => hit.id).slice(0, 2)).toEqual(["title-match", "body-match"]);
    expect(hits[0]?.tags).toEqual(["lambda"]);
    const beyond = await searchQuestions(db, search({ page: 5 }), staff);
    expect(beyond.hits).toEqual([]);
    expect(beyond.total).toBe(7);
  });

  it("finds the questions not reviewed for 12 months or more, by the clock it is given", async () => {
    const due = async (now: string) => (await searchQuestions(db, search({ reviewed: "due" }), staff, new Date(now))).hits.map((hit) => hit.id);
    // 2025-12 is twelve months before 2026-12; 2026-01 is eleven.
    expect(await due("2026-12-07T09:00:00Z")).toEqual(["unrelated"]);
    expect(await due("2026-12-31T23:59:59Z")).toEqual(["unrelated"]);
    expect(await due("2027-01-01T00:00:00Z")).toEqual(["body-match", "unrelated"]);
    expect(await due("2025-06-01T00:00:00Z")).toEqual([]);
    const hit = (await searchQuestions(db, search({ reviewed: "due", q: "EBS" }), staff, new Date("2026-12-07T09:00:00Z"))).hits[0];
    expect(hit).toMatchObject({ id: "unrelated", reviewed: "2025-12" });
  });

  it("ignores invalid filter values from a hand-edited URL", () => {
    expect(search({ difficulty: "impossible", level: 3, page: "-2", reviewed: "stale" })).toEqual({ page: 1 });
    expect(bankHref(search({ reviewed: "due", set: "compute", page: 2 }))).toBe("/bank?set=compute&reviewed=due&page=2");
  });

  it("stops counting and ranking past MATCH_LIMIT matches, and says so", async () => {
    const many = Array.from({ length: MATCH_LIMIT + 5 }, (_, i) =>
      makeQuestion({ id: `many-${i}`, title: i === MATCH_LIMIT + 4 ? "Ubiquitous ubiquitous ubiquitous" : `Item ${i}`, answer: "ubiquitous" }),
    );
    await seedQuestionBank(db, [makeSet({ slug: "many", title: "Many", questions: many })]);
    const broad = await searchQuestions(db, search({ q: "ubiquitous" }), staff);
    expect(broad).toMatchObject({ capped: true, total: MATCH_LIMIT });
    expect(broad.hits).toHaveLength(20);
    const narrow = await searchQuestions(db, search({ q: "ubiquitous", set: "compute" }), staff);
    expect(narrow).toMatchObject({ capped: false, total: 0 });
    const browse = await searchQuestions(db, search({ set: "many" }), staff);
    expect(browse).toMatchObject({ capped: false, total: MATCH_LIMIT + 5 });
  });

  it("leaves archived questions out", async () => {
    await seedQuestionBank(db, [makeSet({ slug: "storage", title: "Storage", questions: [makeQuestion({ id: "storage-new" })] })]);
    const { hits } = await searchQuestions(db, search({ set: "storage" }), staff);
    expect(hits.map((hit) => hit.id)).toEqual(["storage-new"]);
  });
});
