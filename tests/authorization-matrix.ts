// The authorization matrix: every page, route handler and server action of the app, and what each
// kind of user gets from it. Two tests read it:
//   - tests/authorization-matrix.test.ts checks it is complete (every app/**/page.tsx, app/**/route.ts
//     and exported server action has an entry, and every entry still exists) and calls each server
//     action as each user against PostgreSQL: refused means nothing was written;
//   - e2e/authorization-matrix.spec.ts requests each page and route handler as each user from the
//     production server, and checks that no answer (HTML, RSC payload, CSV) carries a scorecard the
//     user may not read, for each panel position (PANEL_POSITIONS).
// Its parts: authorization-matrix-roles.ts (the users and fixtures), authorization-matrix-pages.ts
// (PAGES, ROUTE_HANDLERS) and authorization-matrix-actions.ts (ACTIONS). Adding a route or an action
// means adding a line to one of them; docs/security.md says how.
// No imports of app code: Playwright loads this file too.

export * from "./authorization-matrix-roles";
export * from "./authorization-matrix-pages";
export * from "./authorization-matrix-actions";
// Panel secrecy: every staff role in every position.
export { MARKER_READERS, ON_PANEL_ROLES, PANEL_POSITIONS, secrecyExpectations, type OnPanelRole, type PanelPosition, type SecrecyPanel } from "./panel-positions";
