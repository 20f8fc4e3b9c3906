// The learner's practice, as a candidate who knows Anki would try it: their own day, Again coming
// back in the run, undo, daily limits, suspend / flag / note, and the heatmap of days graded.
import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import pg from "pg";
import { dayKey, endOfLocalDay } from "../lib/practice/days";
import { expectNoSeriousAxeViolations, uniqueEmail } from "./helpers";

const SYDNEY = "Australia/Sydney";
test.use({ timezoneId: SYDNEY });

async function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await client.query<T>(text, values);
  } finally {
    await client.end();
  }
}

async function signUp(page: Page) {
  const email = uniqueEmail("learner");
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Lee Learner");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password (at least 10 characters)").fill("practice-password-1");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/:\d+\/$/);
  return email;
}

const title = (page: Page) => page.locator("#practice-question-title");

async function answer(page: Page, grade: "Again" | "Hard" | "Good" | "Easy") {
  await page.getByRole("button", { name: "Reveal the model answer" }).click();
  await page.getByRole("button", { name: new RegExp(`^\\d · ${grade}`) }).click();
}

const saved = (page: Page) => expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "saved");

async function cardOf(email: string, questionTitle: string) {
  const { rows } = await sql(
    `SELECT s."due", s."stability", s."difficulty", s."reps", s."lapses", s."state", s."scheduledDays", s."lastReview"
     FROM "ReviewState" s JOIN "User" u ON u."id" = s."userId" JOIN "Question" q ON q."id" = s."questionId"
     WHERE u."email" = $1 AND q."title" = $2`,
    [email, questionTitle],
  );
  return rows[0] ?? null;
}

test("a learner in Sydney sees due counts for their own day", async ({ page }) => {
  const email = await signUp(page);
  // The browser's zone is taken on the first visit.
  await expect.poll(async () => (await sql(`SELECT "timeZone" FROM "User" WHERE "email" = $1`, [email])).rows[0]?.timeZone).toBe(SYDNEY);
  await page.goto("/practice/run?count=2");
  await answer(page, "Good");
  await answer(page, "Good");
  await expect(page.getByRole("heading", { name: "Run complete" })).toBeVisible();
  await saved(page);

  // One question due half an hour before the learner's midnight, one half an hour after: in UTC
  // days both (or neither) would be due today, whatever the hour this runs at.
  const end = endOfLocalDay(new Date(), SYDNEY).getTime();
  const { rows } = await sql<{ id: string }>(`SELECT s."id" FROM "ReviewState" s JOIN "User" u ON u."id" = s."userId" WHERE u."email" = $1 ORDER BY s."id"`, [email]);
  expect(rows).toHaveLength(2);
  await sql(`UPDATE "ReviewState" SET "due" = $1 WHERE "id" = $2`, [new Date(end - 30 * 60_000), rows[0]!.id]);
  await sql(`UPDATE "ReviewState" SET "due" = $1 WHERE "id" = $2`, [new Date(end + 30 * 60_000), rows[1]!.id]);
  await page.goto("/practice");
  await expect(page.getByRole("heading", { name: "1 question is due today" })).toBeVisible();
  await page.goto("/practice/progress");
  await expect(page.getByTestId("stat-due-today")).toHaveText("1");
  await expect(page.getByText(`Days are yours: ${SYDNEY}.`)).toBeVisible();
});

test("a question graded Again comes back later in the same run", async ({ page }) => {
  await signUp(page);
  await page.goto("/practice/run?count=2");
  const first = await title(page).textContent();
  await answer(page, "Again");
  await expect(page.getByText("Question 2 of 2 · 1 to relearn")).toBeVisible();
  const second = await title(page).textContent();
  expect(second).not.toBe(first);
  await answer(page, "Good");
  // Nothing else left: the Again question comes back before its minute is over.
  await expect(page.getByText(/Again: relearning · 1 of 2 done/)).toBeVisible();
  await expect(title(page)).toHaveText(first!);
  await answer(page, "Good");
  await expect(page.getByRole("heading", { name: "Run complete" })).toBeVisible();
  await expect(page.getByText("You practised 2 questions: Again 1, Hard 0, Good 2, Easy 0.")).toBeVisible();
});

