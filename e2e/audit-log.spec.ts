import { expect, test } from "./fixtures";
import { recordAuditEvent } from "../lib/audit/record-audit-event";
import { createAccount, withDatabase } from "./database";
import { expectNoSeriousAxeViolations, signInAs, uniqueEmail } from "./helpers";

test("an admin's role and bank-editing changes are in the audit log, newest first, filtered from the URL", async ({ page }) => {
  const email = uniqueEmail("audited");
  await createAccount({ email, name: "Audrey Audited", password: "audrey-password-1", role: "CANDIDATE" });
  await signInAs(page, "admin", "/admin/users");

  const role = page.getByLabel(`Role of ${email}`);
  await role.selectOption("INTERVIEWER");
  await role.locator("xpath=..").getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(`${email} is now Interviewer.`)).toBeVisible();

  await page.getByRole("button", { name: `Allow bank editing for ${email}` }).click();
  await expect(page.getByText(`${email} can edit the bank.`)).toBeVisible();
  await expect(page.getByRole("button", { name: `Stop bank editing for ${email}` })).toBeVisible();
  await page.screenshot({ path: "test-results/users.png", fullPage: true });

  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Audit log" }).click();
  await expect(page).toHaveURL(/\/admin\/audit$/);
  const mine = page.getByTestId("audit-event").filter({ hasText: email });
  await expect(mine).toHaveCount(2);
  await expect(mine.nth(0)).toContainText(`Bank editing${email} may now edit the bank`);
  await expect(mine.nth(1)).toContainText(`Role changed${email}: Candidate → Interviewer`);
  await expect(mine.nth(0)).toContainText("Ada Admin");

  await page.getByLabel("Action").selectOption("user.role");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/\/admin\/audit\?action=user\.role/);
  await expect(mine).toHaveCount(1);
  await expect(page.getByTestId("audit-event").filter({ hasText: "Bank editing" })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
});

test("events the page has no sentence for are shown with their details, a page at a time", async ({ page }) => {
  const email = uniqueEmail("importer");
  const importer = await createAccount({ email, name: "Imogen Importer", password: "imogen-password-1", role: "INTERVIEWER" });
  await withDatabase(async (db) => {
    for (let i = 1; i <= 55; i += 1) {
      await recordAuditEvent(db, { actorId: importer.id, action: "bank.import", targetType: "set", targetId: `set-${i}`, details: { file: `set-${i}.md`, created: i } });
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  });
  await signInAs(page, "admin", "/admin/audit");
  await page.getByLabel("Who").selectOption({ label: `Imogen Importer (${email})` });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(new RegExp(`actor=${importer.id}`));

  const events = page.getByTestId("audit-event");
  await expect(events).toHaveCount(50);
  await expect(events.first()).toContainText("bank.import");
  await expect(events.first()).toContainText("fileset-55.md");
  await expect(events.first()).toContainText("created55");
  await expect(page.getByText("Page 1 of 2 · 55 events")).toBeVisible();

  await page.getByRole("link", { name: "Older →" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page).toHaveURL(new RegExp(`actor=${importer.id}`));
  await expect(events).toHaveCount(5);
  await expect(events.last()).toContainText("fileset-1.md");
  await page.screenshot({ path: "test-results/audit-log.png", fullPage: true });
});
