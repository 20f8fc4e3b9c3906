// The authorization matrix: every page, route handler and server action of the app, and what each
// kind of user gets from it. Two tests read it:
//   - tests/authorization-matrix.test.ts checks it is complete (every app/**/page.tsx, app/**/route.ts
//     and exported server action has an entry, and every entry still exists) and calls each server
//     action as each user against PostgreSQL: refused means nothing was written;
//   - e2e/authorization-matrix.spec.ts requests each page and route handler as each user from the
//     production server, and checks that no answer (HTML, RSC payload, CSV) carries a scorecard the
//     user may not read, for each panel position (PANEL_POSITIONS).
// Adding a route or an action means adding a line here; docs/security.md says how.
// No imports of app code: Playwright loads this file too.

import type { OnPanelRole, PanelPosition, SecrecyPanel } from "./panel-positions";

export const ROLES = ["anonymous", "candidate", "panelInterviewer", "otherInterviewer", "recruiter", "admin"] as const;
export type MatrixRole = (typeof ROLES)[number];

/**
 * What dynamic segments and action arguments are filled with; tests/authorization-fixtures.ts
 * makes them, recruiter-created, with panelInterviewer alone on every panel.
 */
export interface ActionFixtures {
  /** Has two interviews below, so panelInterviewer may see them. */
  candidateId: string;
  candidateName: string;
  /** A second candidate with a completed interview, for comparisons. */
  otherCandidateId: string;
  /** Completed: panelInterviewer submitted their scorecard (submittedScorecardId). */
  completedInterviewId: string;
  completedInterviewTitle: string;
  submittedScorecardId: string;
  /** In progress: panelInterviewer's scorecard is open and rated 3 on its question. */
  startedInterviewId: string;
  openScorecardId: string;
  /** The interview in progress, scheduled a week ahead by the recruiter. */
  scheduledInterviewId: string;
  openScoreQuestionId: string;
  openScoreRevision: number;
  /** A draft with two bank questions. */
  draftInterviewId: string;
  draftQuestionIds: [string, string];
  planId: string;
  planQuestionIds: [string, string];
  /** A bank question in neither the draft nor the plan, allowed in interviews. */
  addableQuestionId: string;
  interviewOnlyQuestionId: string;
  practiceOnlyQuestionId: string;
  /** A CANDIDATE an admin may promote, and an INTERVIEWER an admin may let edit the bank. */
  roleTargetUserId: string;
  roleTargetEmail: string;
  bankEditorUserId: string;
  /** An interview-only set made for these fixtures, and a question in it (to edit and archive). */
  setSlug: string;
  archivableQuestionId: string;
  users: Record<Exclude<MatrixRole, "anonymous">, string>;
}

/** The HTTP cells' fixtures: the action cells' plus the panel-state dimension, one interview of the fixture candidate per position. */
export interface MatrixFixtures extends ActionFixtures {
  panels: Record<PanelPosition, SecrecyPanel>;
  /** Text in the notes of each on-panel role's own unsubmitted scorecard on the "pending" interview. */
  ownDraftMarkers: Record<OnPanelRole, string>;
}

// ─── Panel secrecy: every staff role in every position (tests/panel-positions.ts) ──────────────

export { MARKER_READERS, ON_PANEL_ROLES, PANEL_POSITIONS, secrecyExpectations, type OnPanelRole, type PanelPosition, type SecrecyPanel } from "./panel-positions";

// ─── Pages and route handlers (checked over HTTP by e2e/authorization-matrix.spec.ts) ─────────

/** An HTTP status, or a redirect: to the sign-in page, or `redirect /path` elsewhere. */
export type HttpOutcome = number | "sign-in" | `redirect /${string}`;
export const SIGN_IN = "sign-in";

export interface HttpEntry {
  /** The file-system route: app/candidates/[id]/page.tsx is "/candidates/[id]". */
  route: string;
  method: "GET" | "POST";
  /** Tells apart several entries of one route. */
  case?: string;
  url: (f: MatrixFixtures) => string;
  body?: (f: MatrixFixtures, role: MatrixRole) => unknown;
  expect: Record<MatrixRole, HttpOutcome>;
  /** For answers that are 200 to more roles than may see a record: whose answers contain this text. */
  shows?: { text: (f: MatrixFixtures) => string; to: MatrixRole[] };
  /**
   * Panel secrecy. Every answer of every entry is checked: no marker of a scorecard the user may not
   * read (MARKER_READERS, and nobody else's draft) in the HTML, the RSC payload or the file. These
   * say what the answer must contain, so the check cannot pass by showing nothing:
   * `reveals`: the colleague's marker (with `scorers`, their name) for these positions, to each
   *   role that may read their scorecard;
   * `ownDraft`: each on-panel role's own draft marker, to that role;
   * `scorers`: the answer names only people whose scorecards are read (compare, calibration), so
   * the colleague's name counts as a marker too.
   */
  reveals?: PanelPosition[];
  ownDraft?: boolean;
  scorers?: boolean;
}

