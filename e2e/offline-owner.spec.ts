// The live scoring page's offline copy (public/sw.js) belongs to the panelist it was made for.
// When their session ends elsewhere and someone else signs in on the same browser profile, that
// person, offline, must not be shown the first panelist's notes.
import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO_PASSWORD } from "../lib/users/create-user";
import { createAccount } from "./database";
import { fillSignIn, uniqueEmail } from "./helpers";
import { startedInterview } from "./interview-helpers";
import { ec2, notes, openScoring, saveStatus, unique } from "./scoring-helpers";

const hasCopy = (page: Page, path: string) => page.evaluate(async (p) => Boolean(await caches.match(p)), path);

async function newRecruiter(name: string) {
  const email = uniqueEmail(name.toLowerCase().replace(/\W+/g, "-"));
  // Own accounts: "sign out everywhere" must not end the demo sessions other tests share.
  await createAccount({ email, name, password: DEMO_PASSWORD, role: "RECRUITER" });
  return email;
}

test("after a sign-out everywhere, the next person on that browser sees no earlier panelist's notes offline", async ({ browser }) => {
  test.setTimeout(180_000);
  const [alex, blair] = await Promise.all([newRecruiter("Alex Panelist"), newRecruiter("Blair Next")]);
  const shared = await browser.newContext();
  const page = await shared.newPage();
  await fillSignIn(page, alex, DEMO_PASSWORD);
  await expect(page).toHaveURL(/:\d+\/$/);
  const interview = await startedInterview(page, { candidate: unique("Offline owner"), panel: [], fromSet: ec2.title });
  const scoring = `${interview}/score`;
  await openScoring(page, scoring);
  await notes(page).fill("Alex's private note");
  await expect(saveStatus(page)).toHaveAttribute("data-status", "saved");
  // The page is kept for offline use: the test can fail.
  await expect.poll(() => hasCopy(page, scoring), { timeout: 30_000 }).toBe(true);

  // Alex ends every session from another browser; this one is not told.
  const elsewhere = await browser.newContext();
  const laptop = await elsewhere.newPage();
  await fillSignIn(laptop, alex, DEMO_PASSWORD);
  await expect(laptop).toHaveURL(/:\d+\/$/);
  await laptop.goto("/account");
  await laptop.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(laptop).toHaveURL(/\/sign-in\?signedOut=everywhere/);
  await elsewhere.close();

  // Blair signs in on the shared browser, then loses the network.
  await fillSignIn(page, blair, DEMO_PASSWORD);
  await expect(page).toHaveURL(/:\d+\/$/);
  await expect(page.getByTestId("current-user")).toBeVisible();
  // Pages tell the worker who is signed in after they load; give this one a moment, as a person would.
  await page.getByRole("link", { name: "Practice" }).first().click();
  await expect(page).toHaveURL(/\/practice/);
  await shared.setOffline(true);
  // Offline, the scoring address gives a network error, never Alex's page.
  await page.goto(scoring).catch(() => undefined);
  // Read again while Chromium is still putting up its error page (the page "is navigating").
  await expect(async () => expect(await page.content()).not.toContain("Alex's private note")).toPass();
  await shared.setOffline(false);
  await page.goto("/practice");
  // Not merely unserved: deleted.
  expect(await hasCopy(page, scoring)).toBe(false);
  await shared.close();
});

test("an offline copy is served to the user it was made for", async ({ browser }) => {
  test.setTimeout(120_000);
  const alex = await newRecruiter("Alex Offline");
  const context = await browser.newContext();
  const page = await context.newPage();
  await fillSignIn(page, alex, DEMO_PASSWORD);
  await expect(page).toHaveURL(/:\d+\/$/);
  const interview = await startedInterview(page, { candidate: unique("Own copy"), panel: [], fromSet: ec2.title });
  await openScoring(page, `${interview}/score`);
  await notes(page).fill("Mine, offline too");
  await expect(saveStatus(page)).toHaveAttribute("data-status", "saved");
  await expect.poll(() => hasCopy(page, `${interview}/score`), { timeout: 30_000 }).toBe(true);
  // Visiting other pages (each tells the worker who is signed in) keeps the owner's copy.
  await page.goto("/bank");
  await expect(page.getByTestId("current-user")).toBeVisible();
  await context.setOffline(true);
  await page.goto(`${interview}/score`);
  await expect(notes(page)).toHaveValue("Mine, offline too");
  await context.close();
});

test("an autosave answered 401 (the session ended elsewhere) drops the offline copy at once", async ({ browser }) => {
  test.setTimeout(150_000);
  const alex = await newRecruiter("Alex Revoked");
  const context = await browser.newContext();
  const page = await context.newPage();
  await fillSignIn(page, alex, DEMO_PASSWORD);
  await expect(page).toHaveURL(/:\d+\/$/);
  const interview = await startedInterview(page, { candidate: unique("Revoked"), panel: [], fromSet: ec2.title });
  const scoring = `${interview}/score`;
  await openScoring(page, scoring);
  await notes(page).fill("Before the sign-out elsewhere");
  await expect(saveStatus(page)).toHaveAttribute("data-status", "saved");
  await expect.poll(() => hasCopy(page, scoring), { timeout: 30_000 }).toBe(true);

  const elsewhere = await browser.newContext();
  const laptop = await elsewhere.newPage();
  await fillSignIn(laptop, alex, DEMO_PASSWORD);
  await expect(laptop).toHaveURL(/:\d+\/$/);
  await laptop.goto("/account");
  await laptop.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(laptop).toHaveURL(/\/sign-in\?signedOut=everywhere/);
  await elsewhere.close();

  // No navigation on this tab: only the autosave learns the session is gone.
  await notes(page).fill("Typed after the sign-out elsewhere");
  await expect(saveStatus(page)).toHaveAttribute("data-status", "signed-out");
  await expect.poll(() => hasCopy(page, scoring)).toBe(false);
  await context.close();
});
