// Keyboard only, as issue 16 found it: the Compare switches take Space, the builder's ↑/↓ keep
// focus on the moved question, dragging by keyboard announces question titles, and keys pressed
// on live scoring before the page is interactive are all counted, as is one pressed the moment the
// shortcuts dialog closes.
import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { loadQuestionSets } from "../lib/content/load-question-sets";
import { scoredInterview } from "../lib/scoring/scored-interview";
import { withDatabase } from "./database";
import { signInAs } from "./helpers";
import { createCandidate, createInterview } from "./interview-helpers";
import { saveStatus } from "./scoring-helpers";
import { screensWorld } from "./screens-world";

const bank = await loadQuestionSets();
const serverless = bank.sets.find((set) => set.slug === "serverless")!;
const interviewQuestions = serverless.questions.filter((q) => q.audience !== "practice");
const questionList = (page: Page) => page.getByRole("list", { name: "Interview questions" }).getByRole("listitem");

test("the Compare switches toggle with Space, as a switch does", async ({ page }) => {
  const ids = await screensWorld();
  await signInAs(page, "recruiter", `/compare?c=${ids[0]}&c=${ids[1]}`);
  const blind = page.getByRole("switch", { name: "Blind mode" });
  await blind.focus();
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/blind=1/);
  await expect(page.getByRole("switch", { name: "Blind mode" })).toHaveAttribute("aria-checked", "true");
  const adjust = page.getByRole("switch", { name: "Adjust for interviewer leniency" });
  await adjust.focus();
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/normalise=1/);
  await expect(page.getByRole("switch", { name: "Adjust for interviewer leniency" })).toHaveAttribute("aria-checked", "true");
  // Space did not scroll the page instead.
  expect(await page.evaluate(() => window.scrollY)).toBeLessThan(400);
});

test("moving a question with ↑/↓ keeps focus on it, and dragging by keyboard announces question titles", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAs(page, "recruiter");
  const candidate = await createCandidate(page, `Keys ${Date.now().toString(36)}`);
  await createInterview(page, candidate, [], serverless.title);
  const [first, second, third] = interviewQuestions.map((q) => q.title);

  await page.getByRole("button", { name: `Move “${first}” down` }).focus();
  await page.keyboard.press("Enter");
  await expect(questionList(page).nth(1)).toContainText(first!);
  await expect(page.getByRole("button", { name: `Move “${first}” down` })).toBeFocused();
  await expect(page.getByText("Saving the new order…")).toHaveCount(0);
  // Again, with the moved button pressed a second time straight away.
  await page.keyboard.press("Enter");
  await expect(questionList(page).nth(2)).toContainText(first!);
  await expect(page.getByRole("button", { name: `Move “${first}” down` })).toBeFocused();
  await expect(page.getByText("Saving the new order…")).toHaveCount(0);
  // At the top, "up" is disabled: focus goes to the same question's "down".
  await page.getByRole("button", { name: `Move “${third}” up` }).focus();
  await page.keyboard.press("Enter");
  await expect(questionList(page).first()).toContainText(third!);
  await expect(page.getByRole("button", { name: `Move “${third}” down` })).toBeFocused();
  await expect(page.getByText("Saving the new order…")).toHaveCount(0);

  // dnd-kit's keyboard drag: Space picks up, arrows move, Space drops. Its live region speaks.
  const liveRegion = page.locator("[id^='DndLiveRegion']");
  await page.getByRole("button", { name: `Drag “${second}” to reorder` }).focus();
  await page.keyboard.press("Space");
  await expect(liveRegion).toContainText(`Picked up “${second}”, position 2 of`);
  // dnd-kit's KeyboardSensor starts listening for arrows in a setTimeout after the pick-up; a timer
  // set now runs after it (an arrow pressed before it, under load, moved nothing).
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve)));
  await page.keyboard.press("ArrowUp");
  await expect(liveRegion).toContainText(`“${second}” is over position 1 of`);
  await page.keyboard.press("Space");
  await expect(liveRegion).toContainText(`“${second}” was dropped at position 1 of`);
  await expect(liveRegion).not.toContainText(/Draggable item|cm[a-z0-9]{20}/);
});

/** A started interview on the serverless set with the recruiter alone on its panel, nothing rated yet. */
function unratedInterview(name: string) {
  return withDatabase(async (db) => {
    const recruiter = await db.user.findUniqueOrThrow({ where: { email: "recruiter@example.com" }, select: { id: true, role: true } });
    const candidate = await db.candidate.create({ data: { name: `${name} ${Date.now().toString(36)}`, createdById: recruiter.id } });
    const made = await scoredInterview(db, recruiter, { candidateId: candidate.id, fromSet: "serverless", panel: [{ viewer: recruiter, ratings: [], draft: true }] });
    return made.sessionId;
  });
}

test("keys pressed on live scoring before the page is interactive are all counted", async ({ page }) => {
  const sessionId = await unratedInterview("Early keys");
  await signInAs(page, "recruiter");
  // The page's scripts are held back: what the keys meet is the server's HTML, as on a slow phone.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  // Scripts only: stylesheets held back would block the server's inline scripts too.
  await page.route(/\/_next\/static\/chunks\/.*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`/interviews/${sessionId}/score`, { waitUntil: "commit" });
  await expect(page.getByRole("heading", { name: interviewQuestions[0]!.title })).toBeVisible();
  await page.keyboard.press("2");
  await page.keyboard.press("j");
  await page.keyboard.press("4");
  await page.keyboard.press("j");
  release();
  await expect(saveStatus(page)).toHaveAttribute("data-status", /.+/);
  // All four counted: question 1 rated 2, question 2 rated 4, and the page on question 3.
  await expect(page.getByRole("heading", { name: interviewQuestions[2]!.title })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Questions to score" });
  await expect(nav.getByRole("button").nth(0)).toHaveAccessibleName(/rated 2$/);
  await expect(nav.getByRole("button").nth(1)).toHaveAccessibleName(/rated 4$/);
  await expect(saveStatus(page)).toHaveAttribute("data-status", "saved");
  await page.unrouteAll({ behavior: "ignoreErrors" });
  await page.reload();
  await expect(nav.getByRole("button").nth(1)).toHaveAccessibleName(/rated 4$/);
});

test("a key pressed the moment Esc closes the shortcuts dialog is counted", async ({ page }) => {
  const sessionId = await unratedInterview("Shortcut keys");
  await signInAs(page, "recruiter", `/interviews/${sessionId}/score`);
  await expect(saveStatus(page)).toHaveAttribute("data-status", /.+/);
  const question = (n: number) => page.getByRole("navigation", { name: "Questions to score" }).getByRole("button").nth(n);
  const openShortcuts = async () => {
    await page.keyboard.press("?");
    await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  };

  // As a person: Esc, then a rating at once. While the dialog is open the keys are its own.
  await openShortcuts();
  await page.keyboard.press("1");
  await page.keyboard.press("Escape");
  await page.keyboard.press("3");
  await expect(question(0)).toHaveAccessibleName(/rated 3$/);

  // The same without the timing luck: the key comes in the very task that closes the dialog, before
  // the dialog's "close" event (always a later task) can reach React.
  await page.keyboard.press("j");
  await openShortcuts();
  await page.evaluate(() => {
    document.querySelector("dialog")!.close();
    document.body.dispatchEvent(new KeyboardEvent("keydown", { key: "4", bubbles: true }));
  });
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(question(1)).toHaveAccessibleName(/rated 4$/);
  await expect(saveStatus(page)).toHaveAttribute("data-status", "saved");
});
