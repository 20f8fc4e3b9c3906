// The authorization matrix's pages and route handlers, requested over HTTP as each kind of user by
// e2e/authorization-matrix.spec.ts (tests/authorization-matrix.ts says how the matrix is read).
// A new page.tsx or route.ts gets a line here. No imports of app code: Playwright loads this file too.

import type { PanelPosition } from "./panel-positions";
import type { MatrixFixtures, MatrixRole } from "./authorization-matrix-roles";

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
  // Filtered (the lists page by 20, and other specs add people and interviews as they run), but
  // never by the text looked for: a search box echoes its query into the page.
  page("/candidates", "/candidates?position=Matrix%20Engineer", staff, { shows: candidateShown }),
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
  page("/interviews", (f) => `/interviews?q=${encodeURIComponent(f.candidateName)}`, staff, { shows: interviewShown }),
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

export const httpEntryName = (entry: HttpEntry) => `${entry.method} ${entry.route}${entry.case ? ` (${entry.case})` : ""}`;
