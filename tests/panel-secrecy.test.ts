// Panel secrecy, for every role in every position, on every reader of scorecards the server has.
// A colleague submits a scorecard whose notes and summary carry a unique marker. For each viewer
// (admin, recruiter, interviewer) placed off that panel, on it without having submitted, or on it
// having submitted, every surface is read twice: with the colleague's scorecard still a draft,
// and once it is submitted. Where the viewer may not read it, the two answers must be identical
// (nothing moves: no text, no composite, no count, no normalised rating, no calibration figure);
// where they may, the answers must differ and carry the marker.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "../lib/candidates/access";
import { seedQuestionBank } from "../lib/content/seed-question-bank";
import type { Database } from "../lib/db-client";
import type { Role } from "../lib/generated/prisma/enums";
import { calibration } from "../lib/comparison/calibration";
import { compareCandidates } from "../lib/comparison/compare-candidates";
import { listComparableCandidates } from "../lib/comparison/suggestions";
import { candidateReport } from "../lib/reports/candidate-report";
import { applyAutosave } from "../lib/scoring/autosave";
import { readPanelScorecards } from "../lib/scoring/read-scorecards";
import { scoredInterview } from "../lib/scoring/scored-interview";
import { openScorecard, submitScorecard } from "../lib/scoring/scorecards";
import { makeQuestion, makeSet } from "./factories";
import { actAs } from "./next-boundary";
import { createTestDatabase } from "./test-database";

vi.mock("next-auth", () => import("./next-boundary"));
vi.mock("next/cache", () => import("./next-boundary"));

const ROLES = ["ADMIN", "RECRUITER", "INTERVIEWER"] as const satisfies Role[];
const POSITIONS = ["off the panel", "on it, not submitted", "on it, submitted"] as const;
type Position = (typeof POSITIONS)[number];

let db: Database;
let organiser: Viewer;
let compareExport: typeof import("../app/compare/export/route");
let candidateExport: typeof import("../app/candidates/[id]/export/route");
let audit: typeof import("../lib/audit/queries");

/** What the rule says: on the panel, once your own is submitted; off it, recruiters and admins. */
const mayRead = (role: Role, position: Position) => position === "on it, submitted" || (position === "off the panel" && role !== "INTERVIEWER");

beforeAll(async () => {
  const created = await createTestDatabase();
  db = created.prisma;
  process.env.DATABASE_URL = created.url;
  await seedQuestionBank(db, [
    makeSet({ slug: "control-set", questions: ["c1", "c2", "c3"].map((id) => makeQuestion({ id: `secrecy-${id}`, competency: "Control" })) }),
    makeSet({ slug: "secret-set", questions: ["s1", "s2", "s3"].map((id) => makeQuestion({ id: `secrecy-${id}`, competency: "Secret" })) }),
  ]);
  organiser = await db.user.create({ data: { email: "organiser@secrecy.test", name: "Organiser", role: "RECRUITER" }, select: { id: true, role: true } });
  compareExport = await import("../app/compare/export/route");
  candidateExport = await import("../app/candidates/[id]/export/route");
  audit = await import("../lib/audit/queries");
});

const person = (name: string, role: Role) => db.user.create({ data: { email: `${name}-${randomUUID()}@secrecy.test`, name, role }, select: { id: true, role: true } });

async function as<T>(viewer: Viewer, read: () => Promise<T>): Promise<T | "404"> {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { sessionVersion: true } });
  actAs({ id: viewer.id, sessionVersion });
  try {
    return await read();
  } catch (error) {
    if (String((error as { digest?: string }).digest).includes(";404")) return "404";
    throw error;
  } finally {
    actAs(null);
  }
}

/**
 * One world per case: a candidate with a control interview (the viewer and the colleague, both
 * submitted, so the candidate is visible and comparable to any staff viewer) and the secret
 * interview, where the colleague has rated with the marker in every note and the summary, and the
 * viewer, if on the panel, has rated (and, in the last position, submitted).
 */
