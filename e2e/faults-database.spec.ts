// The database failing, and what it must not lose: the app answering 503 ("cannot save right now")
// mid-interview and mid-practice, PostgreSQL restarting under a live interview, and, in the same
// lab (e2e/fault-lab.ts), the app scaled out to two processes on one database.
// The network and the app server failing: e2e/faults-network.spec.ts.
import { attachServerLogs, autosaveAnswers, openFaultLab, signedInOn, type FaultLab, type ScoreRow } from "./fault-lab";
import { expect, test } from "./fixtures";
import { DEMO, expectNoSeriousAxeViolations } from "./helpers";
import { startedInterview } from "./interview-helpers";
import { answerWithMouse, signUp } from "./practice-helpers";
import {
  asked,
  ec2,
  notes,
  openLiveScoring,
  openScoring,
  panelStatuses,
  questionNav,
  rating,
  routeAutosave,
  saveStatus,
  submitScorecard,
  typeNotes,
  unique,
  unrouteAutosave,
} from "./scoring-helpers";

test.describe("mid-interview, on the shared server", () => {
  test.use({ signedInAs: "recruiter" });

  test("a server outage is retried until the edit is saved", async ({ page }) => {
    test.setTimeout(120_000);
    const interview = await startedInterview(page, { candidate: unique("Outage"), panel: [], fromSet: ec2.title });
    await openLiveScoring(page, interview);

    await routeAutosave(page, (route) => route.fulfill({ status: 503, body: "restarting" }));
    await page.keyboard.press("4");
    await page.keyboard.press("n");
    await page.keyboard.type("Said during the outage");
    // The network works, the server cannot save: the page says it is retrying, not offline.
    await expect(saveStatus(page)).toHaveAttribute("data-status", "retrying");
    await unrouteAutosave(page);
    await expect(saveStatus(page)).toHaveAttribute("data-status", "saved", { timeout: 30_000 });
    await page.reload();
    await expect(notes(page)).toHaveValue("Said during the outage");
  });
});

test.describe("mid-practice, on the shared server", () => {
  test("while the server cannot save (503), grades are kept and retried, then saved", async ({ page }) => {
    await signUp(page);
    await expect(page).toHaveURL(/:\d+\/$/);
    await page.goto("/practice/run?count=1");
    await expect(page).toHaveURL(/ids=/);
    // As when the database is down: the app answers, but with 503.
    await page.route("**/api/practice/reviews", (route) => route.fulfill({ status: 503, contentType: "application/json", body: '{"message":"unavailable"}' }));
    await answerWithMouse(page, "Good");
    await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "retrying");
    await expect(page.getByText("The server cannot save right now.")).toBeVisible();
    await page.unroute("**/api/practice/reviews");
    await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "saved", { timeout: 30_000 });
    await page.goto("/practice/progress");
    await expect(page.getByTestId("stat-questions-seen")).toHaveText(/^1 of \d+$/);
  });
});

