import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import type { Viewer } from "../lib/candidates/access";
import type { Database } from "../lib/db-client";
import { addPlanQuestion, createPlan } from "../lib/plans/plans";
import { applyAutosave } from "../lib/scoring/autosave";
import { openScorecard, reopenScorecard, submitScorecard } from "../lib/scoring/scorecards";
import { addCustomQuestion, createInterview, startInterview } from "../lib/interviews/builder";
import { must } from "../tests/authorization-fixtures";
import { HOSTILE_INPUTS } from "../tests/hostile-input";
import { createAccount, withDatabase } from "./database";
import { DEMO, fillSignIn, sidewaysFit, signInAs, uniqueEmail, watchDialogs } from "./helpers";
import { EARLY_KEYS_SCRIPT } from "../components/scoring/early-keys-script";

// The hostile corpus (tests/hostile-input.ts), stored in every text field that pages show, then
// every such page opened: no script runs, no injected element exists, no server error, and the
// text is there literally. tests/hostile-input.test.ts checks the same corpus is stored verbatim
// through the forms; e2e/hostile-content.spec.ts does this for Markdown from the bank.

const stored = HOSTILE_INPUTS.map((input) => input.stored ?? input.value);
/** Every value at once, for the long fields (notes, summaries, prompts). */
const ALL = stored.join("\n");

/** The values in groups of at most `max` characters, for the short fields (names, titles, reasons). */
function chunks(max: number) {
  const groups: string[] = [];
  for (const value of stored) {
    const last = groups.at(-1);
    if (last !== undefined && last.length + 3 + value.length <= max) groups[groups.length - 1] = `${last} ¦ ${value}`;
    else groups.push(value);
  }
  return groups;
}
const SHORT = chunks(120);

async function score(db: Database, viewer: Viewer, scorecardId: string, recommendation: "STRONG_YES", reasons: string[]) {
  const author = await db.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { id: true, sessionVersion: true } });
  const scores = await db.score.findMany({ where: { scorecardId }, select: { sessionQuestionId: true, revision: true } });
  for (const row of scores) {
    const value = { rating: 2, notes: ALL, keyPointsCovered: [], redFlagsRaised: [], elapsedSeconds: 30 };
    await applyAutosave(db, author, scorecardId, { target: "question", sessionQuestionId: row.sessionQuestionId, writeId: crypto.randomUUID(), baseRevision: row.revision, value });
  }
  // A strong yes over a composite of 2 needs a reason; each reopen needs one too.
  must(await submitScorecard(db, viewer, scorecardId, { recommendation, summary: ALL, disagreementReason: reasons[0]! }));
  for (const reason of reasons.slice(1)) {
    must(await reopenScorecard(db, viewer, scorecardId, reason));
    must(await submitScorecard(db, viewer, scorecardId, { recommendation, summary: ALL, disagreementReason: reason }));
  }
}

interface World {
  candidates: string[];
  /** An interview-only set whose title, description and one question are hostile (removed afterwards). */
  set: { slug: string; question: string };
  interview: string;
  inProgress: string;
  plan: string;
  /** A candidate account with a hostile name, and the interviewer on the hostile panels. */
  user: { email: string; password: string };
  interviewer: { email: string; password: string };
}

