// Links prefetch their page when a person reaches for them, not when they appear
// (components/ui/link.tsx): a page view used to send 16 prefetch requests from the header alone.
import { type Page, type Request } from "@playwright/test";
import { expect, test } from "./fixtures";
import { signInAs } from "./helpers";

/** Paths the page has prefetched so far (Next marks a prefetch with the Next-Router-Prefetch header). */
function watchPrefetches(page: Page) {
  const paths: string[] = [];
  page.on("request", (request: Request) => {
    if (request.headers()["next-router-prefetch"]) paths.push(new URL(request.url()).pathname);
  });
  return paths;
}

function prefetchOf(page: Page, path: string) {
  return page.waitForRequest((request) => request.headers()["next-router-prefetch"] !== undefined && new URL(request.url()).pathname === path);
}

test("a page prefetches only the links a person points at or tabs to, and they still navigate", async ({ page }) => {
  const prefetched = watchPrefetches(page);
  await signInAs(page, "admin");
  const nav = page.getByRole("navigation", { name: "Main" });

  const pointed = prefetchOf(page, "/candidates");
  await nav.getByRole("link", { name: "Candidates" }).hover();
  await pointed;

  const tabbed = prefetchOf(page, "/interviews");
  await nav.getByRole("link", { name: "Candidates" }).focus();
  await page.keyboard.press("Tab");
  await expect(nav.getByRole("link", { name: "Interviews" })).toBeFocused();
  await tabbed;

  // By now the header's other seven links and the bank's set filters would have been prefetched
  // had they prefetched on sight (two round trips have passed since the page was interactive).
  expect([...new Set(prefetched)].sort()).toEqual(["/candidates", "/interviews"]);

  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/interviews$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("on a phone, a tapped link in the menu still navigates", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await signInAs(page, "recruiter");
  await page.getByRole("button", { name: "Menu" }).tap();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compare" }).tap();
  await expect(page).toHaveURL(/\/compare$/);
  await context.close();
});
