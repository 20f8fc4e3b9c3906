// A save the server refuses never strands work silently: the badge says why and what to do, the
// edits stay on the device (a reload still has them), and they can be copied or downloaded.
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO_PASSWORD } from "../lib/users/create-user";
import { createAccount } from "./database";
import { expectNoSeriousAxeViolations, fillSignIn, signInAs, uniqueEmail } from "./helpers";
import { startedInterview } from "./interview-helpers";
import { asked, ec2, notes, openScoring, routeAutosave, saveStatus, unique, unrouteAutosave } from "./scoring-helpers";

/** What refuseCrossSite answers when the page's address is not one the server accepts. */
const crossSite = { status: "rejected", reason: "cross-site", acceptedOrigin: "https://interviews.example.com", message: "Cross-site request refused." };

/** Every localStorage value whose key starts with `prefix`, concatenated. */
const stored = (page: Page, prefix: string) =>
  page.evaluate(
    (start) =>
      Object.keys(localStorage)
        .filter((key) => key.startsWith(start))
        .map((key) => localStorage.getItem(key))
        .join("\n"),
    prefix,
  );

async function downloaded(page: Page, button: string) {
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: button }).click();
  const file = await download;
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), "utf8") };
}

test("live scoring: a refused save says where to go, keeps the edits through a reload, and hands them over", async ({ page, context, signedIn }) => {
  test.setTimeout(120_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signInAs(page, "recruiter");
  const title = unique("Refused");
  const interview = await startedInterview(page, { candidate: title, panel: [], fromSet: ec2.title });
  await openScoring(page, `${interview}/score`);
  await expect(saveStatus(page)).toHaveAttribute("data-status", "saved");

  await routeAutosave(page, (route) => route.fulfill({ status: 403, contentType: "application/json", body: JSON.stringify(crossSite) }));
  await page.keyboard.press("3");
  await notes(page).fill("Said the refusal must not lose this");
  await expect(saveStatus(page)).toHaveAttribute("data-status", "error");
  await expect(saveStatus(page)).toHaveText("Not saved");
  const origin = new URL(page.url()).origin;
  await expect(page.getByTestId("save-message")).toHaveText(
    `Not saved: this page was opened at an address the server does not accept (${origin}). Open it at https://interviews.example.com instead. Copy or download your edits here first: this browser keeps them separately for each address.`,
  );

  // Kept on the device: in storage, and back after a reload (the server still refusing).
  expect(await stored(page, "interview-bank:autosave:")).toContain("Said the refusal must not lose this");
  await page.reload();
  await expect(notes(page)).toHaveValue("Said the refusal must not lose this");
  await expect(saveStatus(page)).toHaveAttribute("data-status", "error");
  expect(await stored(page, "interview-bank:autosave:")).toContain("Said the refusal must not lose this");

  const file = await downloaded(page, "Download edits");
  expect(file.name).toMatch(/-scorecard-edits\.md$/);
  expect(file.text).toContain(`## 1. ${asked[0]!.title} (not saved)`);
  expect(file.text).toContain("Rating: 3 of 4");
  expect(file.text).toContain("```text\nSaid the refusal must not lose this\n```");

  await page.getByRole("button", { name: "Copy edits" }).click();
  await expect(page.getByText("Your edits are on the clipboard.")).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("Said the refusal must not lose this");

  // Once the server accepts again, the kept edits are sent with the next change or reload.
  await unrouteAutosave(page);
  await page.reload();
  await expect(saveStatus(page)).toHaveAttribute("data-status", "saved");
  const other = await signedIn("recruiter");
  await openScoring(other, `${interview}/score`);
  await expect(notes(other)).toHaveValue("Said the refusal must not lose this");
});

test("practice: a refused grade says the server's reason, stays on the device, and can be downloaded", async ({ page }) => {
  const email = uniqueEmail("refused-grade");
  await createAccount({ email, name: "Rae Refused", password: DEMO_PASSWORD, role: "CANDIDATE" });
  await fillSignIn(page, email, DEMO_PASSWORD);
  await expect(page.getByTestId("current-user")).toBeVisible();
  await page.goto("/practice/run?count=1");
  await expect(page).toHaveURL(/ids=/);
  const question = (await page.locator("#practice-question-title").textContent())!;

  await page.route("**/api/practice/reviews", (route) =>
    route.fulfill({ status: 400, contentType: "application/json", body: JSON.stringify({ status: "rejected", message: "Use at most 20000 characters." }) }),
  );
  await page.getByLabel(/Your answer/).fill("An answer the server turned down");
  await page.getByRole("button", { name: "Reveal the model answer" }).click();
  await page.getByRole("button", { name: /^3 · Good/ }).click();
  await expect(saveStatus(page)).toHaveAttribute("data-status", "error");
  await expect(page.getByTestId("save-message")).toHaveText("Not saved: Use at most 20000 characters. Your grades are kept on this device: copy or download them from here.");

  await page.reload();
  await expect(saveStatus(page)).toHaveAttribute("data-status", "error");
  expect(await stored(page, "interview-bank:practice:outbox:")).toContain("An answer the server turned down");
  const file = await downloaded(page, "Download grades");
  expect(file.name).toBe("practice-grades.md");
  expect(file.text).toContain(`## 1. ${question}`);
  expect(file.text).toContain("Grade: 3 · Good");
  expect(file.text).toContain("```text\nAn answer the server turned down\n```");

  await page.unroute("**/api/practice/reviews");
  await page.reload();
  await expect.poll(() => stored(page, "interview-bank:practice:outbox:")).toBe("");
  await expect(saveStatus(page)).toHaveAttribute("data-status", "saved");
});
