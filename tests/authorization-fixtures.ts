// The records the authorization matrix fills its routes and actions with (see MatrixFixtures),
// made through the app's own domain functions. Used by the Vitest matrix (fresh for every cell)
// and by the e2e setup (once, against the e2e database).
import type { Viewer } from "../lib/candidates/access";
import { createQuestion, createSet } from "../lib/authoring/edit-question";
import type { Database } from "../lib/db-client";
import { addPlanQuestion, createPlan } from "../lib/plans/plans";
import { applyAutosave } from "../lib/scoring/autosave";
import { openScorecard, submitScorecard } from "../lib/scoring/scorecards";
import { addQuestion, createInterview, startInterview } from "../lib/interviews/builder";
import { scheduleInterview } from "../lib/scheduling/scheduling";
import { ON_PANEL_ROLES, type ActionFixtures, type MatrixFixtures, type MatrixRole, type OnPanelRole, type PanelPosition, type SecrecyPanel } from "./authorization-matrix";

export type MatrixUsers = Record<Exclude<MatrixRole, "anonymous">, Viewer>;

export function must<T>(result: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!result.ok) throw new Error(`Fixture step refused: ${result.message}`);
  return result.value;
}

async function questionIds(db: Database, audience: "INTERVIEW" | "PRACTICE" | "BOTH", count: number) {
  // The set's audience narrows the question's: an earlier matrix cell may have made a practice question in an interview-only set.
  const setAudiences = audience === "BOTH" ? (["BOTH"] as const) : ([audience, "BOTH"] as const);
  const rows = await db.question.findMany({
    where: { audience, archived: false, set: { audience: { in: [...setAudiences] } } },
    orderBy: { id: "asc" },
    take: count,
    select: { id: true },
  });
  if (rows.length < count) throw new Error(`The matrix needs ${count} ${audience} question(s) in the bank; found ${rows.length}.`);
  return rows.map((row) => row.id);
}

async function rate(db: Database, viewer: Viewer, scorecardId: string, notes = "") {
  const author = await db.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { id: true, sessionVersion: true } });
  const scores = await db.score.findMany({ where: { scorecardId }, select: { sessionQuestionId: true, revision: true } });
  for (const score of scores) {
    const saved = await applyAutosave(db, author, scorecardId, {
      target: "question",
      sessionQuestionId: score.sessionQuestionId,
      writeId: crypto.randomUUID(),
      baseRevision: score.revision,
      value: { rating: 3, notes, keyPointsCovered: [], redFlagsRaised: [], elapsedSeconds: 60 },
    });
    if (saved.status !== "saved") throw new Error(`Fixture rating refused: ${saved.status}`);
  }
}

async function interview(db: Database, users: MatrixUsers, candidateId: string, title: string, questions: string[], panel = [users.panelInterviewer.id]) {
  const sessionId = must(await createInterview(db, users.recruiter, { candidateId, title, panel, fromSet: null }));
  for (const questionId of questions) must(await addQuestion(db, users.recruiter, sessionId, questionId));
  return sessionId;
}

async function startedWithScorecard(db: Database, users: MatrixUsers, candidateId: string, title: string, questions: string[]) {
  const sessionId = await interview(db, users, candidateId, title, questions);
  must(await startInterview(db, users.recruiter, sessionId));
  const scorecardId = must(await openScorecard(db, users.panelInterviewer, sessionId));
  await rate(db, users.panelInterviewer, scorecardId);
  return { sessionId, scorecardId };
}

async function completed(db: Database, users: MatrixUsers, candidateId: string, title: string, questions: string[]) {
  const started = await startedWithScorecard(db, users, candidateId, title, questions);
  must(await submitScorecard(db, users.panelInterviewer, started.scorecardId, { recommendation: "YES", summary: "Solid.", disagreementReason: null }));
  return started;
}

/**
 * One interview of the candidate per panel position (see PANEL_POSITIONS): a colleague who is no
 * matrix user submits a scorecard with the position's marker in every note and the summary; the
 * on-panel roles rate (with their own draft marker on "pending") and, on "submitted", submit.
 */
