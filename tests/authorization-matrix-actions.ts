// The authorization matrix's server actions, called as each kind of user against PostgreSQL by
// tests/authorization-matrix.test.ts: refused means nothing was written.
// A new exported server action gets a line here. No imports of app code: Playwright loads this file too.

import { ROLES, type ActionFixtures, type MatrixRole } from "./authorization-matrix-roles";

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

export const actionKey = (entry: Pick<ActionEntry, "file" | "name">) => `${entry.file}#${entry.name}`;