// Common rows, named for who gets through.
const anyone = { anonymous: 200, candidate: 200, panelInterviewer: 200, otherInterviewer: 200, recruiter: 200, admin: 200 } as const;
const signedIn = { ...anyone, anonymous: SIGN_IN } as const;
const staff = { anonymous: SIGN_IN, candidate: 404, panelInterviewer: 200, otherInterviewer: 200, recruiter: 200, admin: 200 } as const;
/** Staff who may see the fixture candidate: the panel, recruiters and admins. */
const panelOrManager = { ...staff, otherInterviewer: 404 } as const;
const managers = { ...staff, panelInterviewer: 404, otherInterviewer: 404 } as const;
const admins = { ...managers, recruiter: 404 } as const;
const panelOnly = { ...managers, panelInterviewer: 200, recruiter: 404, admin: 404 } as const;
/** The fixture candidate and interview are shown to the panel, recruiters and admins only. */
const candidateShown = { text: (f: MatrixFixtures) => f.candidateName, to: ["panelInterviewer", "recruiter", "admin"] as MatrixRole[] };
const interviewShown = { text: (f: MatrixFixtures) => f.completedInterviewTitle, to: ["panelInterviewer", "recruiter", "admin"] as MatrixRole[] };
/** The live scoring page of a PANEL_POSITIONS interview: panelInterviewer, recruiter and admin all sit on it. */
const wholePanel = { ...panelOnly, recruiter: 200, admin: 200 } as const;
const guestsOnly = {
  anonymous: 200,
  candidate: "redirect /",
  panelInterviewer: "redirect /",
  otherInterviewer: "redirect /",
  recruiter: "redirect /",
  admin: "redirect /",
} as const;

const page = (route: string, url: HttpEntry["url"] | string, expect: HttpEntry["expect"], extra: Partial<HttpEntry> = {}): HttpEntry => ({
  route,
  method: "GET",
  url: typeof url === "string" ? () => url : url,
  expect,
  ...extra,
});

