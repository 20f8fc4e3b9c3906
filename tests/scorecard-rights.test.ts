// Every scorecard action checks the acting user's role and panel seat as they are now, not as they
// were when the page was opened: a panelist demoted to candidate, an admin demoted to recruiter,
// or someone taken off the panel, opens the scoring screen, and then submits, reopens or saves.
// Each is refused with a message and nothing at all is written (every table hashed before and
// after). The last test demotes the user in a transaction that commits while the submit runs.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "../lib/candidates/access";
import { seedQuestionBank } from "../lib/content/seed-question-bank";
import type { Database } from "../lib/db-client";
import type { Role } from "../lib/generated/prisma/enums";
import { applyAutosave } from "../lib/scoring/autosave";
import { scoredInterview } from "../lib/scoring/scored-interview";
import { submitScorecard } from "../lib/scoring/scorecards";
import { form } from "./authorization-matrix";
import { changedTables, databaseDigest } from "./database-digest";
import { makeQuestion, makeSet } from "./factories";
import { actAs } from "./next-boundary";
import { createTestDatabase } from "./test-database";

vi.mock("next-auth", () => import("./next-boundary"));
vi.mock("next/cache", () => import("./next-boundary"));

let db: Database;
let databaseUrl: string;
let organiser: Viewer;
let admin: Viewer;
let scoring: typeof import("../lib/scoring/actions");
let users: typeof import("../lib/users/actions");

const person = (role: Role) => db.user.create({ data: { email: `${role.toLowerCase()}-${randomUUID()}@rights.test`, name: role, role }, select: { id: true, role: true } });

beforeAll(async () => {
  const created = await createTestDatabase();
  db = created.prisma;
  databaseUrl = created.url;
  process.env.DATABASE_URL = created.url;
  await seedQuestionBank(db, [makeSet({ slug: "rights-set", questions: [makeQuestion({ id: "rights-1" }), makeQuestion({ id: "rights-2" })] })]);
  organiser = await person("RECRUITER");
  admin = await person("ADMIN");
  scoring = await import("../lib/scoring/actions");
  users = await import("../lib/users/actions");
});

async function signIn(user: Viewer) {
  actAs(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { id: true, sessionVersion: true } }));
}

/** An interview where `member` has opened and rated their scorecard, submitted or not. */
async function scoredBy(member: Viewer, { submitted }: { submitted: boolean }) {
  const candidateId = (await db.candidate.create({ data: { name: "Rights" } })).id;
  const { sessionId } = await scoredInterview(db, organiser, {
    candidateId,
    fromSet: "rights-set",
    panel: [{ viewer: member, ratings: [3, 2], recommendation: "YES", draft: !submitted }],
  });
  const card = await db.scorecard.findUniqueOrThrow({ where: { sessionId_interviewerId: { sessionId, interviewerId: member.id } }, select: { id: true } });
  return { sessionId, scorecardId: card.id };
}

/** Runs the action as `user` and checks it was refused with a message and wrote nothing. */
async function refusedAndNothingWritten(user: Viewer, run: () => Promise<{ ok?: boolean; message?: string }>) {
  const before = await databaseDigest(db);
  await signIn(user);
  let result: { ok?: boolean; message?: string };
  try {
    result = await run();
  } finally {
    actAs(null);
  }
  expect(result.ok, JSON.stringify(result)).not.toBe(true);
  expect(result.message).toEqual(expect.any(String));
  expect(changedTables(before, await databaseDigest(db)), "tables written by a refused action").toEqual([]);
  return result.message!;
}

const submitForm = () => form({ recommendation: "YES", summary: "Done.", disagreementReason: "" });
const reopenForm = () => form({ reason: "Change a rating." });
const demote = async (user: Viewer, role: Role) => {
  await signIn(admin);
  expect(await users.changeRole({}, form({ userId: user.id, role }))).toMatchObject({ ok: true });
  actAs(null);
};

