// A user's own account and data, as a person uses them: changing the password ends the other
// browser's session and keeps this one; the download holds every review (counted in the
// database); deleting the account leaves no row, in any table, that names them; a guest clears
// the practice history kept in their browser.
import { readFile } from "node:fs/promises";
import { type Browser, type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { parse } from "csv-parse/sync";
import { strFromU8, unzipSync } from "fflate";
import { decode } from "next-auth/jwt";
import { GUEST_HISTORY_KEY } from "../lib/practice/outbox";
import { recordReviews } from "../lib/practice/reviews";
import { reviewInputSchema } from "../lib/practice/schema";
import { whereTextIsStored } from "../tests/personal-data-scan";
import { E2E_NEXTAUTH_SECRET } from "./auth-secret";
import { createAccount, withDatabase } from "./database";
import { expectNoSeriousAxeViolations, fillSignIn, signInAlert, uniqueEmail } from "./helpers";

const PASSWORD = "first-password-123";

async function newAccount(prefix: string, name: string) {
  const email = uniqueEmail(prefix);
  const user = await createAccount({ email, name, password: PASSWORD, role: "CANDIDATE" });
  return { email, name, id: user.id };
}

async function signedInBrowser(browser: Browser, email: string, password = PASSWORD) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await fillSignIn(page, email, password);
  // Signed in: the home page (a candidate's is their practice), not the sign-in form again.
  await expect(page).toHaveURL(/\/$/);
  return { context, page };
}

/** `count` reviews of practice questions, stored as the browser would send them. */
async function practise(userId: string, count: number) {
  return withDatabase(async (db) => {
    const questions = await db.question.findMany({
      where: { audience: { in: ["PRACTICE", "BOTH"] }, archived: false, set: { audience: { in: ["PRACTICE", "BOTH"] } } },
      take: 5,
      orderBy: { id: "asc" },
      select: { id: true },
    });
    const reviews = Array.from({ length: count }, (_, i) =>
      reviewInputSchema.parse({
        id: crypto.randomUUID(),
        questionId: questions[i % questions.length]!.id,
        grade: (i % 4) + 1,
        reviewedAt: new Date(Date.now() - (count - i) * 3_600_000).toISOString(),
        answer: `answer ${i}, with "quotes"\nand a second line`,
      }),
    );
    // A few at a time: one batch replays each question's whole history in one transaction.
    for (let start = 0; start < reviews.length; start += 5) await recordReviews(db, userId, reviews.slice(start, start + 5));
    return db.reviewLog.count({ where: { userId } });
  });
}

const sessionsList = (page: Page) => page.getByRole("list", { name: "Signed-in sessions" }).getByTestId("session");

