// Where the authorization matrix's staff stand on the three fixture panels, and what each answer
// may and must show them: the panel-secrecy dimension of tests/authorization-matrix.ts.
// No imports of app code: Playwright loads this file too.
import type { HttpEntry, MatrixFixtures, MatrixRole } from "./authorization-matrix";

/**
 * Where the matrix's staff stand on the three fixture panels. On each, a colleague (an
 * interviewer who is no matrix user) submitted a scorecard whose notes and summary carry a marker:
 *   - pending:   panelInterviewer, recruiter and admin sit on it, have rated and not submitted;
 *   - submitted: they sit on it and have submitted;
 *   - offPanel:  the colleague alone (every matrix user is off it).
 * So each role is in each position at once; otherInterviewer is off every panel.
 */
export const PANEL_POSITIONS = ["pending", "submitted", "offPanel"] as const;
export type PanelPosition = (typeof PANEL_POSITIONS)[number];
export const ON_PANEL_ROLES = ["panelInterviewer", "recruiter", "admin"] as const;
export type OnPanelRole = (typeof ON_PANEL_ROLES)[number];

export interface SecrecyPanel {
  interviewId: string;
  title: string;
  /** In every note and the summary of the colleague's submitted scorecard. */
  marker: string;
  colleagueId: string;
  /** The colleague's name: shown as a panel member to anyone who sees the interview, but on
   *  compare and calibration only with a scorecard of theirs the user may read. */
  colleagueName: string;
}

/** Who may read the colleague's scorecard in each position: the rule of lib/scoring/visibility.ts. */
export const MARKER_READERS: Record<PanelPosition, MatrixRole[]> = {
  pending: [],
  submitted: ["panelInterviewer", "recruiter", "admin"],
  offPanel: ["recruiter", "admin"],
};

/**
 * Panel secrecy for one answer (status 200) to one role: the texts it may not contain (markers of
 * scorecards the role may not read, other people's drafts, and on `scorers` entries the names of
 * colleagues whose scorecards the role may not read) and those it must (see HttpEntry).
 */
export function secrecyExpectations(entry: HttpEntry, role: MatrixRole, f: MatrixFixtures) {
  const hidden: string[] = [];
  const required: string[] = [];
  for (const position of PANEL_POSITIONS) {
    const { marker, colleagueName } = f.panels[position];
    if (!MARKER_READERS[position].includes(role)) hidden.push(marker, ...(entry.scorers ? [colleagueName] : []));
    else if (entry.reveals?.includes(position)) required.push(entry.scorers ? colleagueName : marker);
  }
  for (const owner of ON_PANEL_ROLES) {
    if (owner !== role) hidden.push(f.ownDraftMarkers[owner]);
    else if (entry.ownDraft) required.push(f.ownDraftMarkers[owner]);
  }
  return { hidden, required };
}