// Hostile names go to candidates (the role), so they never show up on other tests' panel pickers;
// the panel is an interviewer of its own, so the demo interviewer's lists stay as other tests expect.
async function buildWorld(): Promise<World> {
  const password = "hostile-password-1";
  const users = await Promise.all(SHORT.map((name, i) => createAccount({ email: uniqueEmail(`hostile-${i}`), name, password, role: "CANDIDATE" })));
  const panel = { email: uniqueEmail("hostile-panel"), password };
  await createAccount({ ...panel, name: "Hostile Panel", role: "INTERVIEWER" });
  return withDatabase(async (db) => {
    const viewer = (email: string) => db.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true } });
    const recruiter = await viewer(DEMO.recruiter.email);
    const interviewer = await viewer(panel.email);
    const candidates = [];
    for (const text of SHORT) candidates.push((await db.candidate.create({ data: { name: text, position: text, notes: ALL, createdById: recruiter.id } })).id);

    const build = async (candidateId: string, title: string, questions: string[]) => {
      const id = must(await createInterview(db, recruiter, { candidateId, title, panel: [interviewer.id], fromSet: null }));
      for (const text of questions) must(await addCustomQuestion(db, recruiter, id, { title: text, prompt: ALL, minutes: 5 }));
      return id;
    };
    const interview = await build(candidates[0]!, SHORT[0]!, SHORT);
    must(await startInterview(db, recruiter, interview));
    await score(db, interviewer, must(await openScorecard(db, interviewer, interview)), "STRONG_YES", SHORT);

    const compared = await build(candidates[1]!, SHORT[1]!, SHORT.slice(0, 2));
    must(await startInterview(db, recruiter, compared));
    await score(db, interviewer, must(await openScorecard(db, interviewer, compared)), "STRONG_YES", SHORT.slice(0, 1));

    const inProgress = await build(candidates[0]!, `In progress: ${SHORT[2]}`, SHORT.slice(0, 1));
    must(await startInterview(db, recruiter, inProgress));
    const open = must(await openScorecard(db, interviewer, inProgress));
    const row = await db.score.findFirstOrThrow({ where: { scorecardId: open }, select: { sessionQuestionId: true, revision: true } });
    await applyAutosave(db, { id: interviewer.id, sessionVersion: 0 }, open, {
      target: "question",
      sessionQuestionId: row.sessionQuestionId,
      writeId: crypto.randomUUID(),
      baseRevision: row.revision,
      value: { rating: null, notes: ALL, keyPointsCovered: [], redFlagsRaised: [], elapsedSeconds: 0 },
    });
    for (const [i, text] of SHORT.entries()) if (i >= 2) await build(candidates[i]!, text, []);

    let plan = "";
    const question = await db.question.findFirstOrThrow({ where: { audience: "BOTH", archived: false }, select: { id: true } });
    for (const text of SHORT) {
      const id = must(await createPlan(db, recruiter, { name: text, position: text }));
      must(await addPlanQuestion(db, recruiter, id, question.id));
      plan ||= id;
    }
    const slug = `hostile-${Date.now().toString(36)}`;
    const set = await db.questionSet.create({ data: { slug, title: SHORT.at(-1)!, description: ALL, audience: "INTERVIEW", contentHash: slug } });
    const hostileQuestion = `${slug}-question`;
    await db.question.create({
      data: {
        id: hostileQuestion,
        setId: set.id,
        position: 0,
        title: SHORT.at(-1)!,
        prompt: ALL,
        answer: ALL,
        keyPoints: SHORT,
        redFlags: SHORT,
        followUps: [],
        scoring: [],
        difficulty: "MEDIUM",
        audience: "INTERVIEW",
        contentHash: slug,
      },
    });
    return {
      candidates,
      interview,
      inProgress,
      plan,
      set: { slug, question: hostileQuestion },
      user: { email: (await db.user.findUniqueOrThrow({ where: { id: users[0]!.id } })).email, password },
      interviewer: panel,
    };
  });
}

/** The HTML parser turns CR and CRLF into LF; everything else must arrive as stored. */
const asParsed = (text: string) => text.replace(/\r\n?/g, "\n");

/**
 * Opens each page at a phone's width and checks that nothing hostile ran or was injected, that the
 * texts are there literally, and that the longest of them (one 100-letter word) wraps instead of
 * making the page scroll sideways.
 */
async function expectInert(page: Page, pages: Record<string, string[]>) {
  await page.setViewportSize({ width: 390, height: 844 });
  const dialogs = watchDialogs(page);
  const serverErrors: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 500) serverErrors.push(`${response.status()} ${response.url()}`);
  });
  const missing: string[] = [];
  const wide: string[] = [];
  for (const [url, texts] of Object.entries(pages)) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    await page.locator("main").hover();
    const shown = async () => asParsed((await page.locator("main").textContent()) ?? "");
    for (const text of texts) {
      // Polled, not read once: a text was once missing from a page whose snapshot had it.
      const seen = await expect
        .poll(async () => (await shown()).includes(asParsed(text)), { timeout: 5_000 })
        .toBe(true)
        .then(
          () => true,
          () => false,
        );
      if (!seen) missing.push(`${url}: ${JSON.stringify(text.slice(0, 60))}`);
    }
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned), url).toBeUndefined();
    await expect(
      page.locator(
        "[data-pwned], main script:not([data-app-script]), main iframe, main svg[onload], main [onerror], main [onmouseover], main a[href^='javascript:'], main a[href^='data:']",
      ),
      url,
    ).toHaveCount(0);
    const fit = await sidewaysFit(page);
    if (fit.width > fit.viewport) wide.push(`${url}: ${fit.width} px, ${fit.past.join("; ")}`);
    // The one script of the app's own in a page's main (live scoring's early keys) is exactly that script.
    for (const text of await page.locator("main script[data-app-script]").allTextContents()) expect(text, url).toBe(EARLY_KEYS_SCRIPT);
  }
  expect(missing, "texts not shown literally").toEqual([]);
  expect(wide, "pages wider than a 390 px phone").toEqual([]);
  expect(dialogs, "dialogs opened").toEqual([]);
  expect(serverErrors, "server errors").toEqual([]);
}