test.describe("password and sessions", () => {
  test("changing the password signs the other browser out, keeps this one, and only the new password works", async ({ browser }) => {
    const { email } = await newAccount("password", "Paz Password");
    const laptop = await signedInBrowser(browser, email);
    const phone = await signedInBrowser(browser, email);
    try {
      await laptop.page.goto("/account");
      await expect(sessionsList(laptop.page)).toHaveCount(2);
      await expect(sessionsList(laptop.page).filter({ hasText: "This browser" })).toHaveCount(1);
      await expect(sessionsList(laptop.page).first()).toContainText(/^Chrome \d+ on \w+/);

      await laptop.page.getByLabel("Current password").fill("not-my-password");
      await laptop.page.getByLabel("New password (at least 10 characters)").fill("second-password-456");
      await laptop.page.getByLabel("New password again").fill("second-password-456");
      await laptop.page.getByRole("button", { name: "Change password" }).click();
      await expect(laptop.page.getByText("That is not your current password.")).toBeVisible();
      // The typed values stay for a correction.
      await expect(laptop.page.getByLabel("New password again")).toHaveValue("second-password-456");

      await laptop.page.getByLabel("Current password").fill(PASSWORD);
      await laptop.page.getByRole("button", { name: "Change password" }).click();
      await expect(laptop.page.getByRole("status").filter({ hasText: "Password changed." })).toHaveText(
        "Password changed. 1 other session was signed out; this one stays signed in.",
      );

      // The phone's next request finds its session gone.
      expect(await (await phone.page.request.get("/api/auth/session")).json()).toEqual({});
      await phone.page.goto("/account");
      await expect(phone.page).toHaveURL(/\/sign-in/);

      // The laptop is still signed in, on a fresh page too, and sees one session: its own.
      await laptop.page.goto("/account");
      await expect(laptop.page.getByRole("heading", { name: "Your account" })).toBeVisible();
      await expect(sessionsList(laptop.page)).toHaveCount(1);
      expect(await (await laptop.page.request.get("/api/auth/session")).json()).toMatchObject({ user: { email } });
      // The laptop's cookie was re-issued (by that session read) with the new session version.
      const cookie = (await laptop.context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"))!;
      expect(await decode({ token: cookie.value, secret: E2E_NEXTAUTH_SECRET })).toMatchObject({ sessionVersion: 1 });

      await fillSignIn(phone.page, email, PASSWORD);
      await expect(signInAlert(phone.page)).toHaveText("Email or password is incorrect.");
      await fillSignIn(phone.page, email, "second-password-456");
      await expect(phone.page).toHaveURL(/\/$/);

      // The laptop ends the phone's new session from its list.
      await laptop.page.reload();
      await expect(sessionsList(laptop.page)).toHaveCount(2);
      await sessionsList(laptop.page)
        .filter({ hasNotText: "This browser" })
        .getByRole("button", { name: /^Sign out / })
        .click();
      await expect(sessionsList(laptop.page)).toHaveCount(1);
      await phone.page.goto("/practice/progress");
      await expect(phone.page).toHaveURL(/\/sign-in/);
      await expectNoSeriousAxeViolations(laptop.page);
    } finally {
      await laptop.context.close();
      await phone.context.close();
    }
  });
});

test.describe("your data", () => {
  test("the download holds every review in the database, as JSON and as CSV files in a zip", async ({ browser }) => {
    const person = await newAccount("download", "Dana Download");
    const stored = await practise(person.id, 37);
    expect(stored).toBe(37);
    const { context, page } = await signedInBrowser(browser, person.email);
    try {
      await page.goto("/account");
      const [json] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download as JSON" }).click()]);
      expect(json.suggestedFilename()).toMatch(/^interview-bank-my-data-\d{4}-\d{2}-\d{2}\.json$/);
      const data = JSON.parse(await readFile((await json.path())!, "utf8")) as { account: { email: string }; practiceReviews: { id: string; answer: string }[] };
      expect(data.account.email).toBe(person.email);
      const ids = await withDatabase(async (db) => (await db.reviewLog.findMany({ where: { userId: person.id }, select: { id: true } })).map((row) => row.id).sort());
      expect(data.practiceReviews.map((review) => review.id).sort()).toEqual(ids);

      const [zip] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download as CSV (zip)" }).click()]);
      const files = unzipSync(new Uint8Array(await readFile((await zip.path())!)));
      const rows = parse(strFromU8(files["practice-reviews.csv"]!), { bom: true, columns: true }) as { id: string; answer: string }[];
      expect(rows.map((row) => row.id).sort()).toEqual(ids);
      expect(rows[0]!.answer).toContain("\n");
    } finally {
      await context.close();
    }
  });

  test("deleting the account leaves no row in any table that names the person", async ({ browser }) => {
    const unique = `Quillon${Date.now().toString(36)}`;
    const person = await newAccount("deleted", `Zephyrine ${unique}`);
    await practise(person.id, 12);
    const { context, page } = await signedInBrowser(browser, person.email);
    const other = await signedInBrowser(browser, person.email);
    try {
      await page.goto("/account");
      await page.getByText("I want to delete my account").click();
      await page.getByLabel("Your password, to confirm").fill("wrong-password-1");
      await page.getByRole("button", { name: "Delete my account" }).click();
      await expect(page.getByText("That is not your password.")).toBeVisible();
      await page.getByLabel("Your password, to confirm").fill(PASSWORD);
      await page.getByRole("button", { name: "Delete my account" }).click();
      await expect(page).toHaveURL(/\/sign-in\?signedOut=deleted/);
      await expect(page.getByRole("status")).toHaveText("Your account is deleted, with everything that named you.");

      const left = await withDatabase(async (db) => ({ email: await whereTextIsStored(db, person.email), name: await whereTextIsStored(db, unique) }));
      expect(left).toEqual({ email: [], name: [] });
      await other.page.goto("/account");
      await expect(other.page).toHaveURL(/\/sign-in/);
      await fillSignIn(page, person.email, PASSWORD);
      await expect(signInAlert(page)).toHaveText("Email or password is incorrect.");
    } finally {
      await context.close();
      await other.context.close();
    }
  });
});

test.describe("a guest's practice history", () => {
  test("is cleared from this browser with one button", async ({ page }) => {
    await page.goto("/practice");
    await page.evaluate(
      ([key]) => {
        localStorage.setItem(key!, JSON.stringify([{ id: crypto.randomUUID(), questionId: "q", grade: 3, reviewedAt: new Date().toISOString() }]));
        localStorage.setItem("interview-bank:practice:draft:guest:q", JSON.stringify({ answer: "typed", ticked: [], revealed: false }));
        localStorage.setItem("interview-bank:theme", "dark");
      },
      [GUEST_HISTORY_KEY],
    );
    await page.reload();
    await expect(page.getByText("1 graded answer is kept in this browser only.")).toBeVisible();
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Clear local history" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Cleared" })).toBeVisible();
    expect(await page.evaluate(() => Object.keys(localStorage).sort())).toEqual(["interview-bank:theme"]);
    await expect(page.getByText("No practice history is kept in this browser.")).toBeVisible();
  });
});