test.describe("in a lab of its own: a database and two app servers", () => {
  // One lab for these tests; they take turns with it.
  test.describe.configure({ mode: "default" });
  let lab: FaultLab | undefined;
  test.beforeAll(async () => {
    test.setTimeout(240_000);
    lab = await openFaultLab();
  });
  test.afterEach(async ({}, testInfo) => attachServerLogs(lab, testInfo));
  test.afterAll(async () => lab?.close());

  function theLab() {
    if (!lab) throw new Error("The fault lab did not start");
    return lab;
  }

  test("PostgreSQL restarting mid-interview loses nothing: scoring goes on, a reload works, and every edit is saved once", async ({ browser }) => {
    test.setTimeout(360_000);
    const lab = theLab();
    const [server] = lab.servers;
    const interview = await lab.database.startedInterview({ candidate: unique("Restart"), panel: [DEMO.interviewer.email], fromSet: ec2.slug });
    const ian = await signedInOn(browser, server, "interviewer");
    const answers = autosaveAnswers(ian);
    await ian.goto(`${interview}/score`);
    await expect(saveStatus(ian)).toHaveAttribute("data-status", "saved");
    // The service worker keeps a copy of the page, for a reload while the server cannot render it.
    await expect.poll(() => ian.evaluate(async () => Boolean(await caches.match(location.pathname))), { timeout: 30_000 }).toBe(true);

    await ian.keyboard.press("3");
    await typeNotes(ian, "Acknowledged before the restart");
    await expect(saveStatus(ian)).toHaveAttribute("data-status", "saved");

    await lab.database.stop();
    expect((await ian.request.get(`${server.url}/api/health`)).status()).toBe(503);
    await ian.keyboard.press("j");
    await ian.keyboard.press("2");
    await typeNotes(ian, "Typed while PostgreSQL was down");
    await expect(saveStatus(ian)).toHaveAttribute("data-status", "retrying");
    await expect(saveStatus(ian)).toHaveText("Retrying: kept on this device");
    await expect(ian.getByText("Your edits are kept on this device")).toBeVisible();
    // The server says it cannot save now (a retryable 503), not that it failed.
    await expect.poll(() => answers.some((answer) => answer.status === 503)).toBe(true);
    // Elsewhere the app says calmly that it cannot load, and "Try again" works once the database is back.
    const elsewhere = await ian.context().newPage();
    await elsewhere.goto(interview);
    await expect(elsewhere.getByRole("heading", { name: "Could not load this page" })).toBeVisible();
    await expect(elsewhere.getByText("Nothing you entered was lost.")).toBeVisible();
    await expectNoSeriousAxeViolations(elsewhere);

    // Reloaded while the database is still down: the page comes from the service worker, the
    // edits from this device's storage, and scoring goes on.
    await ian.reload();
    await expect(ian.getByRole("heading", { name: asked[1]!.title })).toBeVisible();
    await expect(notes(ian)).toHaveValue("Typed while PostgreSQL was down");
    await expect(rating(ian, 2)).toBeChecked();
    await ian.keyboard.press("j");
    await ian.keyboard.press("4");
    await typeNotes(ian, "Also typed during the outage");
    await expect(saveStatus(ian)).toHaveAttribute("data-status", "retrying");

    await lab.database.start();
    await expect(saveStatus(ian)).toHaveAttribute("data-status", "saved", { timeout: 60_000 });
    expect(answers.filter((answer) => answer.status >= 500 && answer.status !== 503)).toEqual([]);
    await elsewhere.getByRole("button", { name: "Try again" }).click();
    await expect(panelStatuses(elsewhere)).toContainText(`${DEMO.interviewer.name}In progress`);
    await elsewhere.close();

    // From the server, after a reload: everything acknowledged and everything typed.
    for (const [index, expected] of [
      { rating: 3, notes: "Acknowledged before the restart" },
      { rating: 2, notes: "Typed while PostgreSQL was down" },
      { rating: 4, notes: "Also typed during the outage" },
    ].entries()) {
      await ian.goto(`${interview}/score?q=${index + 1}`);
      await expect(ian.getByRole("heading", { name: asked[index]!.title })).toBeVisible();
      await expect(notes(ian)).toHaveValue(expected.notes);
      await expect(rating(ian, expected.rating)).toBeChecked();
    }
    await expect(questionNav(ian)).toContainText(`3 of ${asked.length} rated`);

    // The rows: one score per question, each edit once (a replayed or merged write would show).
    const rows = await lab.database.rows<ScoreRow>(
      `SELECT sq."position", s."rating", s."notes" FROM "Score" s
       JOIN "Scorecard" c ON c."id" = s."scorecardId" JOIN "SessionQuestion" sq ON sq."id" = s."sessionQuestionId"
       WHERE c."sessionId" = $1 ORDER BY sq."position"`,
      [interview.split("/").pop()],
    );
    expect(rows).toHaveLength(asked.length);
    expect(rows.slice(0, 3).map(({ rating, notes }) => ({ rating, notes }))).toEqual([
      { rating: 3, notes: "Acknowledged before the restart" },
      { rating: 2, notes: "Typed while PostgreSQL was down" },
      { rating: 4, notes: "Also typed during the outage" },
    ]);
    expect(rows.slice(3).every((row) => row.rating === null && row.notes === "")).toBe(true);
    await ian.context().close();
  });

  test("two app servers on one database: a panel scores across them, sees only what it may, and moves between them mid-interview", async ({ browser }) => {
    test.setTimeout(360_000);
    const lab = theLab();
    const [one, two] = lab.servers;
    const interview = await lab.database.startedInterview({ candidate: unique("Scale-out"), panel: [DEMO.interviewer.email, DEMO.admin.email], fromSet: ec2.slug });
    // Ian works on server 1, Ada on server 2, each signed in there.
    const ian = await signedInOn(browser, one, "interviewer");
    const ada = await signedInOn(browser, two, "admin");
    const ianAnswers = autosaveAnswers(ian);
    const adaAnswers = autosaveAnswers(ada);

    await openScoring(ian, `${interview}/score`);
    await ian.keyboard.press("4");
    await typeNotes(ian, "Ian's private note");
    await expect(saveStatus(ian)).toHaveAttribute("data-status", "saved");
    await openScoring(ada, `${interview}/score`);
    await ada.keyboard.press("1");
    await typeNotes(ada, "Ada's private note");
    await expect(saveStatus(ada)).toHaveAttribute("data-status", "saved");
    // Response events may trail the badge a little.
    await expect.poll(() => [...new Set(ianAnswers.map((answer) => answer.origin))]).toEqual([one.url]);
    await expect.poll(() => [...new Set(adaAnswers.map((answer) => answer.origin))]).toEqual([two.url]);

    // The panel rule holds across processes: Ada (server 2) sees nothing of Ian's (server 1).
    await ada.goto(interview);
    await expect(panelStatuses(ada)).toContainText(`${DEMO.interviewer.name}In progress`);
    await expect(ada.getByText("Ian's private note")).toHaveCount(0);

    await submitScorecard(ian, interview, "Strong yes", "Ian: hire");
    await ada.reload();
    await expect(panelStatuses(ada)).toContainText(`${DEMO.interviewer.name}Submitted`);
    await expect(ada.getByText("Ian's private note")).toHaveCount(0);
    await expect(ada.getByText("Ian: hire")).toHaveCount(0);
    await ian.goto(interview);
    await expect(ian.getByText("Ada's private note")).toHaveCount(0);

    // Ada is moved to server 1 mid-interview: same browser, same session cookie, another process.
    await ada.goto(`${one.url}${interview}/score?q=2`);
    await expect(ada.getByTestId("current-user")).toContainText(DEMO.admin.role);
    await expect(saveStatus(ada)).toHaveAttribute("data-status", "saved");
    await expect(questionNav(ada)).toContainText(`1 of ${asked.length} rated`);
    await ada.keyboard.press("2");
    await typeNotes(ada, "Ada, carried on from server 1");
    await expect(saveStatus(ada)).toHaveAttribute("data-status", "saved");
    await expect.poll(() => adaAnswers.at(-1)).toEqual({ origin: one.url, status: 200 });

    // Back on server 2, it is all there, and she submits there.
    await ada.goto(`${two.url}${interview}/score?q=2`);
    await expect(notes(ada)).toHaveValue("Ada, carried on from server 1");
    await expect(rating(ada, 2)).toBeChecked();
    await submitScorecard(ada, `${two.url}${interview}`, "No", "Ada: not yet");
    await expect(ada.getByRole("article", { name: `Scorecard of ${DEMO.admin.name}` })).toContainText("composite 1.50");

    // Both submitted: the interview is completed, and each now sees the other's, on either server.
    for (const server of [one, two]) {
      await ian.goto(`${server.url}${interview}`);
      await expect(ian.getByText("Completed", { exact: true })).toBeVisible();
      await expect(ian.getByText("Ada's private note")).toBeVisible();
      await ada.goto(`${server.url}${interview}`);
      await expect(ada.getByText("Ian's private note")).toBeVisible();
    }

    const sessionId = interview.split("/").pop();
    const [session] = await lab.database.rows<{ status: string }>(`SELECT "status"::text FROM "InterviewSession" WHERE "id" = $1`, [sessionId]);
    expect(session?.status).toBe("COMPLETED");
    const cards = await lab.database.rows<{ email: string; submitted: boolean; events: number }>(
      `SELECT u."email", c."submittedAt" IS NOT NULL AS "submitted",
              (SELECT count(*)::int FROM "ScorecardEvent" e WHERE e."scorecardId" = c."id" AND e."kind" = 'SUBMITTED') AS "events"
       FROM "Scorecard" c JOIN "User" u ON u."id" = c."interviewerId" WHERE c."sessionId" = $1 ORDER BY u."email"`,
      [sessionId],
    );
    expect(cards).toEqual([
      { email: DEMO.admin.email, submitted: true, events: 1 },
      { email: DEMO.interviewer.email, submitted: true, events: 1 },
    ]);
    const scores = await lab.database.rows<ScoreRow>(
      `SELECT u."email" AS "interviewer", sq."position", s."rating", s."notes" FROM "Score" s
       JOIN "Scorecard" c ON c."id" = s."scorecardId" JOIN "User" u ON u."id" = c."interviewerId"
       JOIN "SessionQuestion" sq ON sq."id" = s."sessionQuestionId"
       WHERE c."sessionId" = $1 AND s."rating" IS NOT NULL ORDER BY u."email", sq."position"`,
      [sessionId],
    );
    expect(scores.map(({ interviewer, rating, notes }) => ({ interviewer, rating, notes }))).toEqual([
      { interviewer: DEMO.admin.email, rating: 1, notes: "Ada's private note" },
      { interviewer: DEMO.admin.email, rating: 2, notes: "Ada, carried on from server 1" },
      { interviewer: DEMO.interviewer.email, rating: 4, notes: "Ian's private note" },
    ]);
    await ian.context().close();
    await ada.context().close();
  });
});