test("undo restores the previous card state on the server, once", async ({ page }) => {
  const email = await signUp(page);
  await page.goto("/practice/run?count=1");
  const question = (await title(page).textContent())!;
  const id = new URL(page.url()).searchParams.get("ids")!;
  await answer(page, "Good");
  await expect(page.getByRole("heading", { name: "Run complete" })).toBeVisible();
  await saved(page);
  const before = await cardOf(email, question);
  expect(before).toMatchObject({ reps: 1 });

  // A new run of the same question: graded Again, then undone with the key.
  await page.goto(`/practice/run?ids=${id}&at=second`);
  await page.getByLabel(/Your answer/).fill("What I typed");
  await answer(page, "Again");
  await saved(page);
  expect(await cardOf(email, question)).toMatchObject({ reps: 2 });
  await title(page).focus();
  await page.keyboard.press("u");
  // The question is back, answer revealed, with what was typed.
  await expect(page.getByRole("heading", { name: "Model answer" })).toBeVisible();
  await expect(page.getByLabel(/Your answer/)).toHaveValue("What I typed");
  await saved(page);
  expect(await cardOf(email, question)).toEqual(before);
  // Exactly once: no second undo offered, and the key does nothing more.
  await expect(page.getByRole("button", { name: /^Undo/ })).toHaveCount(0);
  await title(page).focus();
  await page.keyboard.press("u");
  await page.reload();
  await saved(page);
  expect(await cardOf(email, question)).toEqual(before);
  const logs = await sql(
    `SELECT l."grade", l."undoneAt" IS NOT NULL AS undone FROM "ReviewLog" l JOIN "User" u ON u."id" = l."userId" WHERE u."email" = $1 ORDER BY l."reviewedAt"`,
    [email],
  );
  expect(logs.rows).toEqual([
    { grade: 3, undone: false },
    { grade: 1, undone: true },
  ]);

  // Graded again after the undo, with the button this time, then undone by the button.
  await page.getByRole("button", { name: /^\d · Easy/ }).click();
  await expect(page.getByRole("heading", { name: "Run complete" })).toBeVisible();
  await page.getByRole("button", { name: /^Undo/ }).click();
  await expect(page.getByRole("heading", { name: "Model answer" })).toBeVisible();
  await saved(page);
  expect(await cardOf(email, question)).toEqual(before);
});

test("daily limits cap a run, and a suspended question never appears", async ({ page }) => {
  await signUp(page);
  await page.goto("/practice/settings");
  await page.getByLabel("New questions a day").fill("2");
  await page.getByLabel("Desired retention (%)").fill("99");
  await page.getByRole("button", { name: "Save practice settings" }).click();
  await expect(page.getByText("At most 97%")).toBeVisible();
  await page.getByLabel("Desired retention (%)").fill("85");
  await page.getByRole("button", { name: "Save practice settings" }).click();
  await expect(page.getByText("Practice settings saved.")).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.goto("/practice/run?count=10");
  await expect(page.getByText("Question 1 of 2")).toBeVisible();
  const suspended = (await title(page).textContent())!;
  const suspendedId = new URL(page.url()).searchParams.get("ids")!.split(",")[0]!;
  await page.getByRole("button", { name: "Suspend" }).click();
  await expect(title(page)).not.toHaveText(suspended);
  await answer(page, "Good");
  await expect(page.getByRole("heading", { name: "Run complete" })).toBeVisible();
  await saved(page);

  // One new question started today: one left; the suspended one is never picked again.
  await page.goto("/practice/run?count=50");
  await expect(page).toHaveURL(/ids=/);
  expect(new URL(page.url()).searchParams.get("ids")!.split(",")).not.toContain(suspendedId);
  await expect(page.getByText(/Question 1 of \d+/)).toBeVisible();
  // Not even by its URL.
  expect((await page.goto(`/practice/run?ids=${suspendedId}&at=again`))?.status()).toBe(404);
});

test("a flag and a note are shown in later runs", async ({ page }) => {
  await signUp(page);
  await page.goto("/practice/run?count=1");
  const id = new URL(page.url()).searchParams.get("ids")!;
  await page.getByRole("button", { name: "Flag" }).click();
  await expect(page.getByRole("button", { name: "Flagged" })).toHaveAttribute("aria-pressed", "true");
  await page.locator("summary", { hasText: "Your note" }).click();
  await page.getByLabel("Your note on this question").fill("Remember the cold-start trade-off.");
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(page.getByText("Note saved.")).toBeVisible();
  await page.goto(`/practice/run?ids=${id}&at=later`);
  await expect(page.getByText("Flagged", { exact: true }).first()).toBeVisible();
  await expect(page.getByLabel("Your note on this question")).toHaveValue("Remember the cold-start trade-off.");
});