test.describe("hostile text in every field", () => {
  test.describe.configure({ mode: "default", timeout: 240_000 });
  let world: World;
  test.beforeAll(async () => {
    test.setTimeout(240_000);
    world = await buildWorld();
  });
  // The bank is shared with the other specs: the hostile set goes again (the rest are people and interviews of their own).
  test.afterAll(async () => {
    if (!world) return;
    await withDatabase(async (db) => {
      await db.question.deleteMany({ where: { set: { slug: world.set.slug } } });
      await db.questionSet.delete({ where: { slug: world.set.slug } });
    });
  });

  test("is shown literally and inert to recruiters and admins", async ({ page }) => {
    await signInAs(page, "admin");
    const [first, second] = world.candidates;
    await expectInert(page, {
      "/candidates": SHORT,
      [`/candidates/${first}`]: [SHORT[0]!, ALL],
      [`/candidates/${first}/report`]: [SHORT[0]!, ...SHORT, ALL],
      "/interviews": SHORT,
      [`/interviews/${world.interview}`]: [SHORT[0]!, ...SHORT],
      "/plans": SHORT,
      [`/plans/${world.plan}`]: [SHORT[0]!],
      [`/compare?c=${first}&c=${second}`]: [SHORT[0]!, SHORT[1]!],
      "/calibration": [],
      "/calibration/questions": [],
      "/admin/users": SHORT,
      "/admin/audit?action=scorecard.reopen": SHORT.slice(1),
      "/bank": [SHORT.at(-1)!],
      [`/bank?set=${world.set.slug}`]: [SHORT.at(-1)!],
      [`/questions/${world.set.question}`]: [],
    });
  });

  test("is shown literally and inert to the interviewer scoring it, and in a hostile user's own header", async ({ page }) => {
    await fillSignIn(page, world.interviewer.email, world.interviewer.password);
    await expect(page).toHaveURL(/:\d+\/$/);
    await expectInert(page, {
      [`/interviews/${world.interview}/score`]: [SHORT[0]!, ALL],
      [`/interviews/${world.inProgress}`]: [SHORT[2]!],
      [`/interviews/${world.inProgress}/score`]: [SHORT[0]!],
    });
    await expect(page.getByRole("textbox", { name: /notes/i }).first()).toHaveValue(asParsed(ALL));

    await page.context().clearCookies();
    await fillSignIn(page, world.user.email, world.user.password);
    await expect(page).toHaveURL(/:\d+\/$/);
    await expect(page.getByTestId("current-user")).toContainText(SHORT[0]!);
    await expectInert(page, { "/account": [SHORT[0]!] });
  });
});

test("text typed into the forms is stored as typed and shown as typed", async ({ page }) => {
  const name = stored.find((value) => value.startsWith("<img"))!;
  const position = `${stored.find((value) => value.startsWith('"'))} ${stored.find((value) => value.startsWith("invoice"))}`;
  const notes = HOSTILE_INPUTS.filter((input) => !input.stored && !/[\r\n]/.test(input.value))
    .map((input) => input.value)
    .join(" ");
  const dialogs = watchDialogs(page);
  await signInAs(page, "recruiter", "/candidates/new");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Position applied for").fill(position);
  await page.getByLabel("Notes").fill(notes);
  await page.getByRole("button", { name: "Add candidate" }).click();
  await expect(page.getByText("Candidate added.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByLabel("Notes")).toHaveValue(notes);

  const id = new URL(page.url()).pathname.split("/").pop()!;
  const row = await withDatabase((db) => db.candidate.findUniqueOrThrow({ where: { id }, select: { name: true, position: true, notes: true } }));
  expect(row).toEqual({ name, position, notes });
  expect(dialogs).toEqual([]);
  await expect(page.locator("[data-pwned]")).toHaveCount(0);
});
