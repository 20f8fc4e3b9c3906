import { expect, type Page } from "@playwright/test";

export async function createCandidate(page: Page, name: string) {
  await page.goto("/candidates/new");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Position applied for").fill("Platform Engineer");
  await page.getByRole("button", { name: "Add candidate" }).click();
  await expect(page.getByText("Candidate added.")).toBeVisible();
  return new URL(page.url()).pathname;
}

/** Creates an interview for the candidate with this panel (names of people), optionally from a set. */
export async function createInterview(page: Page, candidatePath: string, panel: string[], fromSet?: string) {
  await page.goto(candidatePath);
  await page.getByRole("link", { name: "New interview" }).click();
  for (const person of panel) await page.getByRole("checkbox", { name: person }).check();
  if (fromSet) await page.getByLabel("Start from").selectOption({ label: `Every interview question of “${fromSet}”` });
  await page.getByRole("button", { name: "Create interview" }).click();
  await expect(page).toHaveURL(/\/interviews\/(?!new)[^/?]+$/);
  return new URL(page.url()).pathname;
}

/** A started interview of a new candidate, built from a whole set; returns its path. */
export async function startedInterview(page: Page, options: { candidate: string; panel: string[]; uncheck?: string[]; fromSet: string }) {
  const candidate = await createCandidate(page, options.candidate);
  await page.goto(candidate);
  await page.getByRole("link", { name: "New interview" }).click();
  for (const person of options.panel) await page.getByRole("checkbox", { name: person }).check();
  for (const person of options.uncheck ?? []) await page.getByRole("checkbox", { name: person }).uncheck();
  await page.getByLabel("Start from").selectOption({ label: `Every interview question of “${options.fromSet}”` });
  await page.getByRole("button", { name: "Create interview" }).click();
  await expect(page).toHaveURL(/\/interviews\/(?!new)[^/?]+$/);
  await page.getByRole("button", { name: "Start the interview" }).click();
  await page.getByRole("button", { name: "Yes, start the interview" }).click();
  await expect(page.getByRole("heading", { name: "Scorecards" })).toBeVisible();
  return new URL(page.url()).pathname;
}
