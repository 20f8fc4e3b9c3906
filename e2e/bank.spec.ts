import { expect, test } from "./fixtures";
import { loadQuestionSets } from "../lib/content/load-question-sets";
import { isReviewDue } from "../lib/questions/review-age";
import { expectNoSeriousAxeViolations, expectNoSidewaysScroll, signInAs } from "./helpers";

const bank = await loadQuestionSets();
const questions = bank.sets.flatMap((set) => set.questions);
const interviewOnly = questions.find((question) => question.audience === "interview")!;
const practiceOnly = questions.find((question) => question.audience === "practice")!;

test.describe("browsing the bank", () => {
  test("shows every set with its question count and filters by set", async ({ page }) => {
    await signInAs(page, "interviewer");
    const sets = page.getByRole("list", { name: "Question sets" });
    for (const set of bank.sets) {
      await expect(sets.getByRole("link", { name: new RegExp(`${set.title}\\s*${set.questions.length} questions`) })).toBeVisible();
    }
    const ec2 = bank.sets.find((set) => set.slug === "ec2")!;
    await sets.getByRole("link", { name: new RegExp(`^${ec2.title}`) }).click();
    await expect(page).toHaveURL(/set=ec2/);
    await expect(page.getByRole("heading", { name: `${ec2.questions.length} questions` })).toBeVisible();
  });

  test("staff see, per set, how many questions each audience has; a candidate sees only their own pool", async ({ page }) => {
    const count = (set: (typeof bank.sets)[number], audience: string) => set.questions.filter((q) => q.audience === audience).length;
    await signInAs(page, "interviewer");
    const sets = page.getByRole("list", { name: "Question sets" });
    for (const set of bank.sets) {
      const card = sets.getByRole("link", { name: new RegExp(`^${set.title}`) });
      await expect(card.getByTestId("audience-counts")).toHaveText(
        `${count(set, "interview")} interview only · ${count(set, "practice")} practice only · ${count(set, "both")} both`,
      );
    }

    await signInAs(page, "candidate");
    await expect(page.getByTestId("audience-counts")).toHaveCount(0);
    await expect(page.getByText(/interview only/)).toHaveCount(0);
    for (const set of bank.sets) {
      const visible = count(set, "practice") + count(set, "both");
      if (visible > 0) await expect(sets.getByRole("link", { name: new RegExp(`^${set.title}\\s*${visible} questions?`) })).toBeVisible();
    }
  });

  test("a set's page shows the introduction from its file", async ({ page }) => {
    const set = bank.sets.find((candidate) => candidate.introduction !== "")!;
    await signInAs(page, "candidate");
    await page
      .getByRole("list", { name: "Question sets" })
      .getByRole("link", { name: new RegExp(`^${set.title}`) })
      .click();
    await expect(page).toHaveURL(new RegExp(`set=${set.slug}`));
    const intro = page.getByRole("region", { name: set.title });
    // The first sentence of the file's introduction, as rendered text.
    const firstSentence = set.introduction
      .split(/(?<=\.)\s/)[0]!
      .replace(/\s+/g, " ")
      .replace(/\*\*/g, "");
    await expect(intro).toContainText(firstSentence);
    await expect(intro.getByTestId("audience-counts")).toHaveCount(0);

    await signInAs(page, "interviewer", `/bank?set=${set.slug}`);
    await expect(page.getByRole("region", { name: set.title }).getByTestId("audience-counts")).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });

  test("filters the questions not reviewed for 12 months", async ({ page }) => {
    await signInAs(page, "interviewer");
    await page.getByLabel("Not reviewed for 12 months or more").check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/reviewed=due/);
    await expect(page.getByLabel("Not reviewed for 12 months or more")).toBeChecked();
    const due = questions.filter((q) => q.reviewed !== null && isReviewDue(q.reviewed, new Date()));
    if (due.length === 0) await expect(page.getByText("No questions match.")).toBeVisible();
    else
      await expect(
        page
          .getByRole("heading", { level: 2 })
          .filter({ hasText: /questions?$/ })
          .first(),
      ).toContainText(String(due.length));
  });

  test("filters by difficulty and level through the URL, and a shared URL shows the same", async ({ page }) => {
    await signInAs(page, "recruiter");
    await page.getByLabel("Difficulty").selectOption("hard");
    await page.getByLabel("Level").selectOption("senior");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/difficulty=hard/);
    await expect(page).toHaveURL(/level=senior/);
    const expected = questions.filter((q) => q.difficulty === "hard" && q.level === "senior").length;
    await expect(page.getByRole("heading", { name: `${expected} question`, exact: false })).toContainText(String(expected));

    const shared = page.url();
    await page.goto("/bank");
    await page.goto(shared);
    await expect(page.getByLabel("Difficulty")).toHaveValue("hard");
    await expect(page.getByRole("heading", { level: 2 }).first()).toContainText(String(expected));
  });

  test("searches the full text, ranks and highlights matches", async ({ page }) => {
    await signInAs(page, "interviewer");
    await page.getByRole("searchbox", { name: "Search" }).fill("cold start");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/q=cold\+start/);
    const results = page.getByRole("list", { name: "Questions" });
    await expect(results.getByRole("listitem").first()).toBeVisible();
    await expect(results.locator("mark").first()).toBeVisible();
    await expect(page.getByText(/matching “cold start”/)).toBeVisible();

    await page.getByRole("searchbox", { name: "Search" }).fill("zzzz-no-such-word");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page.getByText("No questions match.")).toBeVisible();
  });

  test("a question page shows the answer, key points, red flags, follow-ups and scoring guide", async ({ page }) => {
    const question = questions.find((q) => q.audience === "both")!;
    await signInAs(page, "interviewer", `/questions/${question.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(question.title);
    for (const section of ["Expected answer", "Key points", "Red flags", "Follow-ups", "Scoring guide"]) {
      await expect(page.getByRole("heading", { name: section })).toBeVisible();
    }
    const anchors = page.getByRole("region", { name: "Scoring guide" }).getByRole("listitem");
    await expect(anchors).toHaveCount(4);
    await expectNoSeriousAxeViolations(page);
  });

  test("a table in an answer keeps its words whole on a phone", async ({ page }) => {
    // A table whose first column holds short labels ("Attached to", "Evaluation"): the prose's
    // wrap-anywhere once let its columns shrink until those words split ("Evaluatio n").
    const question = questions.find((q) => q.answer.includes("| Security group"))!;
    await signInAs(page, "interviewer");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/questions/${question.id}`);
    const cells = page.locator(".prose-bank table").first().locator("th, td");
    await expect(cells.first()).toBeVisible();
    // Each cell at least as wide as its longest word set on one line, in the cell's own font.
    const split = await cells.evaluateAll((elements) =>
      elements.flatMap((cell) => {
        const style = getComputedStyle(cell);
        const room = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        const longest = (cell.textContent ?? "").split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), "");
        const probe = document.createElement("span");
        probe.style.cssText = `white-space: nowrap; font: ${style.font}; position: absolute; visibility: hidden`;
        probe.textContent = longest;
        document.body.append(probe);
        const width = probe.getBoundingClientRect().width;
        probe.remove();
        return width > room + 0.5 ? [`"${longest}" needs ${Math.ceil(width)} px in a ${Math.floor(room)} px cell`] : [];
      }),
    );
    expect(split).toEqual([]);
    await expectNoSidewaysScroll(page, "a question page with a table on a phone");
  });

  test("an unknown question id is a 404", async ({ page }) => {
    const response = await signInAs(page, "interviewer", "/questions/no-such-question");
    expect(response?.status()).toBe(404);
  });

  test("anonymous visitors are sent to sign in", async ({ page }) => {
    await page.goto(`/questions/${practiceOnly.id}`);
    await expect(page).toHaveURL(/\/sign-in/);
  });
});