async function world(role: Role, position: Position) {
  const marker = `secret-marker-${randomUUID()}`;
  const viewer = await person(`Viewer ${role}`, role);
  const colleague = await person("Colleague", "INTERVIEWER");
  const candidateId = (await db.candidate.create({ data: { name: `Candidate ${marker.slice(-6)}`, position: "Secrecy" } })).id;
  await scoredInterview(db, organiser, {
    candidateId,
    fromSet: "control-set",
    title: "Control interview",
    panel: [
      { viewer, ratings: [3, 3, 3], recommendation: "YES" },
      { viewer: colleague, ratings: [2, 3, 4], recommendation: "YES" },
    ],
  });
  const onPanel = position !== "off the panel";
  const secret = await scoredInterview(db, organiser, {
    candidateId,
    fromSet: "secret-set",
    title: "Secret interview",
    panel: [
      { viewer: colleague, ratings: [1, 1, 2], notes: [1, 2, 3].map((n) => `${marker} note ${n}`), draft: true },
      ...(onPanel ? [{ viewer, ratings: [4, 4, 4], notes: ["own", "own", "own"], recommendation: "STRONG_YES" as const, draft: position === "on it, not submitted" }] : []),
    ],
  });
  const colleagueCard = await db.scorecard.findUniqueOrThrow({
    where: { sessionId_interviewerId: { sessionId: secret.sessionId, interviewerId: colleague.id } },
    select: { id: true },
  });
  // The summary draft carries the marker too.
  await applyAutosave(db, { id: colleague.id, sessionVersion: 0 }, colleagueCard.id, {
    target: "summary",
    writeId: randomUUID(),
    baseRevision: 0,
    value: { summary: `${marker} summary`, recommendation: "NO" },
  });
  const submitColleague = async () => {
    const result = await submitScorecard(db, colleague, colleagueCard.id, { recommendation: "NO", summary: `${marker} summary`, disagreementReason: null });
    if (!result.ok) throw new Error(result.message);
  };
  return { marker, viewer, colleague, candidateId, sessionId: secret.sessionId, colleagueCardId: colleagueCard.id, submitColleague };
}

/** Everything the server would show this viewer, surface by surface (statuses left out: they are public to the panel). */
async function surfaces(viewer: Viewer, candidateId: string, sessionId: string) {
  const panel = await readPanelScorecards(db, viewer, sessionId);
  const report = await candidateReport(db, viewer, candidateId);
  const csv = async (response: Response | "404") => (response === "404" ? "404" : `${response.status} ${await response.text()}`);
  return {
    "interview page (panel scorecards)": panel && { readable: panel.readable },
    "candidate report": report && report.sessions.map(({ statuses: _statuses, status: _status, ...session }) => session),
    "candidate CSV": await csv(await as(viewer, () => candidateExport.GET(new Request("http://app/x"), { params: Promise.resolve({ id: candidateId }) }))),
    compare: await compareCandidates(db, viewer, [candidateId], { adjust: false }),
    "compare, normalised": await compareCandidates(db, viewer, [candidateId], { adjust: true }),
    "compare CSV": await csv(await as(viewer, () => compareExport.GET(new Request(`http://app/compare/export?c=${candidateId}&normalise=1`)))),
    "comparable candidates": await listComparableCandidates(db, viewer),
    calibration: await calibration(db, viewer),
  };
}

describe("panel secrecy: every surface, every role, every position", () => {
  for (const role of ROLES) {
    for (const position of POSITIONS) {
      const reads = mayRead(role, position);
      it(`${role.toLowerCase()}, ${position}: ${reads ? "reads the colleague's submitted scorecard" : "nothing of the colleague's scorecard reaches them"}`, async () => {
        const w = await world(role, position);
        const before = await surfaces(w.viewer, w.candidateId, w.sessionId);
        await w.submitColleague();
        const after = await surfaces(w.viewer, w.candidateId, w.sessionId);

        for (const surface of Object.keys(after) as (keyof typeof after)[]) {
          const text = JSON.stringify(after[surface]);
          if (!reads) {
            expect(text, `${surface} shows the marker`).not.toContain(w.marker);
            expect(after[surface], `${surface} moved when the colleague submitted`).toEqual(before[surface]);
          }
        }
        // The rule as the page words it agrees with the rule as the database applies it.
        const panel = await readPanelScorecards(db, w.viewer, w.sessionId);
        if (panel) expect(panel.othersVisible).toBe(reads);
        if (!reads) return;

        for (const surface of ["interview page (panel scorecards)", "candidate report", "candidate CSV"] as const) {
          expect(JSON.stringify(after[surface]), `${surface} lacks the marker`).toContain(w.marker);
        }
        for (const surface of ["compare", "compare, normalised", "compare CSV", ...(role === "INTERVIEWER" ? [] : (["calibration"] as const))] as const) {
          expect(after[surface], `${surface} did not take the colleague's scorecard in`).not.toEqual(before[surface]);
        }
      });
    }
  }
});

