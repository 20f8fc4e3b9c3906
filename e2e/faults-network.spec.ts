// The network failing between the browser and the app, and what it must not lose: offline while
// signing in, mid-interview (typing goes on, a reload works) and mid-practice, and the app server
// restarting under a live interview (its port closed, so the page is offline too).
// The database failing, and the app answering 503 meanwhile: e2e/faults-database.spec.ts.
import { appServer, e2ePort } from "./app-server";
import { expect, test } from "./fixtures";
import { DEMO, signInAlert } from "./helpers";
import { startedInterview } from "./interview-helpers";
import { answerWithMouse, signUp } from "./practice-helpers";
import { asked, ec2, notes, openLiveScoring, saveStatus, unique } from "./scoring-helpers";

test("losing the network while signing in says so and keeps what was typed", async ({ page, context }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(DEMO.recruiter.email);
  await page.getByLabel("Password").fill("interview-demo");
  await context.setOffline(true);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(signInAlert(page)).toContainText(/connection|try again/i);
  await expect(page.getByLabel("Email")).toHaveValue(DEMO.recruiter.email);
  await context.setOffline(false);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/:\d+\/$/);
});

test.describe("mid-interview, on the shared server", () => {
  test.use({ signedInAs: "recruiter" });

  test("losing the network mid-interview loses nothing: typing goes on, a reload keeps it, and it is saved once back", async ({ page, context, signedIn }) => {
    test.setTimeout(120_000);
    const interview = await startedInterview(page, { candidate: unique("Offline"), panel: [], fromSet: ec2.title });
    await openLiveScoring(page, interview);

    await page.keyboard.press("3");
    await expect(saveStatus(page)).toHaveAttribute("data-status", "saved");
    // The page registers a service worker that keeps a copy of it for offline reloads.
    await expect.poll(() => page.evaluate(async () => Boolean(await caches.match(location.pathname))), { timeout: 30_000 }).toBe(true);

    await context.setOffline(true);
    await page.keyboard.press("j");
    await page.keyboard.press("2");
    await page.keyboard.press("n");
    await page.keyboard.type("Typed while offline: mentioned placement groups");
    await page.keyboard.press("Escape");
    await expect(saveStatus(page)).toHaveAttribute("data-status", "offline");
    await expect(saveStatus(page)).toHaveText("Offline: kept on this device");

    // Reloaded while still offline: the service worker serves the page, the edits come back from
    // this device's storage, and once the network is back they are saved.
    await page.reload();
    await expect(page.getByRole("heading", { name: asked[1]!.title })).toBeVisible();
    await expect(notes(page)).toHaveValue("Typed while offline: mentioned placement groups");
    await page.keyboard.press("n");
    await page.keyboard.type(", and spread");
    await expect(saveStatus(page)).toHaveAttribute("data-status", "offline");
    await context.setOffline(false);
    await expect(saveStatus(page)).toHaveAttribute("data-status", "saved");

    // A fresh browser (nothing stored locally) sees it all: it is on the server.
    const other = await signedIn("recruiter");
    await other.goto(`${interview}/score?q=2`);
    await expect(other.getByRole("textbox", { name: /^Notes/ })).toHaveValue("Typed while offline: mentioned placement groups, and spread");
    await expect(other.getByRole("radio", { name: /^2:/ })).toBeChecked();
    await expect(other.getByRole("navigation", { name: "Questions to score" })).toContainText("2 of");
  });

  test("the server restarting mid-interview loses nothing typed meanwhile", async ({ page }) => {
    test.setTimeout(180_000);
    const interview = await startedInterview(page, { candidate: unique("Restart"), panel: [], fromSet: ec2.title });
    const server = appServer(Number(process.env.E2E_RESTART_PORT ?? e2ePort(7)));
    await server.start();
    try {
      await page.goto(`${server.url}${interview}/score`);
      await expect(saveStatus(page)).toHaveAttribute("data-status", "saved");
      await page.keyboard.press("2");
      await expect(saveStatus(page)).toHaveAttribute("data-status", "saved");

      await server.stop();
      await page.keyboard.press("n");
      await page.keyboard.type("Typed while the server was down");
      await page.keyboard.press("Escape");
      await page.keyboard.press("4");
      await expect(saveStatus(page)).toHaveAttribute("data-status", "offline");

      await server.start();
      await expect(saveStatus(page)).toHaveAttribute("data-status", "saved", { timeout: 45_000 });
      await page.reload();
      await expect(notes(page)).toHaveValue("Typed while the server was down");
      await expect(page.getByRole("radio", { name: /^4:/ })).toBeChecked();
    } finally {
      await server.stop();
    }
  });
});

test.describe("mid-practice, on the shared server", () => {
  test("grades made offline are kept and saved when the connection is back", async ({ page, context }) => {
    await signUp(page);
    await expect(page).toHaveURL(/:\d+\/$/);
    await page.goto("/practice/run?count=1");
    await expect(page).toHaveURL(/ids=/);
    await context.setOffline(true);
    await answerWithMouse(page, "Good");
    await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "offline");
    await context.setOffline(false);
    await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "saved", { timeout: 30_000 });
    await page.goto("/practice/progress");
    await expect(page.getByTestId("stat-questions-seen")).toHaveText(/^1 of \d+$/);
  });
});
