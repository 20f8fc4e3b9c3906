// The practice specs' steps, as a person takes them (practice.spec.ts, faults-*.spec.ts).
import { expect, type Page } from "@playwright/test";
import { uniqueEmail } from "./helpers";

export async function signUp(page: Page, email = uniqueEmail("practice")) {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Pat Practice");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password (at least 10 characters)").fill("practice-password-1");
  await page.getByRole("button", { name: "Create account" }).click();
  return email;
}

/** Reveal and grade the current question with the mouse. */
export async function answerWithMouse(page: Page, grade: "Again" | "Hard" | "Good" | "Easy") {
  await page.getByRole("button", { name: "Reveal the model answer" }).click();
  await expect(page.getByRole("heading", { name: "Model answer" })).toBeVisible();
  await page.getByRole("button", { name: new RegExp(`^\\d · ${grade}`) }).click();
}
