import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, test as setup } from "./fixtures";
import { createMatrixFixtures } from "../tests/authorization-fixtures";
import { createAccount, withDatabase } from "./database";
import { DEMO, fillSignIn, storageStatePath } from "./helpers";
import { MATRIX_FIXTURES, OUTSIDER, PANELIST } from "./matrix-fixtures";

// The authorization matrix's interviewers sign in through the form, and its fixtures are made
// once: interviews whose panel is the panelist, a plan, users to promote, and so on.
setup("make the authorization matrix's fixtures and its interviewers' sessions", async ({ page }) => {
  for (const [name, account] of [
    ["panelist", PANELIST],
    ["outsider", OUTSIDER],
  ] as const) {
    await createAccount(account);
    await page.context().clearCookies();
    await fillSignIn(page, account.email, account.password);
    await expect(page).toHaveURL(/:\d+\/$/);
    await page.context().storageState({ path: storageStatePath(name) });
  }

  const fixtures = await withDatabase(async (db) => {
    const user = (email: string) => db.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true } });
    const users = {
      candidate: await user(DEMO.candidate.email),
      panelInterviewer: await user(PANELIST.email),
      otherInterviewer: await user(OUTSIDER.email),
      recruiter: await user(DEMO.recruiter.email),
      admin: await user(DEMO.admin.email),
    };
    return createMatrixFixtures(db, users, "e2e");
  });
  await mkdir(path.dirname(MATRIX_FIXTURES), { recursive: true });
  await writeFile(MATRIX_FIXTURES, JSON.stringify(fixtures, null, 2));
});
