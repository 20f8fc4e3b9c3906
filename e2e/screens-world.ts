// Candidates for the print, layout and screenshot tests (e2e/print.spec.ts, e2e/visual.spec.ts):
// up to 20, with fixed names and fixed ratings so screenshots are the same every run, each
// interviewed once from a plan of six bank questions of six different competencies by the two
// demo staff members, scorecards submitted. Made with the app's own functions; made once per
// database (the e2e database is fresh every run), by e2e/screens.setup.ts.
import { INTERVIEW_AUDIENCES } from "../lib/interviews/schema";
import { addPlanQuestion, createPlan } from "../lib/plans/plans";
import { scoredInterview } from "../lib/scoring/scored-interview";
import { withDatabase } from "./database";

export const SCREENS_POSITION = "Screens Engineer";
const FIRST = [
  "Alma",
  "Bruno",
  "Carla",
  "Dmitri",
  "Elena",
  "Farid",
  "Greta",
  "Hugo",
  "Ines",
  "Jonas",
  "Kemal",
  "Lena",
  "Marek",
  "Nadia",
  "Oskar",
  "Petra",
  "Rafael",
  "Selma",
  "Tomas",
  "Ulla",
];
export const SCREENS_NAMES = FIRST.map((first) => `${first} Printwell`);

const must = <T>(result: { ok: true; value: T } | { ok: false; message: string }) => {
  if (!result.ok) throw new Error(result.message);
  return result.value;
};

/** Made once per run by e2e/screens.setup.ts, before any test. */
export function buildScreensWorld(): Promise<void> {
  return withDatabase(async (db) => {
    if ((await db.candidate.count({ where: { position: SCREENS_POSITION } })) > 0) return;
    const recruiter = await db.user.findUniqueOrThrow({ where: { email: "recruiter@example.com" }, select: { id: true, role: true } });
    // Its own second panelist, so the demo interviewer's pages (other tests) do not change.
    const interviewer = await db.user.create({ data: { email: "panelist@printwell.example", name: "Pia Panelist", role: "INTERVIEWER" }, select: { id: true, role: true } });
    const pool = await db.question.findMany({
      where: { archived: false, audience: { in: [...INTERVIEW_AUDIENCES] }, competency: { not: null } },
      orderBy: [{ competency: "asc" }, { id: "asc" }],
      distinct: ["competency"],
      take: 6,
      select: { id: true },
    });
    const planId = must(await createPlan(db, recruiter, { name: "Screens plan", position: SCREENS_POSITION }));
    for (const question of pool) must(await addPlanQuestion(db, recruiter, planId, question.id));
    for (const [c, name] of SCREENS_NAMES.entries()) {
      const candidate = await db.candidate.create({
        data: { name, position: SCREENS_POSITION, email: `${name.split(" ")[0]!.toLowerCase()}@printwell.example`, createdById: recruiter.id },
      });
      // Fixed, and different enough that the composites differ (1.50 to 3.50 in steps of about 0.25).
      const rating = (q: number, shift: number) => Math.min(4, Math.max(1, 1 + (c % 4) + ((q + shift) % 3) - 1));
      const notes = pool.map((_, q) => `Fixed note ${q + 1}.`);
      await scoredInterview(db, recruiter, {
        candidateId: candidate.id,
        fromSet: null,
        fromPlan: planId,
        title: `Screens interview ${c + 1}`,
        panel: [
          { viewer: recruiter, ratings: pool.map((_, q) => rating(q, 0)), notes, recommendation: "YES", summary: "Fixed summary." },
          { viewer: interviewer, ratings: pool.map((_, q) => rating(q, 1)), notes, recommendation: "NO", summary: "Fixed summary." },
        ],
      });
    }
    // One interview in progress, the recruiter's scorecard a draft: live scoring's screenshots.
    const live = await db.candidate.create({ data: { name: "Vera Livewell", position: "Live Engineer", createdById: recruiter.id } });
    await scoredInterview(db, recruiter, {
      candidateId: live.id,
      fromSet: null,
      fromPlan: planId,
      title: "Screens live interview",
      panel: [{ viewer: recruiter, ratings: [3, 2, null, null, null, null], notes: pool.map((_, q) => `Fixed note ${q + 1}.`), draft: true }],
    });
  });
}

/** The in-progress interview whose recruiter scorecard is a draft. */
export function screensLiveInterview(): Promise<string> {
  return withDatabase(async (db) => (await db.interviewSession.findFirstOrThrow({ where: { title: "Screens live interview" }, select: { id: true } })).id);
}

/** The ids of the 20 candidates, in SCREENS_NAMES order. */
export function screensWorld(): Promise<string[]> {
  return withDatabase(async (db) => {
    const rows = await db.candidate.findMany({ where: { position: SCREENS_POSITION }, select: { id: true, name: true } });
    return SCREENS_NAMES.map((name) => {
      const row = rows.find((candidate) => candidate.name === name);
      if (!row) throw new Error(`${name} is missing: e2e/screens.setup.ts makes the screens world`);
      return row.id;
    });
  });
}
