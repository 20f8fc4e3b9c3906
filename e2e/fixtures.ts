// Signed-in pages for the specs, per demo role, from the sessions e2e/auth.setup.ts made through
// the real sign-in form once (argon2 and the form are not paid again in every test):
//   test.use({ signedInAs: "recruiter" })   the test's own `page` starts signed in (no page load);
//   const ian = await signedIn("interviewer")   another person, in a browser of their own, on the home page
//                                               (own cookies, storage and offline copy), closed after the test.
// Tests that switch one page between people (or sign in through the form) keep signInAs from helpers.ts.
// Every spec takes `test` from here (eslint.config.mjs), so the reset below runs around each of them.
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

// The origins this worker's tests have sent requests to since the last clearing. Kept per worker,
// not per context object: Playwright hands each test a new object for the same reused context.
const visitedOrigins = new Set<string>();

/**
 * Clears the Cache Storage (where public/sw.js keeps offline copies of live scoring pages) of every
 * origin visited, which Playwright's reset leaves. Called at the start of a test, when that reset
 * has already unregistered the service workers, so none can write again afterwards.
 */
async function clearCacheStorage(context: BrowserContext) {
  const origins = [...visitedOrigins].filter((origin) => origin.startsWith("http"));
  visitedOrigins.clear();
  if (origins.length === 0) return;
  const cdp = await context.newCDPSession(context.pages()[0] ?? (await context.newPage()));
  for (const origin of origins) await cdp.send("Storage.clearDataForOrigin", { origin, storageTypes: "cache_storage" });
  await cdp.detach();
}

export const test = base.extend<Fixtures>({
  // Each worker keeps one browser context from test to test (playwright.config.ts, reuseContext).
  // Playwright resets its cookies, storage, HTTP cache, service workers, routes, init scripts, clock,
  // viewport and media between tests, but not the Cache Storage nor what the last line undoes: a test
  // that goes offline or grants a permission must not hand that to the next one.
  // e2e/test-isolation.spec.ts leaves all of it behind and checks that the next test finds none.
  context: async ({ context }, provide) => {
    await clearCacheStorage(context);
    context.on("request", (request) => visitedOrigins.add(new URL(request.url()).origin));
    await provide(context);
    await Promise.allSettled([context.setOffline(false), context.clearPermissions(), context.setExtraHTTPHeaders({})]);
  },
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
