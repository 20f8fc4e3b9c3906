import { test as setup } from "./fixtures";
import { DEMO, signInThroughForm, storageStatePath, type DemoRole } from "./helpers";

// Each demo role signs in through the real form once; tests reuse the session cookie so that
// argon2 and the sign-in round trip are not paid again in every test on a slow machine.
for (const role of Object.keys(DEMO) as DemoRole[]) {
  setup(`sign in as the demo ${role}`, async ({ page }) => {
    await signInThroughForm(page, role);
    await page.context().storageState({ path: storageStatePath(role) });
  });
}