export const PAGES: HttpEntry[] = [
  // Home: visitors get the introduction, candidates their practice, staff their own work (scorecards due, interviews, decisions, followed candidates).
  page("/", "/", anyone),
  page("/account", "/account", signedIn),
  page("/admin/audit", "/admin/audit", admins),
  // The colleague's submit on the panel the admin has not submitted for: its results are hidden.
  page("/admin/audit", (f) => `/admin/audit?action=scorecard.submit&actor=${f.panels.pending.colleagueId}`, admins, {
    case: "a colleague's submit on a panel the admin has not submitted for",
    shows: { text: () => "recommendation and composite hidden", to: ["admin"] },
  }),
  // Bank editing: admins, and interviewers an admin allowed (none of the matrix's users).
  page("/admin/import", "/admin/import", admins),
  page("/admin/jobs", "/admin/jobs", admins),
  page("/admin/settings", "/admin/settings", admins),
  page("/admin/privacy", "/admin/privacy", admins),
  page("/admin/users", "/admin/users", admins),
  page("/bank", "/bank", signedIn),
  page("/calibration", "/calibration", managers, { scorers: true, reveals: ["submitted", "offPanel"] }),
  // Figures per question, no names or notes: the secrecy check still looks for every marker the role may not read.
  page("/calibration/questions", "/calibration/questions", managers, { scorers: true }),
  page("/candidates", "/candidates", staff, { shows: candidateShown }),
  page("/candidates/new", "/candidates/new", managers),
  page("/candidates/import", "/candidates/import", managers),
  page("/candidates/[id]", (f) => `/candidates/${f.candidateId}`, panelOrManager),
  page("/candidates/[id]/report", (f) => `/candidates/${f.candidateId}/report`, panelOrManager, { reveals: ["submitted", "offPanel"] }),
  page("/compare", "/compare", staff, { case: "choosing" }),
  page("/compare", (f) => `/compare?c=${f.candidateId}&c=${f.otherCandidateId}`, staff, {
    case: "two candidates",
    shows: candidateShown,
    scorers: true,
    reveals: ["submitted", "offPanel"],
  }),
  page("/compare", (f) => `/compare?c=${f.candidateId}&c=${f.otherCandidateId}&normalise=1`, staff, {
    case: "two candidates, normalised",
    scorers: true,
    reveals: ["submitted", "offPanel"],
  }),
  // Development only: the mail catcher's inbox is a 404 on a production server, for everyone.
  page("/dev/mail", "/dev/mail", { anonymous: 404, candidate: 404, panelInterviewer: 404, otherInterviewer: 404, recruiter: 404, admin: 404 }),
  page("/interviews", "/interviews", staff, { shows: interviewShown }),
  page("/interviews/new", (f) => `/interviews/new?candidate=${f.candidateId}`, panelOrManager),
  page("/interviews/[id]", (f) => `/interviews/${f.completedInterviewId}`, panelOrManager),
  page("/interviews/[id]", (f) => `/interviews/${f.panels.pending.interviewId}`, panelOrManager, { case: "panel: on it, not submitted" }),
  page("/interviews/[id]", (f) => `/interviews/${f.panels.submitted.interviewId}`, panelOrManager, { case: "panel: on it, submitted", reveals: ["submitted"] }),
  page("/interviews/[id]", (f) => `/interviews/${f.panels.offPanel.interviewId}`, managers, { case: "panel: off it", reveals: ["offPanel"] }),
  // The debrief: those who may decide (recruiters, admins, the creator) and the panel; scorecards only once the whole panel has submitted.
  page("/interviews/[id]/debrief", (f) => `/interviews/${f.completedInterviewId}/debrief`, panelOrManager, { shows: interviewShown }),
  page("/interviews/[id]/debrief", (f) => `/interviews/${f.panels.pending.interviewId}/debrief`, panelOrManager, { case: "panel: on it, not submitted" }),
  page("/interviews/[id]/debrief", (f) => `/interviews/${f.panels.submitted.interviewId}/debrief`, panelOrManager, { case: "panel: on it, submitted", reveals: ["submitted"] }),
  page("/interviews/[id]/debrief", (f) => `/interviews/${f.panels.offPanel.interviewId}/debrief`, managers, { case: "panel: off it", reveals: ["offPanel"] }),
  page("/interviews/[id]/score", (f) => `/interviews/${f.completedInterviewId}/score`, panelOnly),
  page("/interviews/[id]/score", (f) => `/interviews/${f.panels.pending.interviewId}/score`, wholePanel, { case: "panel: on it, not submitted", ownDraft: true }),
  page("/interviews/[id]/score", (f) => `/interviews/${f.panels.submitted.interviewId}/score`, wholePanel, { case: "panel: on it, submitted" }),
  page("/plans", "/plans", staff),
  page("/plans/new", "/plans/new", staff),
  page("/plans/[id]", (f) => `/plans/${f.planId}`, staff),
  page("/practice", "/practice", anyone),
  page("/practice/progress", "/practice/progress", signedIn),
  page("/practice/settings", "/practice/settings", signedIn),
  page("/practice/run", (f) => `/practice/run?ids=${f.practiceOnlyQuestionId}`, anyone, { case: "practice question" }),
  page("/privacy", "/privacy", anyone),
  page(
    "/practice/run",
    (f) => `/practice/run?ids=${f.interviewOnlyQuestionId}`,
    { anonymous: 404, candidate: 404, panelInterviewer: 404, otherInterviewer: 404, recruiter: 404, admin: 404 },
    { case: "interview-only question" },
  ),
  page("/questions/[id]", (f) => `/questions/${f.interviewOnlyQuestionId}`, staff, { case: "interview-only question" }),
  page("/questions/[id]", (f) => `/questions/${f.practiceOnlyQuestionId}`, signedIn, { case: "practice-only question" }),
  page("/questions/[id]/edit", (f) => `/questions/${f.interviewOnlyQuestionId}/edit`, admins),
  page("/questions/[id]/history", (f) => `/questions/${f.interviewOnlyQuestionId}/history`, staff, { case: "interview-only question" }),
  page("/questions/[id]/history", (f) => `/questions/${f.practiceOnlyQuestionId}/history`, staff, { case: "practice-only question: candidates see no history" }),
  page("/sets/new", "/sets/new", admins),
  page("/sets/[slug]/questions/new", (f) => `/sets/${f.setSlug}/questions/new`, admins),
  page("/sign-in", "/sign-in", guestsOnly),
  page("/sign-up", "/sign-up", guestsOnly),
];

