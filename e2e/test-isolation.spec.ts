// Each Playwright worker keeps one browser context from test to test (playwright.config.ts,
// reuseContext), reset in between by Playwright and by e2e/fixtures.ts. What one test leaves behind
// must not reach the next: the first test below leaves everything a test of this app can leave, the
// second, in the same worker and the same context, must find none of it.
import { expect, test } from "./fixtures";

test.describe.configure({ mode: "serial" });

const LEFT = "left-behind";

test("a test leaves cookies, storage, an offline copy, a service worker, a permission, a header and the network off", async ({ page, context, baseURL }) => {
  await page.goto("/sign-in");
  await context.addCookies([{ name: LEFT, value: "1", url: baseURL! }]);
  await page.evaluate(async (name) => {
    localStorage.setItem(name, "1");
    sessionStorage.setItem(name, "1");
    await new Promise((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result.close());
      request.onerror = () => reject(request.error);
    });
    await navigator.serviceWorker.register("/sw.js", { scope: "/" });
    await navigator.serviceWorker.ready;
    // An offline copy of a live scoring page, where public/sw.js keeps one (after it started: it
    // deletes caches it does not know when it starts).
    await (await caches.open(`live-scoring-pages-v2:${"a".repeat(32)}`)).put("/interviews/x/score", new Response("a panelist's notes"));
  }, LEFT);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await context.setExtraHTTPHeaders({ "x-left-behind": "1" });
  await page.clock.setFixedTime(new Date("2001-02-03T04:05:06Z"));
  await page.setViewportSize({ width: 390, height: 600 });
  await page.emulateMedia({ colorScheme: "dark" });
  await context.setOffline(true);
  await expect(page.evaluate(() => fetch("/api/health").then((answer) => answer.status))).rejects.toThrow();
});

test("the next test in that worker finds none of it", async ({ page, context }) => {
  // Without reuse every test gets a new context and this proves nothing: it must be the same page
  // (its history is one thing the reset keeps).
  expect(await page.evaluate(() => history.length), "the page of the test before, reused").toBeGreaterThan(1);
  const sent: Promise<Record<string, string>>[] = [];
  page.on("request", (request) => sent.push(request.allHeaders()));
  // Fails while the network is still off.
  await page.goto("/sign-in");
  expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain(LEFT);
  const headers = await Promise.all(sent);
  expect(headers.length).toBeGreaterThan(0);
  expect(headers.filter((sent) => "x-left-behind" in sent).length, "requests still sending the extra header").toBe(0);
  const state = await page.evaluate(async (name) => ({
    localStorage: localStorage.getItem(name),
    sessionStorage: sessionStorage.getItem(name),
    databases: (await indexedDB.databases()).map((database) => database.name),
    caches: await caches.keys(),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
    clipboard: (await navigator.permissions.query({ name: "clipboard-read" as PermissionName })).state,
    year: new Date().getFullYear(),
    width: innerWidth,
    dark: matchMedia("(prefers-color-scheme: dark)").matches,
  }), LEFT);
  expect(state).toEqual({
    localStorage: null,
    sessionStorage: null,
    databases: [],
    caches: [],
    serviceWorkers: 0,
    clipboard: "prompt",
    year: new Date().getFullYear(),
    width: 1280,
    dark: false,
  });
});
