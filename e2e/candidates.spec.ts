import { expect, test } from "./fixtures";
import { expectNoSeriousAxeViolations, signInAs, signInThroughForm } from "./helpers";

test("a recruiter adds a candidate, keeps the notes through a validation error, and edits them", async ({ page }) => {
  const name = `Grace Hopper ${Date.now().toString(36)}`;
  await signInAs(page, "recruiter");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Candidates" }).click();
  await page.getByRole("link", { name: "New candidate" }).click();

  // Only spaces pass the browser's own check but not the server's.
  await page.getByLabel("Name").fill("   ");
  await page.getByLabel("Notes").fill("Strong on incident response.\nAsk about on-call.");
  await page.getByRole("button", { name: "Add candidate" }).click();
  await expect(page.getByText("Enter the candidate's name.")).toBeVisible();
  await expect(page.getByLabel("Notes")).toHaveValue("Strong on incident response.\nAsk about on-call.");

  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email (optional)").fill("grace@example.org");
  await page.getByLabel("Position applied for").fill("Senior DevOps Engineer");
  await page.getByRole("button", { name: "Add candidate" }).click();
  await expect(page.getByText("Candidate added.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);

  await page.getByLabel("Position applied for").fill("Staff SRE");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Position applied for")).toHaveValue("Staff SRE");

  await expectNoSeriousAxeViolations(page);

  await page.goto(`/candidates?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole("list", { name: "Candidates" }).getByRole("link", { name })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test("interviewers and candidates cannot reach candidates they are not allowed to see", async ({ page, signedIn }) => {
  const recruiter = await signedIn("recruiter");
  await recruiter.goto("/candidates/new");
  await recruiter.getByLabel("Name").fill("Private Person");
  await recruiter.getByRole("button", { name: "Add candidate" }).click();
  await expect(recruiter.getByText("Candidate added.")).toBeVisible();
  const candidateUrl = new URL(recruiter.url()).pathname;

  await signInThroughForm(page, "interviewer"); // its own session: this test signs it out
  await page.goto("/candidates");
  await expect(page.getByRole("link", { name: "New candidate" })).toHaveCount(0);
  await expect(page.getByText("Private Person")).toHaveCount(0);
  expect((await page.goto("/candidates/new"))?.status()).toBe(404);
  expect((await page.goto(candidateUrl))?.status()).toBe(404);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await signInAs(page, "candidate");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Candidates" })).toHaveCount(0);
  expect((await page.goto("/candidates"))?.status()).toBe(404);
  expect((await page.goto(candidateUrl))?.status()).toBe(404);
});