export const ROUTE_HANDLERS: HttpEntry[] = [
  page("/api/auth/[...nextauth]", "/api/auth/session", anyone, { case: "session" }),
  // Without next-auth's CSRF token a sign-out is not done: everyone is sent to confirm it.
  page(
    "/api/auth/[...nextauth]",
    "/api/auth/signout",
    {
      anonymous: "redirect /api/auth/signout",
      candidate: "redirect /api/auth/signout",
      panelInterviewer: "redirect /api/auth/signout",
      otherInterviewer: "redirect /api/auth/signout",
      recruiter: "redirect /api/auth/signout",
      admin: "redirect /api/auth/signout",
    },
    { method: "POST", case: "sign-out without CSRF token" },
  ),
  page("/api/health", "/api/health", anyone),
  // Test-only clock control: a 404 unless the server runs with E2E_CLOCK_CONTROL=1 (never in production).
  page(
    "/api/test/clock",
    "/api/test/clock",
    { anonymous: 404, candidate: 404, panelInterviewer: 404, otherInterviewer: 404, recruiter: 404, admin: 404 },
    { method: "POST", body: () => ({ advanceMs: 3_600_000 }) },
  ),
  // Each user's own data only (account, sessions, practice): no scorecard is in it for anyone.
  page("/account/export", "/account/export?format=json", { ...anyone, anonymous: 401 }, { case: "JSON" }),
  page(
    "/api/practice/reviews",
    "/api/practice/reviews",
    { ...anyone, anonymous: 401 },
    {
      method: "POST",
      body: (f) => ({ reviews: [{ id: crypto.randomUUID(), questionId: f.practiceOnlyQuestionId, grade: 3, reviewedAt: new Date().toISOString() }] }),
    },
  ),
  page(
    "/api/scorecards/[id]/autosave",
    (f) => `/api/scorecards/${f.openScorecardId}/autosave`,
    { anonymous: 401, candidate: 404, panelInterviewer: 200, otherInterviewer: 404, recruiter: 404, admin: 404 },
    {
      method: "POST",
      // The same write id every time: a replay of an applied write is answered "saved" again.
      body: (f, role) => ({
        target: "question",
        sessionQuestionId: f.openScoreQuestionId,
        writeId: `authorization-matrix-${role}`,
        baseRevision: f.openScoreRevision,
        value: { rating: 4, notes: `written as ${role}`, keyPointsCovered: [], redFlagsRaised: [], elapsedSeconds: 0 },
      }),
    },
  ),
  // Exports hold interview-only questions with their answers: staff only; everyone else a plain 404.
  page("/bank/export", "/bank/export", { ...staff, anonymous: 404 }),
  page("/bank/export/[slug]", (f) => `/bank/export/${f.setSlug}`, { ...staff, anonymous: 404 }),
  page("/calibration/questions/export", "/calibration/questions/export", managers, { scorers: true }),
  page("/candidates/[id]/export", (f) => `/candidates/${f.candidateId}/export`, panelOrManager, { reveals: ["submitted", "offPanel"] }),
  page("/compare/export", (f) => `/compare/export?c=${f.candidateId}&c=${f.otherCandidateId}&normalise=1`, staff, {
    shows: candidateShown,
    scorers: true,
    reveals: ["submitted", "offPanel"],
  }),
  // Calendar invitations: a panelist their own copy; recruiters and admins (who schedule) any panelist's and the candidate's.
  page("/interviews/[id]/invitation.ics", (f) => `/interviews/${f.scheduledInterviewId}/invitation.ics?for=me`, { ...panelOnly }, { case: "own copy" }),
  page("/interviews/[id]/invitation.ics", (f) => `/interviews/${f.scheduledInterviewId}/invitation.ics?for=candidate`, managers, { case: "the candidate's copy" }),
  page(
    "/interviews/[id]/invitation.ics",
    (f) => `/interviews/${f.scheduledInterviewId}/invitation.ics?for=${f.users.panelInterviewer}`,
    { ...managers, panelInterviewer: 200 },
    { case: "a panelist's copy by id" },
  ),
  page("/practice/export", "/practice/export", { ...anyone, anonymous: 401 }),
];

