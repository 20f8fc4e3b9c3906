import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectNoSeriousAxeViolations } from "./helpers";

test.use({ signedInAs: "recruiter" });

const top = async (locator: Locator) => (await locator.boundingBox())!.y;

/** The form's summary says it once, above the fields; the footer's status stays empty meanwhile. */
async function expectSummaryAbove(page: Page, form: Locator, message: string, firstField: Locator) {
  const summary = form.getByRole("alert").filter({ hasText: message });
  await expect(summary).toBeVisible();
  expect(await top(summary)).toBeLessThan(await top(firstField));
  await expect(form.getByText(message, { exact: true })).toHaveCount(1);
  await expect(form.getByRole("status")).toHaveText("");
}

test('"Please correct the fields below." comes above the fields, once, and goes once they are right', async ({ page }) => {
  await page.goto("/candidates/new");
  const form = page.locator("form").filter({ has: page.getByLabel("Name") });
  // Only spaces pass the browser's own check but not the server's.
  await page.getByLabel("Name").fill("   ");
  await page.getByRole("button", { name: "Add candidate" }).click();
  await expect(page.getByText("Enter the candidate's name.")).toBeVisible();
  await expectSummaryAbove(page, form, "Please correct the fields below.", page.getByLabel("Name"));
  await expectNoSeriousAxeViolations(page);

  await page.goto("/plans/new");
  const planForm = page.locator("form").filter({ has: page.getByLabel("Plan name") });
  await page.getByLabel("Plan name").fill("  ");
  await page.getByRole("button", { name: "Create plan" }).click();
  await expect(page.getByText("Give the plan a name.")).toBeVisible();
  await expectSummaryAbove(page, planForm, "Please correct the fields below.", page.getByLabel("Plan name"));
  await page.getByLabel("Plan name").fill(`Errors plan ${Date.now().toString(36)}`);
  await page.getByRole("button", { name: "Create plan" }).click();
  await expect(page).toHaveURL(/\/plans\/(?!new)[^/]+$/);
  await expect(page.getByRole("alert").filter({ hasText: "Please correct the fields below." })).toHaveCount(0);
});
