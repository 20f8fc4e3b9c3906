import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { loadQuestionSets } from "../lib/content/load-question-sets";
import { expectNoSeriousAxeViolations, signInAs } from "./helpers";

const bank = await loadQuestionSets();
const serverless = bank.sets.find((set) => set.slug === "serverless")!;
const minutesOf = new Map(serverless.questions.map((q) => [q.title, q.minutes ?? 0]));

const planList = (page: Page) => page.getByRole("list", { name: "Plan questions" }).getByRole("listitem");
const bankHits = (page: Page) => page.getByRole("list", { name: "Bank questions" }).getByRole("listitem");

async function createPlan(page: Page, name: string) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Plans" }).click();
  await page.getByRole("link", { name: "New plan" }).click();
  await page.getByLabel("Plan name").fill(name);
  await page.getByLabel("Position (optional)").fill("Platform Engineer");
  await page.getByRole("button", { name: "Create plan" }).click();
  await expect(page).toHaveURL(/\/plans\/(?!new)[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  return new URL(page.url()).pathname;
}

/** Adds the first bank hit of the serverless set, `count` times, and returns their titles in order. */
async function addFromServerless(page: Page, count: number) {
  await page.getByLabel("Set", { exact: true }).selectOption({ label: serverless.title });
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/set=serverless/);
  const titles: string[] = [];
  for (let added = 1; added <= count; added += 1) {
    const hit = bankHits(page).first();
    const title = (await hit.locator("p").first().innerText()).trim();
    await hit.getByRole("button", { name: /^Add/ }).click();
    await expect(planList(page)).toHaveCount(added);
    await expect(planList(page).last()).toContainText(title);
    titles.push(title);
  }
  return titles;
}

test("a recruiter builds a plan, reorders it by keyboard and starts an interview from it", async ({ page }) => {
  test.setTimeout(120_000); // one long flow, many server round trips
  const name = `Platform tech screen ${Date.now().toString(36)}`;
  await signInAs(page, "recruiter");
  const planPath = await createPlan(page, name);
  await expect(page.getByText("0 questions · time budget 0 min")).toBeVisible();

  const titles = await addFromServerless(page, 3);
  const budget = titles.reduce((sum, title) => sum + minutesOf.get(title)!, 0);
  await expect(page.getByText(`3 questions · time budget ${budget} min`)).toBeVisible();
  // Questions already in the plan are no longer offered.
  await expect(page.getByRole("list", { name: "Bank questions" }).getByText(titles[0]!, { exact: true })).toHaveCount(0);

  // Keyboard only: focus the second question's "up" button and press Enter.
  await page.getByRole("button", { name: `Move “${titles[1]}” up` }).focus();
  await page.keyboard.press("Enter");
  await expect(planList(page).first()).toContainText(titles[1]!);
  await page.waitForLoadState("networkidle");
  await expect(page.getByText("Saving the new order…")).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);

  await page.reload();
  const planOrder = [titles[1]!, titles[0]!, titles[2]!];
  for (const [index, title] of planOrder.entries()) await expect(planList(page).nth(index)).toContainText(title);

  await page.goto("/plans");
  const listed = page.getByRole("list", { name: "Interview plans" }).getByRole("listitem").filter({ hasText: name });
  await expect(listed).toContainText(`3 questions · time budget ${budget} min`);
  await expect(listed.getByRole("link", { name })).toHaveAttribute("href", planPath);

  await page.goto("/candidates/new");
  await page.getByLabel("Name").fill(`Plan ${Date.now().toString(36)}`);
  await page.getByRole("button", { name: "Add candidate" }).click();
  await expect(page.getByText("Candidate added.")).toBeVisible();
  await page.getByRole("link", { name: "New interview" }).click();
  await page.getByLabel("Start from").selectOption({ label: `Plan “${name}” (3 questions)` });
  await page.getByRole("button", { name: "Create interview" }).click();
  await expect(page).toHaveURL(/\/interviews\/(?!new)[^/?]+$/);

  const interviewList = page.getByRole("list", { name: "Interview questions" }).getByRole("listitem");
  await expect(interviewList).toHaveCount(3);
  for (const [index, title] of planOrder.entries()) await expect(interviewList.nth(index)).toContainText(title);
  await expect(page.getByText(`3 questions · time budget ${budget} min`)).toBeVisible();
});

test("a candidate gets a 404 for plans and sees no Plans link", async ({ page, signedIn }) => {
  const recruiter = await signedIn("recruiter");
  const planPath = await createPlan(recruiter, `Hidden plan ${Date.now().toString(36)}`);

  await signInAs(page, "candidate");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Plans" })).toHaveCount(0);
  expect((await page.goto("/plans"))?.status()).toBe(404);
  expect((await page.goto("/plans/new"))?.status()).toBe(404);
  expect((await page.goto(planPath))?.status()).toBe(404);
});

test("an interviewer renames a plan and deletes it", async ({ page }) => {
  const name = `Interviewer plan ${Date.now().toString(36)}`;
  await signInAs(page, "interviewer");
  await createPlan(page, name);

  await page.getByLabel("Plan name").fill(`${name} v2`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${name} v2`);

  await page.getByRole("button", { name: "Delete plan" }).click();
  await page.getByRole("button", { name: "Yes, delete the plan" }).click();
  await expect(page).toHaveURL(/\/plans$/);
  await expect(page.getByRole("link", { name: `${name} v2` })).toHaveCount(0);
});
