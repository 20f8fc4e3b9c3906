import { type BrowserContext, type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { decode, encode } from "next-auth/jwt";
import { E2E_NEXTAUTH_SECRET } from "./auth-secret";
import { createAccount } from "./database";
import { expectNoSeriousAxeViolations, fillSignIn, signInAlert, signInAs, uniqueEmail } from "./helpers";
import { csrf, freshLoopbackAddress, ipv4Url, postCredentials, tally } from "./sign-in-requests";

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

// Every browser here signs in from this machine's loopback address, so all the browser tests share
// that address's allowance (20 failures in 15 minutes, lib/auth/login-throttle.ts): tests that need
// many failures make them over plain HTTP from an address of their own (e2e/sign-in-requests.ts).
test.describe("sign-in throttling, through the real sign-in form", () => {
  test("four wrong passwords still let the right one in", async ({ page }) => {
    const { email } = await newAccount("four-wrong");
    await wrongPasswords(page, email, 4);
    await rightPassword(page, email);
    await expect(page).toHaveURL(/:\d+\/$/);
  });

  test("after the fifth wrong password even the right one is refused, with a clear message", async ({ page }) => {
    const { email } = await newAccount("five-wrong");
    await wrongPasswords(page, email, 5);
    await rightPassword(page, email);
    await expect(signInAlert(page)).toHaveText("Too many failed attempts. Wait a few minutes, then try again.");
    await expect(page).toHaveURL(/\/sign-in/);
    const response = await page.goto("/account");
    expect(response?.url()).toMatch(/\/sign-in/);
  });
});

test.describe("sign-in throttling, attacked by a script", () => {
  test("40 guesses at once, each claiming another X-Forwarded-For, get five password checks and then the lock", async ({ baseURL }) => {
    const origin = ipv4Url(baseURL!);
    const { email } = await newAccount("rotating-xff");
    const from = freshLoopbackAddress();
    const token = await csrf(origin, from);
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        postCredentials(origin, { email, password: `guess-${i}`, from, token, headers: { "X-Forwarded-For": `203.0.113.${i + 1}`, "X-Real-IP": `198.51.100.${i + 1}` } }),
      ),
    );
    // The server believes its socket (TRUSTED_PROXY_HOPS=0): one client, one count.
    expect(tally(outcomes)).toEqual({ CredentialsSignin: 5, TooManyAttempts: 35 });
    expect(await postCredentials(origin, { email, password: PASSWORD, from, token, headers: { "X-Forwarded-For": "192.0.2.77" } })).toBe("TooManyAttempts");

    // The account's owner, elsewhere, is not locked out by the attacker.
    const owner = freshLoopbackAddress();
    expect(await postCredentials(origin, { email, password: PASSWORD, from: owner, token: await csrf(origin, owner) })).toBe("signed in");
  });

  test("20 failures from one address on 20 different emails lock that address out for every email", async ({ baseURL }) => {
    const origin = ipv4Url(baseURL!);
    const { email } = await newAccount("sprayed");
    const sprayer = freshLoopbackAddress();
    const token = await csrf(origin, sprayer);
    const outcomes: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      outcomes.push(await postCredentials(origin, { email: uniqueEmail(`spray-${i}`), password: "Winter2026!", from: sprayer, token }));
    }
    expect(tally(outcomes)).toEqual({ CredentialsSignin: 20 });
    // Even a real account's right password now waits, from that address only.
    expect(await postCredentials(origin, { email, password: PASSWORD, from: sprayer, token })).toBe("TooManyAttempts");
    const colleague = freshLoopbackAddress();
    expect(await postCredentials(origin, { email, password: PASSWORD, from: colleague, token: await csrf(origin, colleague) })).toBe("signed in");
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
    await expect(page).toHaveURL(/:\d+\/$/);
    const hoursLeft = ((await sessionCookie(context)).expires * 1000 - Date.now()) / 3_600_000;
    expect(hoursLeft).toBeGreaterThan(11.9);
    expect(hoursLeft).toBeLessThanOrEqual(12);
  });

  test("expired, forged, tampered and revoked tokens are refused; a well-made one is accepted", async ({ page, context, baseURL }) => {
    const { email, id } = await newAccount("tokens");
    await fillSignIn(page, email, PASSWORD);
    await expect(page).toHaveURL(/:\d+\/$/);
    const real = await sessionCookie(context);

    // A token names its session row (sid): the real sign-in's, read from its cookie.
    const sid = (await decode({ token: real.value, secret: E2E_NEXTAUTH_SECRET }))?.sid;
    expect(sid).toEqual(expect.any(String));
    const claims = { sub: id, email, name: "tokens person", sessionVersion: 0, sid };
    const cases: Record<string, string> = {
      "well-made, valid for an hour": await encode({ token: claims, secret: E2E_NEXTAUTH_SECRET, maxAge: 3600 }),
      "well-made, without a session id (issued before sessions had rows)": await encode({ token: { ...claims, sid: undefined }, secret: E2E_NEXTAUTH_SECRET, maxAge: 3600 }),
      // Ended sessions (signed out, sign out everywhere, a password change elsewhere) lose their row.
      "well-made, naming a session that does not exist": await encode({ token: { ...claims, sid: "no-such-session" }, secret: E2E_NEXTAUTH_SECRET, maxAge: 3600 }),
      "expired an hour ago": await encode({ token: claims, secret: E2E_NEXTAUTH_SECRET, maxAge: -3600 }),
      "signed with another secret": await encode({ token: claims, secret: "a-guessed-secret", maxAge: 3600 }),
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
      "well-made, without a session id (issued before sessions had rows)": "307 /sign-in",
      "well-made, naming a session that does not exist": "307 /sign-in",
      "expired an hour ago": "307 /sign-in",
      "signed with another secret": "307 /sign-in",
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
        await expect(signedIn).toHaveURL(/:\d+\/$/);
      }
      expect(await (await phonePage.request.get("/api/auth/session")).json()).toMatchObject({ user: { email } });

      await laptopPage.getByTestId("current-user").click();
      await expect(laptopPage.getByRole("heading", { name: "Your account" })).toBeVisible();
      await expectNoSeriousAxeViolations(laptopPage);
      await laptopPage.screenshot({ path: "test-results/account.png", fullPage: true });
      await laptopPage.getByRole("button", { name: "Sign out everywhere" }).click();
      await expect(laptopPage).toHaveURL(/\/sign-in\?signedOut=everywhere/);
      await expect(laptopPage.getByRole("status")).toHaveText("You are signed out on every browser and device.");

      // The phone's cookie is still there, but its token was issued before the sign-out: the
      // session endpoint (what next-auth's client and any script ask) knows nobody.
      expect(await (await phonePage.request.get("/api/auth/session")).json()).toEqual({});
      await phonePage.goto("/practice/progress");
      await expect(phonePage).toHaveURL(/\/sign-in/);
      await expect(phonePage.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();

      // Signing in again works, with a new token.
      await fillSignIn(phonePage, email, PASSWORD);
      await expect(phonePage).toHaveURL(/:\d+\/$/);
    } finally {
      await laptop.close();
      await phone.close();
    }

    await signInAs(page, "admin", `/admin/audit?action=user.sign-out-everywhere`);
    await expect(page.getByTestId("audit-event").filter({ hasText: email })).toContainText(`Every session of ${email} ended`);
  });
});