// ─── Server actions (called by tests/authorization-matrix.test.ts) ───────────────────────────

export type ActionOutcome = "allowed" | "refused";
export const ALLOWED = "allowed";
export const REFUSED = "refused";

export interface ActionEntry {
  /** The "use server" file, from the repository root, and the exported function. */
  file: string;
  name: string;
  /** The arguments, as the form or button would pass them; `self` is the disposable actor (see `disposable`). */
  args: (f: ActionFixtures, self: DisposableActor) => unknown[];
  expect: Record<MatrixRole, ActionOutcome>;
  /**
   * For actions on one's own account (change password, end sessions, delete it): each cell acts as
   * a fresh user of the role's kind, with a password and two signed-in sessions, so the matrix's own
   * users keep theirs. Anonymous cells get one too, signed out.
   */
  disposable?: boolean;
}

/** The fresh user a `disposable` entry's cell acts as. */
export interface DisposableActor {
  id: string;
  email: string;
  password: string;
  /** This browser's session, and another one of the same user. */
  sessionId: string;
  otherSessionId: string;
}

/** FormData from plain fields; an array value becomes repeated fields (checkboxes). */
export function form(fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(key, item);
  return data;
}

const only = (...roles: MatrixRole[]) => Object.fromEntries(ROLES.map((role) => [role, roles.includes(role) ? ALLOWED : REFUSED])) as Record<MatrixRole, ActionOutcome>;
const STAFF_ROLES: MatrixRole[] = ["panelInterviewer", "otherInterviewer", "recruiter", "admin"];
const SIGNED_IN_ROLES: MatrixRole[] = ["candidate", ...STAFF_ROLES];
/** Who may change the fixture draft interview: those who see it. */
const DRAFT_EDITORS: MatrixRole[] = ["panelInterviewer", "recruiter", "admin"];

/** A complete, valid question form, as the editor posts it. */
const questionForm = (fields: Record<string, string> = {}) =>
  form({
    title: "Matrix edited question?",
    difficulty: "medium",
    level: "",
    competency: "",
    tags: "",
    minutes: "",
    audience: "",
    reviewed: "2026-12",
    practiceTwin: "",
    prompt: "",
    answer: "Edited in the matrix.",
    keyPoints: "- A point",
    redFlags: "",
    followUps: "",
    scoring1: "",
    scoring2: "",
    scoring3: "",
    scoring4: "",
    ...fields,
  });
/** The UTC calendar day `days` from now, as a date input sends it. */
const inDays = (days: number) => new Date(Date.now() + days * 24 * 3_600_000).toISOString().slice(0, 10);
const uniqueSlug = (prefix: string) => `${prefix}-${crypto.randomUUID().slice(0, 8)}`;

const action = (file: string, name: string, args: ActionEntry["args"], expect: ActionEntry["expect"], extra: Partial<ActionEntry> = {}): ActionEntry => ({
  file,
  name,
  args,
  expect,
  ...extra,
});
const previous = {};

