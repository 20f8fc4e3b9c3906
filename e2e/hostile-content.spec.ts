import { expect, test } from "./fixtures";
import { signInAs, watchDialogs } from "./helpers";

// e2e/fixtures/hostile-content.md is seeded by scripts/e2e.ts: scripts, event handlers and
// javascript: URLs in every part of a question. None of it may run or reach the page.
test("Markdown from the bank cannot run scripts", async ({ page }) => {
  const dialogs = watchDialogs(page);
  await signInAs(page, "interviewer", "/questions/e2e-hostile-markdown");
  await expect(page.getByRole("heading", { level: 1 })).toContainText('Hostile <script>window.__pwned = "title"</script> question');

  const main = page.getByRole("main");
  await main.getByText("hover me").hover();
  await main.getByText("click me").click();
  await expect(page).toHaveURL(/\/questions\/e2e-hostile-markdown/);

  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  await expect(main.locator("script, iframe, svg[onload], [onerror], [onmouseover], [href^='javascript:'], [src^='javascript:']")).toHaveCount(0);
});

test("the hostile text is shown inert in search results too", async ({ page }) => {
  await signInAs(page, "interviewer", "/bank?q=hostile");
  await expect(page.getByRole("link", { name: /Hostile <script>/ })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
});

test("a set's introduction is shown inert on the set's page", async ({ page }) => {
  const dialogs = watchDialogs(page);
  await signInAs(page, "interviewer", "/bank?set=hostile-content");
  const intro = page.getByRole("region", { name: "Hostile content (end-to-end fixture)" });
  await expect(intro).toContainText("An introduction that tries too");
  await intro.getByText("a link").click();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  await expect(intro.locator("script, [onerror], [href^='javascript:'], [src^='javascript:']")).toHaveCount(0);
});