async function panelPositions(db: Database, users: MatrixUsers, candidateId: string, questions: string[], tag: string) {
  const ownDraftMarkers = Object.fromEntries(ON_PANEL_ROLES.map((role) => [role, `matrix-own-draft-${role}-${tag}-${crypto.randomUUID().slice(0, 8)}`])) as Record<
    OnPanelRole,
    string
  >;
  const onPanel = ON_PANEL_ROLES.map((role) => users[role]);
  const make = async (position: PanelPosition, label: string): Promise<SecrecyPanel> => {
    const colleagueName = `Matrix Colleague ${label} ${tag}`;
    const colleague = await db.user.create({
      data: { email: `matrix-colleague-${position.toLowerCase()}-${tag}@example.org`, name: colleagueName, role: "INTERVIEWER" },
      select: { id: true, role: true },
    });
    const marker = `matrix-secret-${position}-${tag}-${crypto.randomUUID().slice(0, 8)}`;
    const members = position === "offPanel" ? [] : onPanel;
    const title = `Matrix panel ${label} ${tag}`;
    const interviewId = await interview(db, users, candidateId, title, questions, [colleague.id, ...members.map((member) => member.id)]);
    must(await startInterview(db, users.recruiter, interviewId));
    const colleagueCard = must(await openScorecard(db, colleague, interviewId));
    await rate(db, colleague, colleagueCard, `${marker} note`);
    must(await submitScorecard(db, colleague, colleagueCard, { recommendation: "STRONG_NO", summary: `${marker} summary`, disagreementReason: "Marked down for the matrix." }));
    for (const role of position === "offPanel" ? [] : ON_PANEL_ROLES) {
      const card = must(await openScorecard(db, users[role], interviewId));
      await rate(db, users[role], card, position === "pending" ? `${ownDraftMarkers[role]} note` : "");
      if (position === "submitted") must(await submitScorecard(db, users[role], card, { recommendation: "YES", summary: "Mine.", disagreementReason: null }));
    }
    return { interviewId, title, marker, colleagueId: colleague.id, colleagueName };
  };
  const [pending, submitted, offPanel] = await Promise.all([make("pending", "Pending"), make("submitted", "Submitted"), make("offPanel", "Offpanel")]);
  return { panels: { pending, submitted, offPanel }, ownDraftMarkers };
}

/** Everything the HTTP cells need: the action cells' fixtures and the panel positions. */
export async function createMatrixFixtures(db: Database, users: MatrixUsers, tag = crypto.randomUUID().slice(0, 8)): Promise<MatrixFixtures> {
  const base = await createActionFixtures(db, users, tag);
  const [q1, q2] = await questionIds(db, "BOTH", 2);
  return { ...base, ...(await panelPositions(db, users, base.candidateId, [q1!, q2!], tag)) };
}

