import { readFile } from "node:fs/promises";
import path from "node:path";
import type { MatrixFixtures, MatrixRole } from "../tests/authorization-matrix";
import { storageStatePath } from "./helpers";

/**
 * The matrix's own interviewers, one on the fixture panels and one on none; e2e/matrix.setup.ts
 * creates them, so the demo interviewer's interviews stay as the other tests expect.
 */
export const PANELIST = { email: "panelist@example.org", name: "Pam Panelist", password: "panelist-password-1", role: "INTERVIEWER" } as const;
export const OUTSIDER = { email: "outsider@example.org", name: "Olive Outsider", password: "outsider-password-1", role: "INTERVIEWER" } as const;

export const MATRIX_FIXTURES = path.resolve("test-results", ".auth", "matrix-fixtures.json");

export async function readMatrixFixtures() {
  return JSON.parse(await readFile(MATRIX_FIXTURES, "utf8")) as MatrixFixtures;
}

/** Each matrix role's saved session: the demo accounts' (e2e/auth.setup.ts) and the matrix's interviewers'. */
export const ROLE_SESSIONS: Record<MatrixRole, string | undefined> = {
  anonymous: undefined,
  candidate: storageStatePath("candidate"),
  panelInterviewer: storageStatePath("panelist"),
  otherInterviewer: storageStatePath("outsider"),
  recruiter: storageStatePath("recruiter"),
  admin: storageStatePath("admin"),
};