export const ACTIONS: ActionEntry[] = [
  action(
    "lib/auth/actions.ts",
    "signUp",
    () => [previous, form({ name: "Matrix Newcomer", email: `newcomer-${crypto.randomUUID()}@example.org`, password: "a-long-enough-password" })],
    only("anonymous"),
  ),
  action("lib/auth/actions.ts", "signOutEverywhere", () => [], only(...SIGNED_IN_ROLES)),

  action(
    "lib/account/actions.ts",
    "changePassword",
    (_f, self) => [previous, form({ current: self.password, password: "matrix-new-password", passwordAgain: "matrix-new-password" })],
    only(...SIGNED_IN_ROLES),
    { disposable: true },
  ),
  action("lib/account/actions.ts", "endSession", (_f, self) => [self.otherSessionId], only(...SIGNED_IN_ROLES), { disposable: true }),
  action("lib/account/actions.ts", "endOtherSessions", () => [], only(...SIGNED_IN_ROLES), { disposable: true }),
  action("lib/account/actions.ts", "deleteMyAccount", (_f, self) => [previous, form({ confirm: self.password })], only(...SIGNED_IN_ROLES), { disposable: true }),

  action(
    "lib/authoring/actions.ts",
    "saveQuestion",
    (f) => [f.archivableQuestionId, previous, questionForm({ baseVersion: "1", practiceTwin: `${f.archivableQuestionId}-practice` })],
    only("admin"),
  ),
  action(
    "lib/authoring/actions.ts",
    "createQuestionInSet",
    (f) => [f.setSlug, previous, questionForm({ id: uniqueSlug("matrix-new"), practiceTwin: `${f.archivableQuestionId}-spare` })],
    only("admin"),
  ),
  action(
    "lib/authoring/actions.ts",
    "createQuestionSet",
    () => [previous, form({ title: "Matrix set", slug: uniqueSlug("matrix-set"), description: "", audience: "both" })],
    only("admin"),
  ),
  action("lib/authoring/actions.ts", "archiveQuestion", (f) => [f.archivableQuestionId, true], only("admin")),
  action(
    "lib/content/actions.ts",
    "importQuestionSets",
    () => {
      const slug = uniqueSlug("matrix-import");
      const markdown = `---\ntitle: Matrix import\nslug: ${slug}\n---\n\n## Imported?\n\nid: ${slug}-1\ndifficulty: easy\nreviewed: 2026-12\n\n### Answer\n\nYes.\n\n### Key points\n\n- A point\n`;
      return [previous, form({ intent: "apply", pastedName: "", pasted: markdown })];
    },
    only("admin"),
  ),

  action("lib/candidates/import-actions.ts", "importCandidatesAction", () => [previous, form({ intent: "apply", text: "name\nMatrix Import" })], only("recruiter", "admin")),
  action("lib/candidates/actions.ts", "createCandidate", () => [previous, form({ name: "Matrix Person", email: "", position: "", notes: "" })], only("recruiter", "admin")),
  action(
    "lib/candidates/actions.ts",
    "updateCandidate",
    (f) => [f.candidateId, previous, form({ name: "Renamed Person", email: "", position: "", notes: "" })],
    only("recruiter", "admin"),
  ),

  action("lib/plans/actions.ts", "createPlanAction", () => [previous, form({ name: "Matrix plan", position: "" })], only(...STAFF_ROLES)),
  action("lib/plans/actions.ts", "updatePlanAction", (f) => [f.planId, previous, form({ name: "Renamed plan", position: "SRE" })], only(...STAFF_ROLES)),
  action("lib/plans/actions.ts", "deletePlanAction", (f) => [f.planId], only(...STAFF_ROLES)),
  action("lib/plans/actions.ts", "addPlanQuestionAction", (f) => [f.planId, f.addableQuestionId], only(...STAFF_ROLES)),
  action("lib/plans/actions.ts", "removePlanQuestionAction", (f) => [f.planId, f.planQuestionIds[0]], only(...STAFF_ROLES)),
  action("lib/plans/actions.ts", "movePlanQuestionAction", (f) => [f.planId, f.planQuestionIds[0], 1], only(...STAFF_ROLES)),

  action(
    "lib/scoring/actions.ts",
    "submitScorecardAction",
    (f) => [f.openScorecardId, previous, form({ recommendation: "YES", summary: "Solid answers.", disagreementReason: "" })],
    only("panelInterviewer"),
  ),
  action(
    "lib/scoring/actions.ts",
    "reopenScorecardAction",
    (f) => [f.submittedScorecardId, previous, form({ reason: "Scored the wrong candidate." })],
    only("panelInterviewer", "admin"),
  ),

  // The completed interview was created by the recruiter; panelInterviewer sits alone on its panel and submitted.
  action(
    "lib/debrief/actions.ts",
    "recordDecisionAction",
    (f) => [f.completedInterviewId, previous, form({ outcome: "HOLD", reason: "Decided in the matrix." })],
    only("recruiter", "admin"),
  ),
  action(
    "lib/debrief/actions.ts",
    "reviseScorecardAction",
    (f) => [f.submittedScorecardId, previous, form({ recommendation: "STRONG_YES", reason: "Revised in the matrix." })],
    only("panelInterviewer"),
  ),
  action("lib/candidates/follow-actions.ts", "setFollowAction", (f) => [f.candidateId, true], only("panelInterviewer", "recruiter", "admin")),

  action(
    "lib/interviews/actions.ts",
    "createInterviewAction",
    (f) => [previous, form({ candidateId: f.candidateId, title: "Matrix follow-up", panel: [f.users.panelInterviewer], startFrom: "" })],
    only(...DRAFT_EDITORS),
  ),
  action("lib/interviews/actions.ts", "addQuestionAction", (f) => [f.draftInterviewId, f.addableQuestionId], only(...DRAFT_EDITORS)),
  action("lib/interviews/actions.ts", "removeQuestionAction", (f) => [f.draftInterviewId, f.draftQuestionIds[0]], only(...DRAFT_EDITORS)),
  action("lib/interviews/actions.ts", "moveQuestionAction", (f) => [f.draftInterviewId, f.draftQuestionIds[0], 1], only(...DRAFT_EDITORS)),
  action(
    "lib/interviews/actions.ts",
    "addCustomQuestionAction",
    (f) => [
      f.draftInterviewId,
      previous,
      form({ title: "Tell me about a rollback.", prompt: "", minutes: "5", answer: "Roll back first, then find the cause.", keyPoints: "restores service before debugging" }),
    ],
    only(...DRAFT_EDITORS),
  ),
  action("lib/interviews/actions.ts", "startInterviewAction", (f) => [f.draftInterviewId], only(...DRAFT_EDITORS)),
  action("lib/interviews/target-actions.ts", "setTargetMinutesAction", (f) => [f.draftInterviewId, previous, form({ targetMinutes: "45" })], only(...DRAFT_EDITORS)),
  action("lib/interviews/actions.ts", "setPanelAction", (f) => [f.draftInterviewId, previous, form({ panel: [f.users.panelInterviewer, f.users.admin] })], only(...DRAFT_EDITORS)),

  action(
    "lib/scheduling/actions.ts",
    "scheduleInterviewAction",
    (f) => [
      f.draftInterviewId,
      previous,
      form({ date: inDays(30), time: "09:30", timeZone: "Europe/Berlin", durationMinutes: "45", location: "Room 4", meetingUrl: "https://meet.example.com/matrix" }),
    ],
    only("recruiter", "admin"),
  ),
  action("lib/scheduling/actions.ts", "cancelInterviewAction", (f) => [f.draftInterviewId, previous, form({ reason: "Matrix cancel" })], only("recruiter", "admin")),
  // Detect before save: the browser's zone only fills an empty one.
  action("lib/scheduling/actions.ts", "detectTimeZoneAction", () => ["Asia/Tokyo"], only(...SIGNED_IN_ROLES)),
  action("lib/scheduling/actions.ts", "saveTimeZoneAction", () => [previous, form({ timeZone: "America/Chicago" })], only(...SIGNED_IN_ROLES)),
  action("lib/practice/actions.ts", "saveMarkAction", (f) => [f.practiceOnlyQuestionId, { flagged: true }], only(...SIGNED_IN_ROLES)),
  action("lib/practice/actions.ts", "savePracticeSettingsAction", () => [previous, form({ newPerDay: "5", reviewsPerDay: "50", retention: "85" })], only(...SIGNED_IN_ROLES)),
  action("lib/notifications/actions.ts", "saveNotificationPreferencesAction", () => [previous, form({ enabled: ["INVITATION", "REMINDER_1H"] })], only(...SIGNED_IN_ROLES)),
  action("lib/notifications/actions.ts", "saveSlaAction", () => [previous, form({ ratingsWithinMinutes: "90", scorecardWithinHours: "48" })], only("admin")),

  action("lib/users/actions.ts", "changeRole", (f) => [previous, form({ userId: f.roleTargetUserId, role: "RECRUITER" })], only("admin")),
  action("lib/users/actions.ts", "setBankEditing", (f) => [previous, form({ userId: f.bankEditorUserId, canEditBank: "true" })], only("admin")),
  action("lib/users/actions.ts", "deleteUser", (f) => [previous, form({ userId: f.roleTargetUserId, confirm: f.roleTargetEmail })], only("admin")),

  action("lib/privacy/actions.ts", "eraseCandidateAction", (f) => [f.candidateId, previous, form({ confirm: "erase" })], only("admin")),
  action("lib/privacy/actions.ts", "saveRetentionPolicy", () => [previous, form({ enabled: "on", months: "24" })], only("admin")),
];

export const httpEntryName = (entry: HttpEntry) => `${entry.method} ${entry.route}${entry.case ? ` (${entry.case})` : ""}`;
export const actionKey = (entry: Pick<ActionEntry, "file" | "name">) => `${entry.file}#${entry.name}`;