/** What the server actions are called with (made fresh for most action cells, so kept lean). */
export async function createActionFixtures(db: Database, users: MatrixUsers, tag = crypto.randomUUID().slice(0, 8)): Promise<ActionFixtures> {
  const [interviewOnlyQuestionId] = await questionIds(db, "INTERVIEW", 1);
  const [practiceOnlyQuestionId] = await questionIds(db, "PRACTICE", 1);
  const [q1, q2, q3, addable] = await questionIds(db, "BOTH", 4);

  const candidate = (name: string) => db.candidate.create({ data: { name, position: "Matrix Engineer", createdById: users.recruiter.id }, select: { id: true } });
  const [{ id: candidateId }, { id: otherCandidateId }] = await Promise.all([candidate(`Matrix Candidate ${tag}`), candidate(`Matrix Other ${tag}`)]);
  // A set of its own, interview-only, so the bank's seeded sets and what candidates see stay as the files say.
  const set = { slug: `matrix-set-${tag}` };
  const madeSet = await createSet(db, users.admin, { title: `Matrix set ${tag}`, slug: set.slug, description: "", audience: "interview" });
  if (!madeSet.ok) throw new Error(`Fixture step refused: ${madeSet.reason}`);
  const archivableQuestionId = `matrix-archivable-${tag}`;
  const matrixQuestion = (id: string, audience: "interview" | "practice", practiceTwin: string | null) =>
    createQuestion(db, users.admin, set.slug, {
      id,
      title: `Matrix question ${id}?`,
      difficulty: "easy",
      level: null,
      competency: null,
      tags: [],
      minutes: null,
      audience,
      ownAudience: audience === "interview" ? null : audience,
      prompt: "",
      answer: "An answer.",
      keyPoints: ["A point"],
      redFlags: [],
      followUps: [],
      scoring: [],
      reviewed: "2026-12",
      practiceTwin,
      line: 1,
      keyLines: {},
    });
  // Interview-only questions have practice twins (the bank rules): one for the archivable question,
  // and a spare for the question the matrix creates (`${id}-practice`, `${id}-spare`).
  for (const [id, audience, twin] of [
    [`${archivableQuestionId}-practice`, "practice", null],
    [`${archivableQuestionId}-spare`, "practice", null],
    [archivableQuestionId, "interview", `${archivableQuestionId}-practice`],
  ] as const) {
    const created = await matrixQuestion(id, audience, twin);
    if (!created.ok) throw new Error(`Fixture step refused: ${created.reason}`);
  }

  // Independent records, made side by side: the Vitest matrix makes a set for most of its cells.
  const [done, , started, draftInterviewId, planId, roleTarget, bankEditor] = await Promise.all([
    completed(db, users, candidateId, `Matrix completed ${tag}`, [q1!, q2!]),
    completed(db, users, otherCandidateId, `Matrix compared ${tag}`, [q1!, q2!]),
    startedWithScorecard(db, users, candidateId, `Matrix in progress ${tag}`, [q3!]),
    interview(db, users, candidateId, `Matrix draft ${tag}`, [q1!, q2!]),
    (async () => {
      const id = must(await createPlan(db, users.recruiter, { name: `Matrix plan ${tag}`, position: null }));
      for (const questionId of [q1!, q2!]) must(await addPlanQuestion(db, users.recruiter, id, questionId));
      return id;
    })(),
    db.user.create({ data: { email: `matrix-target-${tag}@example.org`, name: "Matrix Target", role: "CANDIDATE" }, select: { id: true } }),
    db.user.create({ data: { email: `matrix-editor-${tag}@example.org`, name: "Matrix Editor", role: "INTERVIEWER" }, select: { id: true } }),
  ]);
  // The interview in progress is also scheduled (a week ahead), for its calendar invitations.
  const week = new Date(Date.now() + 7 * 24 * 3_600_000);
  const date = `${week.getUTCFullYear()}-${String(week.getUTCMonth() + 1).padStart(2, "0")}-${String(week.getUTCDate()).padStart(2, "0")}`;
  must(
    await scheduleInterview(db, users.recruiter, started.sessionId, { date, time: "10:00", timeZone: "UTC", durationMinutes: 60, location: null, meetingUrl: null }, new Date()),
  );
  const [openScore, draftQuestions, planQuestions] = await Promise.all([
    db.score.findFirstOrThrow({ where: { scorecardId: started.scorecardId }, select: { sessionQuestionId: true, revision: true } }),
    db.sessionQuestion.findMany({ where: { sessionId: draftInterviewId }, orderBy: { position: "asc" }, select: { id: true } }),
    db.interviewPlanQuestion.findMany({ where: { planId }, orderBy: { position: "asc" }, select: { id: true } }),
  ]);

  return {
    candidateId,
    candidateName: `Matrix Candidate ${tag}`,
    otherCandidateId,
    completedInterviewId: done.sessionId,
    completedInterviewTitle: `Matrix completed ${tag}`,
    submittedScorecardId: done.scorecardId,
    startedInterviewId: started.sessionId,
    scheduledInterviewId: started.sessionId,
    openScorecardId: started.scorecardId,
    openScoreQuestionId: openScore.sessionQuestionId,
    openScoreRevision: openScore.revision,
    draftInterviewId,
    draftQuestionIds: [draftQuestions[0]!.id, draftQuestions[1]!.id],
    planId,
    planQuestionIds: [planQuestions[0]!.id, planQuestions[1]!.id],
    addableQuestionId: addable!,
    interviewOnlyQuestionId: interviewOnlyQuestionId!,
    practiceOnlyQuestionId: practiceOnlyQuestionId!,
    roleTargetUserId: roleTarget.id,
    roleTargetEmail: `matrix-target-${tag}@example.org`,
    bankEditorUserId: bankEditor.id,
    setSlug: set.slug,
    archivableQuestionId,
    users: Object.fromEntries(Object.entries(users).map(([role, user]) => [role, user.id])) as ActionFixtures["users"],
  };
}
