import { DEMO, expectNoSeriousAxeViolations, signInAs } from "./helpers";
import { expect, test } from "./fixtures";
import { startedInterview } from "./interview-helpers";
import { asked, choose, ec2, notes, openLiveScoring, panelStatuses, questionNav as nav, saveStatus, submitScorecard, unique } from "./scoring-helpers";

// Outages mid-interview: the network and the app server in e2e/faults-network.spec.ts, the database in e2e/faults-database.spec.ts.
test.use({ signedInAs: "recruiter" });

test("a hiring manager prepares and runs a whole interview, and submits the scorecard, without the mouse", async ({ page }) => {
  test.setTimeout(240_000);
  const candidate = unique("Keyboard");

  // Preparing without the mouse: focus moves as with Tab; forms are sent with Enter.
  await page.goto("/candidates/new");
  await page.getByLabel("Name").focus();
  await page.keyboard.type(candidate);
  await page.keyboard.press("Enter");
  await expect(page.getByText("Candidate added.")).toBeVisible();
  await page.getByRole("link", { name: "New interview" }).focus();
  await page.keyboard.press("Enter");
  // A native select chosen without the mouse (headless Chromium ignores arrow keys on a closed select).
  const startFrom = page.getByLabel("Start from");
  await startFrom.focus();
  await startFrom.selectOption("set:ec2");
  await expect(startFrom).toHaveValue("set:ec2");
  await page.getByLabel("Title").focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/interviews\/(?!new)[^/?]+$/);
  const interview = new URL(page.url()).pathname;
  await page.getByRole("button", { name: `Move “${asked[1]!.title}” up` }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("list", { name: "Interview questions" }).getByRole("listitem").first()).toContainText(asked[1]!.title);
  await page.getByRole("button", { name: "Start the interview" }).focus();
  await page.keyboard.press("Enter");
  // Focus moves to the confirmation.
  await expect(page.getByRole("button", { name: "Yes, start the interview" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.getByRole("link", { name: "Open live scoring" }).focus();
  await page.keyboard.press("Enter");
  const order = [asked[1]!, asked[0]!, ...asked.slice(2)];
  await expect(page).toHaveURL(/\/score/);
  await expect(page.getByRole("heading", { name: order[0]!.title })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);

  for (const [index, question] of order.entries()) {
    await expect(page.getByRole("heading", { name: question.title })).toBeVisible();
    await page.keyboard.press("3");
    await page.keyboard.press("n");
    await expect(notes(page)).toBeFocused();
    await page.keyboard.type(`Note ${index + 1}: jot`);
    await page.keyboard.press("Escape");
    await expect(notes(page)).not.toBeFocused();
    await page.keyboard.press(index % 2 === 0 ? "j" : "ArrowDown");
  }
  await expect(page.getByRole("heading", { name: "Submit your scorecard" })).toBeFocused();
  await expect(nav(page)).toContainText(`${order.length} of ${order.length} rated`);
  await expect(page.getByTestId("composite")).toContainText("Composite score: 3.00");

  // k goes back, and what was typed there is still there.
  await page.keyboard.press("k");
  await expect(notes(page)).toHaveValue(`Note ${order.length}: jot`);
  await page.keyboard.press("j");

  await page.keyboard.press("Tab"); // into the recommendation radio group
  await page.keyboard.press("ArrowRight"); // No
  await page.keyboard.press("ArrowRight"); // Yes
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Summary")).toBeFocused();
  await page.keyboard.type("Consistent and clear across EC2 topics.");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Submit scorecard" })).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { name: /^Your scorecard/ })).toBeVisible();
  const scorecard = page.getByRole("article", { name: `Scorecard of ${DEMO.recruiter.name}` });
  await expect(scorecard).toContainText("Yes");
  await expect(scorecard).toContainText("composite 3.00");
  await expect(scorecard).toContainText(`Note ${order.length}: jot`);
  await expect(scorecard).toContainText(/Submitted .* by Rita Recruiter/);

  await page.goto(interview);
  await expect(page.getByRole("list", { name: "Scorecard status of each panel member" })).toContainText("Submitted");
  await expect(page.getByText("Completed", { exact: true })).toBeVisible();
});

test("reopening a submitted scorecard asks why and records it", async ({ page }) => {
  const interview = await startedInterview(page, { candidate: unique("Reopen"), panel: [], fromSet: ec2.title });
  await openLiveScoring(page, interview);
  await page.keyboard.press("2");
  await nav(page).getByRole("button", { name: "Summary and submit" }).click();
  await choose(page, "No");
  await page.getByLabel("Summary").fill("Not enough depth yet.");
  await page.getByRole("button", { name: "Submit scorecard" }).click();
  await expect(page.getByRole("heading", { name: /^Your scorecard/ })).toBeVisible();

  await page.getByRole("button", { name: "Reopen scorecard" }).click();
  await expect(page.getByText("Say why the scorecard is reopened.")).toBeVisible();
  await page.getByLabel("Reason for reopening").fill("Forgot the follow-up answer");
  await page.getByRole("button", { name: "Reopen scorecard" }).click();
  await expect(saveStatus(page)).toBeVisible();
  await expect(nav(page)).toContainText("1 of");

  await page.goto(interview);
  await expect(page.getByRole("list", { name: "Scorecard status of each panel member" })).toContainText("In progress");
});

test("a panel scores independently: nobody sees another's scores until they submit their own", async ({ page, signedIn }) => {
  test.setTimeout(180_000);
  const interview = await startedInterview(page, {
    candidate: unique("Panel"),
    panel: [DEMO.interviewer.name, DEMO.admin.name],
    uncheck: [DEMO.recruiter.name],
    fromSet: ec2.title,
  });

  const [ian, ada] = await Promise.all([signedIn("interviewer"), signedIn("admin")]);

  await openLiveScoring(ian, interview);
  const ianAutosave = ian.waitForRequest((request) => request.url().includes("/autosave"));
  await ian.keyboard.press("4");
  const ianScorecardUrl = (await ianAutosave).url();
  await notes(ian).fill("Ian's private note");
  await expect(saveStatus(ian)).toHaveAttribute("data-status", "saved");

  await openLiveScoring(ada, interview);
  await ada.keyboard.press("1");
  await notes(ada).fill("Ada's private note");
  await expect(saveStatus(ada)).toHaveAttribute("data-status", "saved");

  // Ada cannot write to Ian's scorecard, even with its id.
  const forged = await ada.request.post(ianScorecardUrl, {
    data: {
      target: "question",
      sessionQuestionId: "x",
      writeId: "forged-write-1",
      baseRevision: 0,
      value: { rating: 1, notes: "", keyPointsCovered: [], redFlagsRaised: [], elapsedSeconds: 0 },
    },
  });
  expect(forged.status()).toBe(404);

  await ada.goto(interview);
  await expect(panelStatuses(ada)).toContainText(`${DEMO.interviewer.name}In progress`);
  await expect(ada.getByText("Ian's private note")).toHaveCount(0);

  // Ian submits. Ada, who has not, still sees nothing of his.
  await submitScorecard(ian, interview, "Strong yes", "Ian: hire");
  await ian.goto(interview);
  await expect(ian.getByText("Ada's private note")).toHaveCount(0);

  await ada.reload();
  await expect(panelStatuses(ada)).toContainText(`${DEMO.interviewer.name}Submitted`);
  await expect(ada.getByText("Ian's private note")).toHaveCount(0);
  await expect(ada.getByText("Ian: hire")).toHaveCount(0);

  // The recruiter is not on the panel: she sees Ian's submitted scorecard, never Ada's draft.
  await page.goto(interview);
  await expect(page.getByText("Ian's private note")).toBeVisible();
  await expect(page.getByText("Ada's private note")).toHaveCount(0);
  expect((await page.goto(`${interview}/score`))?.status()).toBe(404);

  // Ada recommends "strong yes" over a composite of 1.00: she must say why.
  await ada.goto(`${interview}/score?q=${asked.length + 1}`);
  await choose(ada, "Strong yes");
  await ada.getByLabel("Summary").fill("Ada: hire anyway");
  await expect(ada.getByLabel("Why does your recommendation differ from the composite?")).toBeVisible();
  await ada.getByRole("button", { name: "Submit scorecard" }).click();
  await expect(ada.getByText(/The composite is 1.00/)).toBeVisible();
  await ada.getByLabel("Why does your recommendation differ from the composite?").fill("Rated harshly on one question only");
  await ada.getByRole("button", { name: "Submit scorecard" }).click();
  await expect(ada.getByRole("heading", { name: /^Your scorecard/ })).toBeVisible();

  await ada.goto(interview);
  await expect(ada.getByText("Ian's private note")).toBeVisible();
  await expect(ada.getByText("Rated harshly on one question only")).toBeVisible();
  await ian.reload();
  await expect(ian.getByText("Ada's private note")).toBeVisible();
  await expectNoSeriousAxeViolations(ian);
});

test("candidates and people off the panel cannot reach live scoring", async ({ page, signedIn }) => {
  const interview = await startedInterview(await signedIn("recruiter"), { candidate: unique("Private"), panel: [], fromSet: ec2.title });

  expect((await signInAs(page, "interviewer", `${interview}/score`))?.status()).toBe(404);
  expect((await page.goto(interview))?.status()).toBe(404);
  expect((await signInAs(page, "candidate", `${interview}/score`))?.status()).toBe(404);
  const forged = { target: "summary", writeId: "forged-by-a-candidate", baseRevision: 0, value: { summary: "x", recommendation: "STRONG_YES" } };
  expect((await page.request.post("/api/scorecards/anything/autosave", { data: forged })).status()).toBe(404);
});