test.describe("what candidates see", () => {
  test("practice questions are visible, with the answer behind a reveal", async ({ page }) => {
    await signInAs(page, "candidate", `/questions/${practiceOnly.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(practiceOnly.title);
    await expect(page.getByRole("heading", { name: "Expected answer" })).toBeHidden();
    await page.getByText("Show the model answer and scoring guide").click();
    await expect(page.getByRole("heading", { name: "Expected answer" })).toBeVisible();
  });

  test("an interview-only question cannot be opened by URL or found by search", async ({ page }) => {
    const response = await signInAs(page, "candidate", `/questions/${interviewOnly.id}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByText(interviewOnly.title)).toHaveCount(0);

    await page.goto(`/bank?q=${encodeURIComponent(`"${interviewOnly.title.replace(/[?"]/g, "")}"`)}`);
    await expect(page.getByRole("link", { name: interviewOnly.title })).toHaveCount(0);
  });

  test("staff can open the same interview-only question", async ({ page }) => {
    await signInAs(page, "interviewer", `/questions/${interviewOnly.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(interviewOnly.title);
    await expect(page.getByText("Interview only")).toBeVisible();
  });
});

test.describe("accessibility and themes", () => {
  test("the sign-in page has no serious axe violations", async ({ page }) => {
    await page.goto("/sign-in");
    await expectNoSeriousAxeViolations(page);
  });

  for (const theme of ["light", "dark"]) {
    test(`the bank and users pages have no serious axe violations in the ${theme} theme`, async ({ page }) => {
      await page.context().addCookies([{ name: "theme", value: theme, domain: "localhost", path: "/" }]);
      await signInAs(page, "admin", "/bank?q=database");
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
      await expectNoSeriousAxeViolations(page);
      await page.goto("/admin/users");
      await expectNoSeriousAxeViolations(page);
    });
  }

  test("the theme button switches between system, light and dark", async ({ page }) => {
    await signInAs(page, "interviewer");
    const toggle = page.getByRole("button", { name: /theme/ });
    await toggle.click();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
    await toggle.click();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  });

  test("the bank works on a phone-sized screen", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await signInAs(page, "candidate");
    await expectNoSidewaysScroll(page, "the bank on a phone");
    await expectNoSeriousAxeViolations(page);
    await context.close();
  });
});
