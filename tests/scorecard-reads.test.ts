// Every read of scorecards in lib/, app/ and components/ goes through lib/scoring/visibility.ts.
// A new page, export or figure that reads scorecards, ratings, notes or scorecard events without
// the rule fails here, naming the file and line, before any data can leak. (The e2e matrix checks
// the same promise from the outside: each page's HTML and RSC payload, for each role and panel
// position; this test is the one that does not depend on the fixtures reaching the new code.)
import { describe, expect, it } from "vitest";
import { readSites, readSitesIn, VISIBILITY_MODULE } from "./scorecard-reads";

/**
 * Reads that need no visibility rule, each with the reason. Keyed by file and function; an entry
 * that no longer matches a read fails the test, so the list cannot outlive the code.
 */
const NOT_A_DISCLOSURE: Record<string, string> = {
  "lib/scoring/autosave.ts#saveQuestionScore": "the autosave write: one UPDATE that checks author, ownership and panel seat, reading back only the author's own row",
  "lib/scoring/autosave.ts#saveSummaryDraft": "the autosave write of the author's own summary, as above",
  "lib/scoring/scorecards.ts#completeWhenPanelDone": "counts panel members who have not submitted, to complete the interview; shows nothing to anyone",
  "lib/users/remove-demo-data.ts#removeDemoData": "command line: keeps demo accounts that scored real interviews; reads no contents",
  "lib/notifications/sweep.ts#inPlay":
    "the reminder sweep (no viewer): finds interviews whose last scorecard came in this week, to tell the owner the panel is complete; reads no contents",
  "lib/notifications/sweep.ts#readStates":
    "the reminder sweep (no viewer): whether each panelist submitted and rated anything, to chase their own scorecard; `events` here is the schedule history (InterviewEvent), not scorecard events",
  "lib/notifications/send.ts#sendNotification": "a queued email: whether the panelist has submitted since, to skip a stale overdue notice; nothing of the scorecard is sent",
  "lib/scheduling/queries.ts#getSchedule": "`events` here is the interview's schedule history (InterviewEvent), not scorecard events; no scorecard is read",
  "lib/account/delete-account.ts#deleteAccount": "counts a deleted user's own scorecards, to keep their row as “Deleted user”; shows nothing",
  "lib/privacy/activity.ts#inactiveSince": "the retention job's test of when a candidate was last active (update times only); shows nothing",
  "lib/privacy/erase-candidate.ts#eraseInTransaction":
    "counts an erased candidate's unsubmitted scorecards for the admin's message: the status badges every viewer of the interview sees",
};

describe("reads of scorecards go through the visibility rule", () => {
  const sites = readSites();

  it("finds the reads it should (the scanner is not blind)", () => {
    const files = new Set(sites.map((site) => site.file));
    for (const file of [
      "lib/scoring/read-scorecards.ts",
      "lib/comparison/compare-candidates.ts",
      "lib/comparison/rating-records.ts",
      "lib/audit/scorecard-results.ts",
      VISIBILITY_MODULE,
    ]) {
      expect(files, `no scorecard read found in ${file}`).toContain(file);
    }
  });

  it("every read in lib/, app/ and components/ uses lib/scoring/visibility.ts, or is listed here with a reason", () => {
    const offending = sites.filter((site) => !site.throughRule && !NOT_A_DISCLOSURE[`${site.file}#${site.within}`]);
    expect(
      offending.map(
        (site) =>
          `${site.file}:${site.line} (${site.within}) reads scorecards (${site.kind}) without the visibility rule: ${site.text}\n` +
          `  → filter it with readableScorecardsWhere / readableSubmittedScorecardsWhere / readableScoresWhere / ownScorecardWhere from ${VISIBILITY_MODULE}` +
          ` (for a nested relation: { where: … }), or, if it discloses nothing, add "${site.file}#${site.within}" to NOT_A_DISCLOSURE with the reason.`,
      ),
    ).toEqual([]);
  });

  it("lists no exception that no longer matches a read", () => {
    const used = new Set(sites.filter((site) => !site.throughRule).map((site) => `${site.file}#${site.within}`));
    expect(Object.keys(NOT_A_DISCLOSURE).filter((key) => !used.has(key))).toEqual([]);
  });
});

describe("the scanner itself", () => {
  const header = `import { readableScorecardsWhere, readableSubmittedScorecardsWhere } from "@/lib/scoring/visibility";\n`;
  const verdicts = (code: string) => readSitesIn("lib/example/queries.ts", header + code).map((site) => [site.kind, site.throughRule]);

  it("flags reads without the rule: a model read, a nested relation, a relation count, a named select, raw SQL", () => {
    expect(verdicts(`export const a = (db) => db.scorecard.findMany({ where: { submittedAt: { not: null } } });`)).toEqual([["model read", false]]);
    expect(
      verdicts(`export const b = (db) => db.interviewSession.findMany({ select: { scorecards: { where: { submittedAt: { not: null } }, select: { composite: true } } } });`),
    ).toEqual([["relation", false]]);
    expect(verdicts(`export const c = (db) => db.sessionQuestion.findMany({ select: { _count: { select: { scores: { where: { rating: 4 } } } } } });`)).toEqual([
      ["relation", false],
    ]);
    expect(verdicts(`const s = { scores: { select: { notes: true } } };\nexport const d = (db) => db.interviewSession.findMany({ select: s });`)).toEqual([["relation", false]]);
    expect(verdicts('export const e = (db) => db.$queryRaw`SELECT avg("rating") FROM "Score"`;')).toEqual([["raw SQL", false]]);
    // The rule imported but not used in this read still fails.
    expect(verdicts(`export const f = (db, viewer) => { readableScorecardsWhere(viewer); return db.score.count({ where: {} }); };`)).toEqual([["model read", false]]);
  });

  it("accepts reads through the rule, directly, through a local constant, nested, or as a named select used only inside them", () => {
    expect(verdicts(`export const a = (db, v) => db.scorecard.findMany({ where: readableScorecardsWhere(v) });`)).toEqual([["model read", true]]);
    expect(
      verdicts(
        `export async function b(db, v) { const r = readableSubmittedScorecardsWhere(v); const w = { AND: [r, { sessionId: "s" }] }; return db.score.groupBy({ by: ["rating"], where: { scorecard: w } }); }`,
      ),
    ).toEqual([["model read", true]]);
    expect(
      verdicts(
        `export const c = (db, v) => db.interviewSession.findMany({ select: { scorecards: { where: readableScorecardsWhere(v), select: { scores: { select: { notes: true } } } } } });`,
      ),
    ).toEqual([
      ["relation", true],
      ["relation", true],
    ]);
    expect(
      verdicts(`const s = { scores: { select: { notes: true } } };\nexport const d = (db, v) => db.scorecard.findMany({ where: readableScorecardsWhere(v), select: s });`),
    ).toEqual([
      ["relation", true],
      ["model read", true],
    ]);
  });
});
