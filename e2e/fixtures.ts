// Signed-in pages for the specs, per demo role, from the sessions e2e/auth.setup.ts made through
// the real sign-in form once (argon2 and the form are not paid again in every test):
//   test.use({ signedInAs: "recruiter" })   the test's own `page` starts signed in (no page load);
//   const ian = await signedIn("interviewer")   another person, in a browser of their own, on the home page
//                                               (own cookies, storage and offline copy), closed after the test.
// Tests that switch one page between people (or sign in through the form) keep signInAs from helpers.ts.
// https://playwright.dev/docs/test-fixtures
// (The fixtures name Playwright's `use` callback `provide`: the React hooks lint rule reads `use` as a hook.)
import { test as base, expect, type BrowserContext, type BrowserContextOptions, type Page } from "@playwright/test";
import { DEMO, type DemoRole, storageStatePath } from "./helpers";

interface Fixtures {
  /** Whom the test's own `page` (and `context`) is signed in as; null leaves it signed out. */
  signedInAs: DemoRole | null;
  /** A page of a new browser context signed in as `role`, open on the home page (as after signing in); `options` as for browser.newContext. */
  signedIn: (role: DemoRole, options?: BrowserContextOptions) => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  signedInAs: [null, { option: true }],
  storageState: async ({ signedInAs, storageState }, provide) => {
    await provide(signedInAs ? storageStatePath(signedInAs) : storageState);
  },
  signedIn: async ({ browser }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async (role, options = {}) => {
      const context = await browser.newContext({ ...options, storageState: storageStatePath(role) });
      contexts.push(context);
      const page = await context.newPage();
      await page.goto("/");
      await expect(page.getByTestId("current-user")).toContainText(DEMO[role].role);
      return page;
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});

export { expect } from "@playwright/test";