describe("panel secrecy: the figures are those of the readable scorecards exactly", () => {
  it("the composite an unsubmitted panelist sees leaves the colleague's out; once they submit, it takes it in", async () => {
    const w = await world("ADMIN", "on it, not submitted");
    await w.submitColleague();
    const composite = async () => (await compareCandidates(db, w.viewer, [w.candidateId], { adjust: false }))!.candidates[0]!.overall.raw.mean;
    // Readable: the control interview's two scorecards, 3, 3, 3 and 2, 3, 4: a composite (mean of every rating) of 3.
    expect(await composite()).toBe(3);
    const own = await db.scorecard.findUniqueOrThrow({ where: { sessionId_interviewerId: { sessionId: w.sessionId, interviewerId: w.viewer.id } }, select: { id: true } });
    expect(await submitScorecard(db, w.viewer, own.id, { recommendation: "STRONG_YES", summary: "Mine.", disagreementReason: null })).toMatchObject({ ok: true });
    // Now all four: 3, 3, 3 and 2, 3, 4 (control), 4, 4, 4 (own) and the colleague's 1, 1, 2 → 34 / 12.
    expect(await composite()).toBeCloseTo(34 / 12, 12);
  });

  it("calibration leaves out every scorecard of an interview whose panel the viewer sits on unsubmitted", async () => {
    const w = await world("RECRUITER", "on it, not submitted");
    await w.submitColleague();
    const data = (await calibration(db, w.viewer))!;
    const colleague = data.interviewers.find((row) => row.id === w.colleague.id)!;
    expect(colleague.scorecards).toBe(1); // the control interview only
    expect(colleague.ratings.mean).toBe(3);
    // The secret interview's questions count one use fewer than for a recruiter off that panel.
    const outsider = await person("Recruiter off the panel", "RECRUITER");
    const uses = (rows: { questionKey: string; timesAsked: number }[]) => rows.find((row) => row.questionKey === "secrecy-s1")?.timesAsked ?? 0;
    expect(uses(data.questions)).toBe(uses((await calibration(db, outsider))!.questions) - 1);
  });

  it("the audit log shows a colleague's recommendation and composite only to an admin who may read that scorecard", async () => {
    const w = await world("ADMIN", "on it, not submitted");
    await w.submitColleague();
    const outsider = await person("Admin off the panel", "ADMIN");
    const eventOf = async (viewer: Viewer) => {
      const page = await as(viewer, () => audit.listAuditEvents({ action: "scorecard.submit", page: 1 }));
      if (page === "404") throw new Error("admins read the audit log");
      return page.events.find((event) => event.targetId === w.colleagueCardId)!.details;
    };
    expect(await eventOf(w.viewer)).toEqual({ sessionId: w.sessionId, interview: "Secret interview", resultsHidden: true });
    expect(await eventOf(outsider)).toEqual({ sessionId: w.sessionId, interview: "Secret interview", recommendation: "NO", composite: 1.33 });
  });

  it("gives a user demoted to candidate nothing, not even their own scorecards", async () => {
    const w = await world("INTERVIEWER", "on it, submitted");
    await w.submitColleague();
    await db.user.update({ where: { id: w.viewer.id }, data: { role: "CANDIDATE" } });
    const demoted = { id: w.viewer.id, role: "CANDIDATE" as const };
    const seen = await surfaces(demoted, w.candidateId, w.sessionId);
    expect(seen).toEqual({
      "interview page (panel scorecards)": null,
      "candidate report": null,
      "candidate CSV": "404",
      compare: null,
      "compare, normalised": null,
      "compare CSV": "404",
      "comparable candidates": { candidates: [], suggestions: [] },
      calibration: null,
    });
    expect(await openScorecard(db, demoted, w.sessionId)).toMatchObject({ ok: false });
  });
});
