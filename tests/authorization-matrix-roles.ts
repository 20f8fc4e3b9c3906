// The authorization matrix's columns, the six kinds of user, and the fixtures its cells are filled
// with (made by tests/authorization-fixtures.ts). No imports of app code: Playwright loads this file too.

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
