import { expect, test } from "./fixtures";
import pg from "pg";
import { loadQuestionSets } from "../lib/content/load-question-sets";
import { expectNoSeriousAxeViolations, expectNoSidewaysScroll, signInAs } from "./helpers";
import { answerWithMouse, signUp } from "./practice-helpers";

const bank = await loadQuestionSets();
const questions = bank.sets.flatMap((set) => set.questions);
const interviewOnly = questions.find((question) => question.audience === "interview")!;
const practiceOnly = questions.find((question) => question.audience === "practice")!;

test.describe("practice", () => {
  test("a guest tries two questions, signs up, and the progress comes along", async ({ page }) => {
    await page.goto("/practice");
    await page.getByRole("spinbutton", { name: "Questions" }).fill("2");
    await page.getByRole("button", { name: "Try as a guest" }).click();
    await expect(page).toHaveURL(/\/practice\/run\?ids=/);
    await expect(page.getByText("Question 1 of 2")).toBeVisible();
    await page.getByLabel(/Your answer/).fill("Something I remember");
    await answerWithMouse(page, "Good");
    await expect(page.getByText("Question 2 of 2")).toBeVisible();
    await answerWithMouse(page, "Easy");
    await expect(page.getByRole("heading", { name: "Run complete" })).toBeVisible();
    await page.getByRole("link", { name: "Sign up to keep your progress" }).click();
    await signUp(page);
    await expect(page).toHaveURL(/\/practice\/progress/);
    await expect(page.getByTestId("stat-questions-seen")).toHaveText(/^2 of \d+$/);
    expect(await page.evaluate(() => window.localStorage.getItem("interview-bank:practice:guest"))).toBeNull();
    // Merged once: a reload (and the practice pages' own sync) does not count it again.
    await page.reload();
    await expect(page.getByTestId("stat-questions-seen")).toHaveText(/^2 of \d+$/);
  });

  test("a run by keyboard only, surviving a reload", async ({ page }) => {
    await signUp(page);
    await expect(page).toHaveURL(/:\d+\/$/);
    await page.goto("/practice/run?count=2");
    await expect(page).toHaveURL(/ids=/);
    const title = page.locator("#practice-question-title");
    await expect(title).toBeFocused();
    // Keys typed in the answer box type; they neither reveal nor grade.
    await page.keyboard.press("Tab");
    await expect(page.getByLabel(/Your answer/)).toBeFocused();
    await page.keyboard.type("Cold starts 1 2 3 4 and provisioned concurrency");
    await expect(page.getByLabel(/Your answer/)).toHaveValue("Cold starts 1 2 3 4 and provisioned concurrency");
    await expect(page.getByRole("heading", { name: "Model answer" })).toHaveCount(0);
    await page.keyboard.press("Escape");
    await expect(title).toBeFocused();
    await page.keyboard.press(" ");
    await expect(page.getByRole("heading", { name: "Model answer" })).toBeVisible();
    await page.keyboard.press("3");
    await expect(page.getByText("Question 2 of 2")).toBeVisible();
    await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "saved");

    // A reload keeps the run where it was, and the typed answer of the current question.
    await page.getByLabel(/Your answer/).fill("Half-typed answer");
    await page.reload();
    await expect(page.getByText("Question 2 of 2")).toBeVisible();
    await expect(page.getByLabel(/Your answer/)).toHaveValue("Half-typed answer");
    await page.locator("#practice-question-title").focus();
    await page.keyboard.press(" ");
    await page.keyboard.press("4");
    await expect(page.getByRole("heading", { name: "Run complete" })).toBeVisible();
    await expect(page.getByText("Good 1, Easy 1")).toBeVisible();
    await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "saved");
    await page.goto("/practice/progress");
    await expect(page.getByTestId("stat-questions-seen")).toHaveText(/^2 of \d+$/);
    await expectNoSeriousAxeViolations(page);
  });

  test("what is due comes back once time has passed", async ({ page }) => {
    const email = await signUp(page);
    await expect(page).toHaveURL(/:\d+\/$/);
    await page.goto("/practice/run?count=1");
    await expect(page).toHaveURL(/ids=/);
    const questionTitle = await page.locator("#practice-question-title").textContent();
    await answerWithMouse(page, "Easy");
    await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "saved");
    await page.goto("/practice");
    await expect(page.getByRole("heading", { name: "Nothing is due today" })).toBeVisible();

    // Time passes: the test moves this user's due dates into the past in the e2e database.
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      const moved = await client.query(`UPDATE "ReviewState" SET "due" = now() - interval '2 days' WHERE "userId" = (SELECT "id" FROM "User" WHERE "email" = $1)`, [email]);
      expect(moved.rowCount).toBe(1);
    } finally {
      await client.end();
    }
    await page.reload();
    await expect(page.getByRole("heading", { name: "1 question is due today" })).toBeVisible();
    await page.getByRole("link", { name: "Review what is due today" }).click();
    await expect(page.getByText("Question 1 of 1")).toBeVisible();
    await expect(page.locator("#practice-question-title")).toHaveText(questionTitle!);
  });

  test("interview-only questions cannot be reached by URL, signed in or not", async ({ page, browser }) => {
    const response = await signInAs(page, "candidate", `/practice/run?ids=${interviewOnly.id}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByText(interviewOnly.title)).toHaveCount(0);
    // Even staff: practice shows practice questions only.
    expect((await signInAs(page, "interviewer", `/practice/run?ids=${interviewOnly.id}`))?.status()).toBe(404);
    const guest = await browser.newPage();
    expect((await guest.goto(`/practice/run?ids=${interviewOnly.id}`))?.status()).toBe(404);
    // Mixed with a practice question, it is simply left out.
    await guest.goto(`/practice/run?ids=${interviewOnly.id},${practiceOnly.id}`);
    await expect(guest.getByText("Question 1 of 1")).toBeVisible();
    // Grading it through the API is refused as well (nothing stored).
    const api = await page.request.post("/api/practice/reviews", {
      data: { reviews: [{ id: crypto.randomUUID(), questionId: interviewOnly.id, grade: 4, reviewedAt: new Date().toISOString() }] },
    });
    expect(await api.json()).toMatchObject({ accepted: [], skipped: [expect.any(String)] });
    await guest.close();
  });

  test("works on a phone-sized screen, in both themes, with no serious axe violations", async ({ browser }) => {
    for (const theme of ["light", "dark"]) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      await context.addCookies([{ name: "theme", value: theme, domain: "localhost", path: "/" }]);
      const page = await context.newPage();
      await page.goto("/practice");
      await expectNoSeriousAxeViolations(page);
      await page.getByRole("button", { name: "Try as a guest" }).click();
      await expect(page).toHaveURL(/ids=/);
      await page.getByRole("button", { name: "Reveal the model answer" }).tap();
      await expect(page.getByRole("heading", { name: "Model answer" })).toBeVisible();
      await expectNoSidewaysScroll(page, `the practice run on a phone (${theme})`);
      await expectNoSeriousAxeViolations(page);
      await page.screenshot({ path: `test-results/screenshots/practice-run-phone-${theme}.png`, fullPage: true });
      await context.close();
    }
  });

  test("screenshots of the run and progress pages, desktop and phone", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signUp(page);
    await expect(page).toHaveURL(/:\d+\/$/);
    await page.goto("/practice/run?count=3");
    await expect(page).toHaveURL(/ids=/);
    await page.getByRole("button", { name: "Reveal the model answer" }).click();
    await page.getByRole("checkbox").first().check();
    await page.screenshot({ path: "test-results/screenshots/practice-run-desktop.png", fullPage: true });
    await page.getByRole("button", { name: /^\d · Good/ }).click();
    await answerWithMouse(page, "Hard");
    await answerWithMouse(page, "Easy");
    await expect(page.getByRole("heading", { name: "Run complete" })).toBeVisible();
    // Straight on, even if the last grade is still being sent: the progress page's sync sends it.
    await page.goto("/practice/progress");
    await expect(page.getByTestId("stat-questions-seen")).toHaveText(/^3 of \d+$/);
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: "test-results/screenshots/practice-progress-desktop.png", fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await expectNoSidewaysScroll(page, "the progress page on a phone");
    await page.screenshot({ path: "test-results/screenshots/practice-progress-phone.png", fullPage: true });
    await context.close();
  });
});