describe("a user whose role is lowered after opening their scorecard", () => {
  for (const role of ["INTERVIEWER", "RECRUITER", "ADMIN"] as const) {
    it(`${role.toLowerCase()} demoted to candidate can no longer submit`, async () => {
      const member = await person(role);
      const { scorecardId } = await scoredBy(member, { submitted: false });
      await demote(member, "CANDIDATE");
      await refusedAndNothingWritten(member, () => scoring.submitScorecardAction(scorecardId, {}, submitForm()));
    });

    it(`${role.toLowerCase()} demoted to candidate can no longer reopen their submitted scorecard`, async () => {
      const member = await person(role);
      const { scorecardId } = await scoredBy(member, { submitted: true });
      await demote(member, "CANDIDATE");
      await refusedAndNothingWritten(member, () => scoring.reopenScorecardAction(scorecardId, {}, reopenForm()));
    });
  }

  it("an admin demoted to recruiter can no longer reopen someone else's scorecard", async () => {
    const member = await person("INTERVIEWER");
    const formerAdmin = await person("ADMIN");
    const { scorecardId } = await scoredBy(member, { submitted: true });
    await demote(formerAdmin, "RECRUITER");
    await refusedAndNothingWritten(formerAdmin, () => scoring.reopenScorecardAction(scorecardId, {}, reopenForm()));
  });

  it("the check is made against the role as committed, not the one the request began with", async () => {
    const member = await person("INTERVIEWER");
    const { scorecardId } = await scoredBy(member, { submitted: false });
    const asOpened: Viewer = { id: member.id, role: "INTERVIEWER" };
    await db.user.update({ where: { id: member.id }, data: { role: "CANDIDATE" } });
    const before = await databaseDigest(db);
    expect(await submitScorecard(db, asOpened, scorecardId, { recommendation: "YES", summary: "x", disagreementReason: null })).toMatchObject({ ok: false });
    expect(changedTables(before, await databaseDigest(db))).toEqual([]);
  });
});

describe("a user taken off the panel after opening their scorecard", () => {
  const unseat = (sessionId: string, userId: string) => db.sessionInterviewer.delete({ where: { sessionId_userId: { sessionId, userId } } });

  it("can no longer submit, reopen or autosave", async () => {
    const member = await person("RECRUITER");
    const draft = await scoredBy(member, { submitted: false });
    const done = await scoredBy(member, { submitted: true });
    await unseat(draft.sessionId, member.id);
    await unseat(done.sessionId, member.id);

    expect(await refusedAndNothingWritten(member, () => scoring.submitScorecardAction(draft.scorecardId, {}, submitForm()))).toMatch(/no longer on this interview's panel/);
    expect(await refusedAndNothingWritten(member, () => scoring.reopenScorecardAction(done.scorecardId, {}, reopenForm()))).toMatch(/no longer on this interview's panel/);

    const score = await db.score.findFirstOrThrow({ where: { scorecardId: draft.scorecardId }, select: { sessionQuestionId: true, revision: true } });
    const before = await databaseDigest(db);
    const saved = await applyAutosave(db, { id: member.id, sessionVersion: 0 }, draft.scorecardId, {
      target: "question",
      sessionQuestionId: score.sessionQuestionId,
      writeId: randomUUID(),
      baseRevision: score.revision,
      value: { rating: 4, notes: "after leaving the panel", keyPointsCovered: [], redFlagsRaised: [], elapsedSeconds: 0 },
    });
    expect(saved).toEqual({ status: "not-found" });
    expect(changedTables(before, await databaseDigest(db))).toEqual([]);
  });
});

describe("a demotion committed while the submit runs", () => {
  it("is waited for and then seen: the submit is refused", async () => {
    const member = await person("INTERVIEWER");
    const { scorecardId } = await scoredBy(member, { submitted: false });
    const demotion = new pg.Client({ connectionString: databaseUrl });
    await demotion.connect();
    try {
      await demotion.query("BEGIN");
      await demotion.query(`UPDATE "User" SET "role" = 'CANDIDATE' WHERE "id" = $1`, [member.id]);
      // The submit starts while the demotion is written but not committed.
      const submit = submitScorecard(db, member, scorecardId, { recommendation: "YES", summary: "Racing.", disagreementReason: null });
      let racing = true;
      const waiting = async () => {
        while (racing) {
          const { rows } = await demotion.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
          if (rows[0].n > 0) return "waiting";
          await new Promise((resolve) => setImmediate(resolve));
        }
      };
      // Either the submit blocks on the demoted user's row (as it must), or it finishes first.
      const lockWait = waiting();
      await Promise.race([submit, lockWait]);
      racing = false;
      await lockWait;
      await demotion.query("COMMIT");
      expect(await submit).toMatchObject({ ok: false });
      expect((await db.scorecard.findUniqueOrThrow({ where: { id: scorecardId }, select: { submittedAt: true } })).submittedAt).toBeNull();
    } finally {
      await demotion.end();
    }
  });
});
