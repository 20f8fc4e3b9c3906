import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { loadQuestionSets } from "../lib/content/load-question-sets";
import { expectNoSeriousAxeViolations, signInAs, signInThroughForm } from "./helpers";
import { createCandidate, createInterview } from "./interview-helpers";

const bank = await loadQuestionSets();
const serverless = bank.sets.find((set) => set.slug === "serverless")!;
const interviewQuestions = serverless.questions.filter((q) => q.audience !== "practice");

const questionList = (page: Page) => page.getByRole("list", { name: "Interview questions" }).getByRole("listitem");

test("a recruiter builds an interview from a set, reorders it by keyboard, adds questions and starts it", async ({ page }) => {
  test.setTimeout(90_000); // one long flow, many server round trips
  await signInAs(page, "recruiter");
  const candidate = await createCandidate(page, `Builder ${Date.now().toString(36)}`);
  await createInterview(page, candidate, ["Ian Interviewer"], serverless.title);

  await expect(questionList(page)).toHaveCount(interviewQuestions.length);
  await expect(questionList(page).first()).toContainText(interviewQuestions[0]!.title);
  const budget = interviewQuestions.reduce((sum, q) => sum + (q.minutes ?? 0), 0);
  await expect(page.getByText(`${interviewQuestions.length} questions · time budget ${budget} min`)).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // Keyboard only: focus the second question's "up" button and press Enter.
  const second = interviewQuestions[1]!.title;
  await page.getByRole("button", { name: `Move “${second}” up` }).focus();
  await page.keyboard.press("Enter");
  await expect(questionList(page).first()).toContainText(second);

  await page.getByRole("button", { name: `Remove “${interviewQuestions[0]!.title}”` }).click();
  await expect(questionList(page)).toHaveCount(interviewQuestions.length - 1);

  await page.getByRole("searchbox", { name: "Search questions" }).fill("spot instances");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  const hit = page.getByRole("list", { name: "Bank questions" }).getByRole("listitem").first();
  const hitTitle = (await hit.locator("p").first().innerText()).trim();
  await hit.getByRole("button", { name: /^Add/ }).click();
  await expect(questionList(page).last()).toContainText(hitTitle);

  await page.getByLabel("Question", { exact: true }).fill("Walk me through the last outage you were part of.");
  await page.getByRole("spinbutton", { name: "Minutes" }).fill("7");
  await page.getByLabel("Expected answer").fill("A timeline, their own part in it, and what changed afterwards.");
  // The rubric is held to the bank's rules: key points are required, anchors are four or none.
  await page.getByText("Scoring anchors (optional").click();
  await page.getByLabel("2: a partial answer").fill("Describes the outage but not their part.");
  await page.getByRole("button", { name: "Add question" }).click();
  await expect(page.getByLabel("Key points (one per line)")).toHaveAccessibleDescription('Key points is empty: add a bullet list ("- …")');
  await expect(page.getByLabel("1: what a poor answer looks like")).toHaveAccessibleDescription("Write all four anchors, or leave all four empty.");
  await expect(page.getByLabel("Expected answer")).toHaveValue("A timeline, their own part in it, and what changed afterwards.");
  await page.getByLabel("Key points (one per line)").fill("names their own part\ndescribes the follow-up");
  await page.getByLabel("2: a partial answer").fill("");
  await page.getByRole("button", { name: "Add question" }).click();
  await expect(questionList(page).last()).toContainText("Walk me through the last outage you were part of.");
  await expect(questionList(page).last()).toContainText("Custom question");

  // The panel can change until the interview starts.
  await page.getByRole("group", { name: "Panel" }).getByRole("checkbox", { name: "Ada Admin" }).check();
  await page.getByRole("button", { name: "Save panel" }).click();
  await expect(page.getByText("Panel saved.")).toBeVisible();
  await expect(page.getByText(/Panel: .*Ada Admin/)).toBeVisible();

  await page.getByRole("button", { name: "Start the interview" }).click();
  // It asks first: starting freezes the questions.
  await expect(page.getByText(/Start now\? The \d+ questions are frozen/)).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("button", { name: "Start the interview" })).toBeFocused();
  await page.getByRole("button", { name: "Start the interview" }).click();
  await page.getByRole("button", { name: "Yes, start the interview" }).click();
  await expect(page.getByText("In progress")).toBeVisible();
  await expect(page.getByText(/the questions are frozen at the versions shown/)).toBeVisible();
  await expect(page.getByRole("button", { name: /Remove/ })).toHaveCount(0);
});

test("questions are reordered by dragging with the mouse, and the order is saved", async ({ page }) => {
  await signInAs(page, "recruiter");
  const candidate = await createCandidate(page, `Drag ${Date.now().toString(36)}`);
  await createInterview(page, candidate, [], serverless.title);
  const third = interviewQuestions[2]!.title;

  const handle = page.getByRole("button", { name: `Drag “${third}” to reorder` });
  const target = questionList(page).first();
  await page.waitForLoadState("networkidle");
  // A drag begun before the page is interactive does nothing, as for a person; try again then.
  await expect(async () => {
    const from = (await handle.boundingBox())!;
    const to = (await target.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    // A short move first starts the drag (dnd-kit waits for 4 px), then the long one carries it.
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 10, { steps: 3 });
    await page.mouse.move(from.x + from.width / 2, to.y + 4, { steps: 12 });
    await page.mouse.up();
    await expect(target).toContainText(third, { timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
  // The list moves at once; the save follows. Reload only once it is done.
  await page.waitForLoadState("networkidle");
  await expect(page.getByText("Saving the new order…")).toHaveCount(0);

  await page.reload();
  await expect(questionList(page).first()).toContainText(third);
  await expect(questionList(page).nth(1)).toContainText(interviewQuestions[0]!.title);
});

test("questions already asked to a candidate are left out of their next interview", async ({ page }) => {
  await signInAs(page, "recruiter");
  const candidate = await createCandidate(page, `Repeat ${Date.now().toString(36)}`);
  const first = await createInterview(page, candidate, [], serverless.title);
  await page.getByRole("button", { name: `Remove “${interviewQuestions[0]!.title}”` }).click();
  await expect(questionList(page)).toHaveCount(interviewQuestions.length - 1);
  expect(first).toMatch(/\/interviews\//);

  await createInterview(page, candidate, [], serverless.title);
  await expect(questionList(page)).toHaveCount(1);
  await expect(questionList(page).first()).toContainText(interviewQuestions[0]!.title);

  await page.getByLabel("Set").selectOption({ label: serverless.title });
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByText(/questions this candidate was already asked are hidden/)).toBeVisible();
  await page.getByRole("link", { name: "Show them" }).click();
  await expect(page.getByRole("list", { name: "Bank questions" }).getByText("Asked before").first()).toBeVisible();
});

test("an interviewer who is not on the panel gets a 404, one on the panel sees the interview", async ({ page, signedIn }) => {
  const recruiter = await signedIn("recruiter");
  const candidate = await createCandidate(recruiter, `Panel ${Date.now().toString(36)}`);
  const privateInterview = await createInterview(recruiter, candidate, []);
  const panelInterview = await createInterview(recruiter, candidate, ["Ian Interviewer"]);

  await signInThroughForm(page, "interviewer"); // its own session: this test signs it out
  expect((await page.goto(privateInterview))?.status()).toBe(404);
  expect((await page.goto(panelInterview))?.status()).toBe(200);
  await expect(page.getByText("Panel:")).toContainText("Ian Interviewer");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  expect((await signInAs(page, "candidate", panelInterview))?.status()).toBe(404);
});
