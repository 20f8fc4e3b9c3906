import { expect, test } from "./fixtures";
import { withDatabase } from "./database";
import { signInAs } from "./helpers";
import { createCandidate, createInterview, startedInterview } from "./interview-helpers";
import { saveStatus, unique } from "./scoring-helpers";

// The custom question: within the 10,000-character limit, it made the live scoring page
// take 36 s and then fail, and blocked every other request meanwhile.
const NESTED = `${"- ".repeat(4994)}x`;

test("a custom question of nested list markers is refused at save, saying which field, what is wrong and the limit", async ({ page }) => {
  await signInAs(page, "recruiter");
  const candidate = await createCandidate(page, unique("Nested Nora"));
  await createInterview(page, candidate, []);
  await page.getByLabel("Question", { exact: true }).fill("Tell me about lists");
  const details = page.getByLabel("Details (optional)");
  await details.fill(NESTED);
  await page.getByRole("button", { name: "Add question" }).click();

  await expect(page.getByText("Details: lists and block quotes nested 4,994 levels deep (line 1); at most 16.")).toBeVisible();
  await expect(details).toHaveAttribute("aria-invalid", "true");
  await expect(details).toHaveAccessibleDescription("Details: lists and block quotes nested 4,994 levels deep (line 1); at most 16.");
  // Nothing was added, and nothing typed was lost.
  await expect(page.getByRole("list", { name: "Interview questions" }).getByText("Tell me about lists")).toHaveCount(0);
  await expect(details).toHaveValue(NESTED);

  await details.fill("- a list\n  - nested once\n    - and twice");
  await page.getByLabel("Expected answer").fill("Lists nest, within limits.");
  await page.getByLabel("Key points (one per line)").fill("knows the limit");
  await page.getByRole("button", { name: "Add question" }).click();
  await expect(page.getByRole("list", { name: "Interview questions" }).getByText("Tell me about lists")).toBeVisible();
});

test("a stored text past the limits (old data) shows as plain text with a note, and the server keeps answering meanwhile", async ({ page }) => {
  await signInAs(page, "recruiter");
  const interview = await startedInterview(page, { candidate: unique("Old Data Olga"), panel: [], fromSet: "Amazon EC2" });
  // As if saved before the limits existed: the first question's prompt becomes the nested list.
  const sessionId = interview.split("/").pop()!;
  await withDatabase(async (db) => {
    const first = await db.sessionQuestion.findFirstOrThrow({ where: { sessionId, position: 0 }, select: { id: true, snapshot: true } });
    await db.sessionQuestion.update({ where: { id: first.id }, data: { snapshot: { ...(first.snapshot as object), prompt: NESTED } } });
  });

  // Another request while the page renders: both complete.
  const [health] = await Promise.all([page.request.get("/api/health"), page.goto(`${interview}/score`)]);
  expect(health.ok()).toBe(true);
  const fallback = page.locator("[data-markdown-fallback]");
  await expect(fallback).toContainText("Shown as plain text, not formatted: lists and block quotes nested 4,994 levels deep (line 1); at most 16.");
  await expect(fallback).toContainText("- - - - x");
  await expect(page.getByRole("main").locator("ul ul ul")).toHaveCount(0);
  // The rest of the page works: it hydrates and takes keys.
  await expect(saveStatus(page)).toHaveAttribute("data-status", /.+/);
});
