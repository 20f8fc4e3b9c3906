import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { E2E_NEXTAUTH_SECRET } from "./auth-secret";
import { createAccount } from "./database";
import { expectNoSeriousAxeViolations, fillSignIn, signInAlert, signInAs, uniqueEmail } from "./helpers";

const PASSWORD = "the-right-password-1";

async function newAccount(prefix: string) {
  const email = uniqueEmail(prefix);
  const user = await createAccount({ email, name: `${prefix} person`, password: PASSWORD, role: "CANDIDATE" });
  return { email, id: user.id };
}

async function wrongPasswords(page: Page, email: string, count: number) {
  await page.goto("/sign-in");
  for (let attempt = 1; attempt <= count; attempt += 1) {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(`wrong-password-${attempt}`);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(signInAlert(page)).toHaveText("Email or password is incorrect.");
    await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeEnabled();
  }
}

async function rightPassword(page: Page, email: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

test.describe("sign-in throttling, through the real sign-in form", () => {
  test("five wrong passwords still let the right one in", async ({ page }) => {
    const { email } = await newAccount("five-wrong");
    await wrongPasswords(page, email, 5);
    await rightPassword(page, email);
    await expect(page).toHaveURL(/\/bank/);
  });

  test("after the sixth wrong password even the right one is refused, with a clear message", async ({ page }) => {
    const { email } = await newAccount("six-wrong");
    await wrongPasswords(page, email, 6);
    await rightPassword(page, email);
    await expect(signInAlert(page)).toHaveText("Too many failed attempts. Wait a few minutes, then try again.");
    await expect(page).toHaveURL(/\/sign-in/);
    const response = await page.goto("/account");
    expect(response?.url()).toMatch(/\/sign-in/);
  });
});

/** The session cookie's name, as the server set it for a real sign-in. */
async function sessionCookie(context: BrowserContext) {
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  if (!cookie) throw new Error("No session cookie after signing in");
  return cookie;
}

test.describe("session tokens", () => {
  test("a sign-in lasts 12 hours", async ({ page, context }) => {
    const { email } = await newAccount("twelve-hours");
    await fillSignIn(page, email, PASSWORD);
    await expect(page).toHaveURL(/\/bank/);
    const hoursLeft = ((await sessionCookie(context)).expires * 1000 - Date.now()) / 3_600_000;
    expect(hoursLeft).toBeGreaterThan(11.9);
    expect(hoursLeft).toBeLessThanOrEqual(12);
  });

  test("expired, forged, tampered and revoked tokens are refused; a well-made one is accepted", async ({ page, context, baseURL }) => {
    const { email, id } = await newAccount("tokens");
    await fillSignIn(page, email, PASSWORD);
    await expect(page).toHaveURL(/\/bank/);
    const real = await sessionCookie(context);

    const claims = { sub: id, email, name: "tokens person", sessionVersion: 0 };
    const cases: Record<string, string> = {
      "well-made, valid for an hour": await encode({ token: claims, secret: E2E_NEXTAUTH_SECRET, maxAge: 3600 }),
      "expired an hour ago": await encode({ token: claims, secret: E2E_NEXTAUTH_SECRET, maxAge: -3600 }),
      "signed with another secret": await encode({ token: claims, secret: "a-guessed-secret", maxAge: 3600 }),
      "from before a sign-out everywhere": await encode({ token: { ...claims, sessionVersion: -1 }, secret: E2E_NEXTAUTH_SECRET, maxAge: 3600 }),
      "the real cookie, one character changed": `${real.value.slice(0, -5)}${real.value.at(-5) === "A" ? "B" : "A"}${real.value.slice(-4)}`,
    };
    const outcomes: Record<string, string> = {};
    for (const [name, token] of Object.entries(cases)) {
      await context.clearCookies();
      await context.addCookies([{ name: real.name, value: token, url: baseURL! }]);
      const response = await page.request.get("/account", { maxRedirects: 0 });
      outcomes[name] = response.status() === 200 ? "signed in" : `${response.status()} ${response.headers()["location"] ?? ""}`;
    }
    expect(outcomes).toEqual({
      "well-made, valid for an hour": "signed in",
      "expired an hour ago": "307 /sign-in",
      "signed with another secret": "307 /sign-in",
      "from before a sign-out everywhere": "307 /sign-in",
      "the real cookie, one character changed": "307 /sign-in",
    });
  });
});

test.describe("sign out everywhere", () => {
  test("signing out everywhere in one browser signs the other out at its next request, and is audited", async ({ browser, page }) => {
    const { email } = await newAccount("everywhere");
    const laptop = await browser.newContext();
    const phone = await browser.newContext();
    try {
      const laptopPage = await laptop.newPage();
      const phonePage = await phone.newPage();
      for (const signedIn of [laptopPage, phonePage]) {
        await fillSignIn(signedIn, email, PASSWORD);
        await expect(signedIn).toHaveURL(/\/bank/);
      }

      await laptopPage.getByTestId("current-user").click();
      await expect(laptopPage.getByRole("heading", { name: "Your account" })).toBeVisible();
      await expectNoSeriousAxeViolations(laptopPage);
      await laptopPage.screenshot({ path: "test-results/account.png", fullPage: true });
      await laptopPage.getByRole("button", { name: "Sign out everywhere" }).click();
      await expect(laptopPage).toHaveURL(/\/sign-in\?signedOut=everywhere/);
      await expect(laptopPage.getByRole("status")).toHaveText("You are signed out on every browser and device.");

      // The phone's cookie is still there, but its token was issued before the sign-out.
      await phonePage.goto("/practice/progress");
      await expect(phonePage).toHaveURL(/\/sign-in/);
      await expect(phonePage.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();

      // Signing in again works, with a new token.
      await fillSignIn(phonePage, email, PASSWORD);
      await expect(phonePage).toHaveURL(/\/bank/);
    } finally {
      await laptop.close();
      await phone.close();
    }

    await signInAs(page, "admin");
    await page.goto(`/admin/audit?action=user.sign-out-everywhere`);
    await expect(page.getByTestId("audit-event").filter({ hasText: email })).toContainText(`Every session of ${email} ended`);
  });
});