test("the progress page says how to start, then shows the days graded on the heatmap", async ({ page }) => {
  await signUp(page);
  await page.goto("/practice/progress");
  await expect(page.getByRole("heading", { name: "No practice yet" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // Grades made three days ago (an offline device sending late) and today.
  const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000);
  await page.goto("/practice/run?count=2");
  const ids = new URL(page.url()).searchParams.get("ids")!.split(",");
  const response = await page.request.post("/api/practice/reviews", {
    data: { reviews: [{ id: crypto.randomUUID(), questionId: ids[0], grade: 3, reviewedAt: threeDaysAgo.toISOString() }] },
  });
  expect(await response.json()).toMatchObject({ accepted: [expect.any(String)] });
  await answer(page, "Good");
  await answer(page, "Again");
  await saved(page);

  await page.goto("/practice/progress");
  const today = dayKey(new Date(), SYDNEY);
  const before = dayKey(threeDaysAgo, SYDNEY);
  await expect(page.locator(`td[data-day="${today}"]`)).toHaveAttribute("data-count", "2");
  await expect(page.locator(`td[data-day="${before}"]`)).toHaveAttribute("data-count", "1");
  await expect(page.locator("td[data-count]:not([data-count='0'])")).toHaveCount(2);
  await expect(page.getByRole("table", { name: "Reviews per day, last 12 months" })).toBeVisible();
  await expect(page.getByText("3 reviews on 2 days in the last year.")).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test("the tag filter is a searchable combobox of the practice tags", async ({ page }) => {
  const { loadQuestionSets } = await import("../lib/content/load-question-sets");
  const bank = await loadQuestionSets();
  const practice = bank.sets.flatMap((set) => set.questions).filter((question) => question.audience !== "interview");
  await page.goto("/practice");
  const picker = page.getByRole("combobox", { name: "Tag" });
  await expect(picker).toHaveAttribute("list", "run-tag-options");
  expect(await page.locator("#run-tag-options option").count()).toBeGreaterThan(100);
  const tag = (await page.locator("#run-tag-options option").nth(40).getAttribute("value"))!;
  await picker.fill(tag);
  await page.getByRole("button", { name: "Try as a guest" }).click();
  await expect(page).toHaveURL(/ids=/);
  const ids = new URL(page.url()).searchParams.get("ids")!.split(",");
  for (const id of ids) expect(practice.find((question) => question.id === id)?.tags).toContain(tag);
  await expectNoSeriousAxeViolations(page);
});

test("the run page never says 'saved' before this device's unsent grades are read", async ({ page }) => {
  await signUp(page);
  await page.goto("/practice/run?count=1");
  // As the server renders it (before any script): no claim that everything is saved.
  const html = await (await page.request.get(page.url())).text();
  expect(html).toContain("Checking for unsaved grades");
  expect(html).not.toContain('data-status="saved"');
  await saved(page);
});

test("a grade the server confirms while the progress page is on its way is counted there", async ({ page }) => {
  await signUp(page);
  await page.goto("/practice/run?count=2");
  await answer(page, "Good");
  await saved(page);
  // The second grade is held on the wire; the progress page is requested and rendered by the
  // server first (one question seen), then the grade goes through and the page being left reads
  // the confirmation (its stored copy goes), and only then does the progress page arrive.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/practice/reviews", async (route) => {
    await held;
    await route.continue();
  });
  await answer(page, "Easy");
  await expect(page.getByRole("heading", { name: "Run complete" })).toBeVisible();
  // The page being left is busy navigating below (Playwright waits to evaluate there): another
  // tab reads the storage they share.
  const otherTab = await page.context().newPage();
  await otherTab.goto("/sw.js");
  const unsent = () => otherTab.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("interview-bank:practice:outbox:")));
  expect(await unsent()).toHaveLength(1);
  await page.route("**/practice/progress", async (route) => {
    if (route.request().resourceType() !== "document") return route.continue();
    const rendered = await route.fetch();
    expect(await rendered.text()).toMatch(/stat-questions-seen[^>]*>1 of \d+</);
    release();
    await expect.poll(unsent).toEqual([]);
    await route.fulfill({ response: rendered });
  });
  await page.goto("/practice/progress");
  await expect(page.getByTestId("stat-questions-seen")).toHaveText(/^2 of \d+$/);
});
