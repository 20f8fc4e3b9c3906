// The candidates list against PostgreSQL: wildcards taken literally, no silent cap, the pipeline
// status partition, filters, and composites only where the viewer may read the scorecards.
import { beforeAll, describe, expect, it } from "vitest";
import { seedQuestionBank } from "../content/seed-question-bank";
import type { Database } from "../db-client";
import { recordDecision } from "../debrief/debrief";
import { createInterview } from "../interviews/builder";
import { scoredInterview } from "../scoring/scored-interview";
import { makeQuestion, makeSet } from "../../tests/factories";
import { createTestDatabase } from "../../tests/test-database";
import type { Viewer } from "./access";
import { listCandidatesPage } from "./list";
import { candidateListSchema, PIPELINE_STATUSES } from "./list-query";

let db: Database;
let recruiter: Viewer;
let ian: Viewer;
let ada: Viewer;
const ids: Record<string, string> = {};
const query = (input: Record<string, unknown> = {}) => candidateListSchema.parse(input);

beforeAll(async () => {
  db = (await createTestDatabase()).prisma;
  await seedQuestionBank(db, [makeSet({ slug: "list-set", questions: ["a", "b"].map((id) => makeQuestion({ id: `list-${id}` })) })]);
  recruiter = await db.user.create({ data: { email: "rita@list.test", role: "RECRUITER" }, select: { id: true, role: true } });
  ian = await db.user.create({ data: { email: "ian@list.test", role: "INTERVIEWER" }, select: { id: true, role: true } });
  ada = await db.user.create({ data: { email: "ada@list.test", role: "INTERVIEWER" }, select: { id: true, role: true } });
  // 230 plain candidates: more than the old silent cap of 200.
  await db.candidate.createMany({ data: Array.from({ length: 230 }, (_, i) => ({ name: `Bulk ${String(i).padStart(3, "0")}`, position: i % 2 ? "SRE" : "Platform" })) });
  for (const name of ["Percy 100% Done", "Under_Score", "Underxscore"]) ids[name] = (await db.candidate.create({ data: { name, position: "Wildcards" }, select: { id: true } })).id;
  for (const name of ["Drafty", "Midway", "Settled"]) ids[name] = (await db.candidate.create({ data: { name, position: "Pipeline" }, select: { id: true } })).id;
  const draft = await createInterview(db, recruiter, { candidateId: ids.Drafty!, title: "Draft", panel: [ian.id], fromSet: "list-set" });
  if (!draft.ok) throw new Error(draft.message);
  // Midway: ian submitted, ada has not (so ada, on the panel, reads no composite).
  await scoredInterview(db, recruiter, {
    candidateId: ids.Midway!,
    fromSet: "list-set",
    panel: [
      { viewer: ian, ratings: [4, 4] },
      { viewer: ada, ratings: [1, 1], draft: true },
    ],
  });
  const settled = await scoredInterview(db, recruiter, { candidateId: ids.Settled!, fromSet: "list-set", panel: [{ viewer: ian, ratings: [3, 2] }] });
  expect(await recordDecision(db, recruiter, settled.sessionId, { outcome: "REJECT", reason: "Not this time." })).toMatchObject({ ok: true });
});

describe("the candidates list", () => {
  it("pages through every candidate with the total: nothing is cut off at 200", async () => {
    const first = await listCandidatesPage(db, recruiter, query({ sort: "name" }));
    expect(first.total).toBe(236);
    expect(first.pages).toBe(10);
    const seen = new Set<string>();
    for (let page = 1; page <= first.pages; page++) for (const row of (await listCandidatesPage(db, recruiter, query({ sort: "name", page }))).rows) seen.add(row.id);
    expect(seen.size).toBe(236);
    // A page past the end shows the last one, not an empty page.
    expect((await listCandidatesPage(db, recruiter, query({ page: 99 }))).page).toBe(10);
  });

  it("takes % and _ literally in a search", async () => {
    const names = async (q: string) => (await listCandidatesPage(db, recruiter, query({ q }))).rows.map((row) => row.name).sort();
    expect(await names("100%")).toEqual(["Percy 100% Done"]);
    expect(await names("%")).toEqual(["Percy 100% Done"]);
    expect(await names("r_s")).toEqual(["Under_Score"]);
    expect(await names("\\")).toEqual([]);
    expect(await names("UNDER")).toEqual(["Under_Score", "Underxscore"]);
  });

  it("gives each candidate one pipeline status, and the status filter agrees with the badge", async () => {
    const byStatus = new Map<string, string[]>();
    for (const status of PIPELINE_STATUSES)
      byStatus.set(
        status,
        (await listCandidatesPage(db, recruiter, query({ status, position: "Pipeline" }))).rows.map((row) => row.name),
      );
    expect(Object.fromEntries(byStatus)).toEqual({ NEW: [], SCREENING: ["Drafty"], INTERVIEWING: ["Midway"], DECIDED: ["Settled"] });
    const rows = (await listCandidatesPage(db, recruiter, query({ position: "Pipeline" }))).rows;
    for (const row of rows) expect(byStatus.get(row.status)).toContain(row.name);
    expect(rows.find((row) => row.name === "Settled")?.decision?.outcome).toBe("REJECT");
  });

  it("filters by interviewer, and shows composites only where the viewer may read them", async () => {
    expect((await listCandidatesPage(db, recruiter, query({ interviewer: ada.id }))).rows.map((row) => row.name)).toEqual(["Midway"]);
    const forRecruiter = (await listCandidatesPage(db, recruiter, query({ position: "Pipeline" }))).rows;
    expect(forRecruiter.find((row) => row.name === "Midway")?.composite).toBe(4);
    // Ada sits on Midway's panel and has not submitted: no composite for her; she sees only her candidates.
    const forAda = (await listCandidatesPage(db, ada, query())).rows;
    expect(forAda.map((row) => [row.name, row.composite])).toEqual([["Midway", null]]);
  });
});
