import { expect, test } from "./fixtures";
import { DEMO, fillSignIn, signInAlert, signInAs, signInThroughForm, uniqueEmail, type DemoRole } from "./helpers";

test.describe("signing in", () => {
  for (const role of Object.keys(DEMO) as DemoRole[]) {
    test(`the demo ${role} signs in and sees the bank`, async ({ page }) => {
      await signInAs(page, role);
      await expect(page.getByRole("heading", { name: "Question bank" })).toBeVisible();
      const usersLink = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" });
      if (role === "admin") await expect(usersLink).toBeVisible();
      else await expect(usersLink).toHaveCount(0);
    });
  }

  test("a wrong password and an unknown email get the same message", async ({ page }) => {
    await fillSignIn(page, DEMO.interviewer.email, "not-the-password");
    await expect(signInAlert(page)).toHaveText("Email or password is incorrect.");
    await expect(page).toHaveURL(/\/sign-in/);

    await fillSignIn(page, uniqueEmail("nobody"), "whatever-password");
    await expect(signInAlert(page)).toHaveText("Email or password is incorrect.");
  });

  test("signing in through the form, then signing out, returns to the sign-in page and protects the bank", async ({ page }) => {
    await signInThroughForm(page, "recruiter");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/bank");
    await expect(page).toHaveURL(/\/sign-in/);
  });
});

test.describe("accounts", () => {
  test("a candidate signs up, lands in the bank, and cannot sign up twice", async ({ page }) => {
    const email = uniqueEmail("candidate");
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Casey Candidate");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel(/Password/).fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("Use at least 10 characters.")).toBeVisible();

    await page.getByLabel(/Password/).fill("a-long-enough-password");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/:\d+\/$/);
    await expect(page.getByTestId("current-user")).toContainText("Casey Candidate · Candidate");

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Casey Again");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel(/Password/).fill("another-long-password");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText(/already exists/)).toBeVisible();
  });

  test("an admin grants the interviewer role to a new user", async ({ page, browser }) => {
    const email = uniqueEmail("promoted");
    const newcomer = await browser.newPage();
    await newcomer.goto("/sign-up");
    await newcomer.getByLabel("Name").fill("Pat Promoted");
    await newcomer.getByLabel("Email").fill(email);
    await newcomer.getByLabel(/Password/).fill("pat-password-123");
    await newcomer.getByRole("button", { name: "Create account" }).click();
    await expect(newcomer.getByTestId("current-user")).toContainText("Candidate");

    await signInAs(page, "admin");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" }).click();
    const select = page.getByLabel(`Role of ${email}`);
    await select.selectOption("INTERVIEWER");
    await select.locator("xpath=..").getByRole("button", { name: "Save" }).click();
    await expect(page.getByText(`${email} is now Interviewer.`)).toBeVisible();

    // The role is read on every request: the newcomer's next page shows it without signing in again.
    await newcomer.reload();
    await expect(newcomer.getByTestId("current-user")).toContainText("Interviewer");
    await newcomer.close();
  });

  test("only admins reach the users page", async ({ page }) => {
    const response = await signInAs(page, "interviewer", "/admin/users");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });
});
