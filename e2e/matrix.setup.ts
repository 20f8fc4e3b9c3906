import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, test as setup } from "@playwright/test";
import { createMatrixFixtures } from "../tests/authorization-fixtures";
import { createAccount, withDatabase } from "./database";
import { DEMO, fillSignIn, storageStatePath } from "./helpers";
import { MATRIX_FIXTURES, OUTSIDER } from "./matrix-fixtures";


// The authorization matrix's extra user (an interviewer on no panel) signs in through the form, and
// its fixtures are made once: interviews whose panel is the demo interviewer, a plan, and so on.
setup("make the authorization matrix's fixtures and outsider session", async ({ page }) => {
  await createAccount(OUTSIDER);
  await fillSignIn(page, OUTSIDER.email, OUTSIDER.password);
  await expect(page).toHaveURL(/\/bank/);
  await page.context().storageState({ path: storageStatePath("outsider") });

  const fixtures = await withDatabase(async (db) => {
    const user = (email: string) => db.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true } });
    const users = {
      candidate: await user(DEMO.candidate.email),
      panelInterviewer: await user(DEMO.interviewer.email),
      otherInterviewer: await user(OUTSIDER.email),
      recruiter: await user(DEMO.recruiter.email),
      admin: await user(DEMO.admin.email),
    };
    return createMatrixFixtures(db, users, "e2e");
  });
  await mkdir(path.dirname(MATRIX_FIXTURES), { recursive: true });
  await writeFile(MATRIX_FIXTURES, JSON.stringify(fixtures, null, 2));
});
