// The live scoring screen as the e2e tests see it: an interview built from the EC2 set, the
// screen's parts by role and name, and submitting a scorecard.
import { expect, type Page } from "@playwright/test";
import { loadQuestionSets } from "../lib/content/load-question-sets";

const bank = await loadQuestionSets();
export const ec2 = bank.sets.find((set) => set.slug === "ec2")!;
/** What an interview built from the whole set asks, in order. */
export const asked = ec2.questions.filter((q) => q.audience !== "practice");

export const unique = (label: string) => `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

export const saveStatus = (page: Page) => page.getByTestId("save-status");
export const questionNav = (page: Page) => page.getByRole("navigation", { name: "Questions to score" });
/** The rating radio for `value` (1–4) on the current question. */
export const rating = (page: Page, value: number) => page.getByRole("radio", { name: new RegExp(`^${value}:`) });
export const notes = (page: Page) => page.getByRole("textbox", { name: /^Notes/ });
export const panelStatuses = (page: Page) => page.getByRole("list", { name: "Scorecard status of each panel member" });

/** From the interview's page, as a panelist gets there: its live-scoring link, then a saved first question. */
export async function openLiveScoring(page: Page, interviewPath: string) {
  await page.goto(interviewPath);
  await page.getByRole("link", { name: /Open live scoring|Continue scoring/ }).click();
  await expect(page).toHaveURL(/\/score/);
  await expect(saveStatus(page)).toHaveAttribute("data-status", "saved");
}

/** Types notes on the current question as a person does: `n`, the text, Escape. */
export async function typeNotes(page: Page, text: string) {
  await page.keyboard.press("n");
  await expect(notes(page)).toBeFocused();
  await page.keyboard.type(text);
  await page.keyboard.press("Escape");
}

/** Opens live scoring and waits until it takes keys: a key pressed before hydration goes nowhere. */
export async function openScoring(page: Page, url: string) {
  await page.goto(url);
  await expect(saveStatus(page)).toHaveAttribute("data-status", /.+/);
}

/** Clicks a recommendation as a person does: on its visible label. */
export const choose = (page: Page, recommendation: string) => page.getByRole("group", { name: "Recommendation" }).getByText(recommendation, { exact: true }).click();

/** Opens the summary step of an EC2 interview's live scoring, recommends, sums up and submits. */
export async function submitScorecard(page: Page, interviewPath: string, recommendation: string, summary: string) {
  await openScoring(page, `${interviewPath}/score?q=${asked.length + 1}`);
  await choose(page, recommendation);
  await page.getByLabel("Summary").fill(summary);
  await page.getByRole("button", { name: "Submit scorecard" }).click();
  await expect(page.getByRole("heading", { name: /^Your scorecard/ })).toBeVisible();
}

const AUTOSAVE = "**/api/scorecards/*/autosave";

/**
 * Answers the page's autosave requests with `handler` until unrouteAutosave. The service worker
 * claims the page as soon as it is installed (public/sw.js), and its requests bypass page routes:
 * so this waits for it to control the page and for Playwright to have attached to it, then routes
 * on the context. (Routed earlier, a save sent in between reached the server in full runs.)
 */
export async function routeAutosave(page: Page, handler: Parameters<Page["route"]>[1]) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await expect.poll(() => page.context().serviceWorkers().length).toBeGreaterThan(0);
  await page.context().route(AUTOSAVE, handler);
}

export const unrouteAutosave = (page: Page) => page.context().unroute(AUTOSAVE);
