import { type BrowserContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { APP_ORIGIN, OPEN_REDIRECT_PAYLOADS } from "../tests/open-redirect-payloads";
import { createAccount } from "./database";
import { signInAlert, signInAs, uniqueEmail } from "./helpers";

const PASSWORD = "the-right-password-1";

/**
 * Every request the browser makes to another origin, remembered. Routes never see a redirect's
 * next hop, so requests are watched; those a route does see are stopped (there is no internet).
 */
async function fence(context: BrowserContext, origin: string) {
  const escaped: string[] = [];
  context.on("request", (request) => {
    if (!request.url().startsWith(`${origin}/`)) escaped.push(request.url());
  });
  await context.route(/.*/, (route) => (route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort()));
  return escaped;
}

const spelt = (payload: string, origin: string) => payload.replaceAll(APP_ORIGIN, origin);
const signInUrl = (payload: string) => `/sign-in?callbackUrl=${encodeURIComponent(payload)}`;

// The payloads that left the site before callbackUrl had one rule (a browser reads "/\" as "//",
// and drops tab, CR and LF), plus the ones the issue named.
const FORM_PAYLOADS = [
  "/\\evil.example",
  "/%5Cevil.example",
  "/%09/evil.example",
  "/\t/evil.example",
  "//evil.example",
  "https:evil.example",
  "javascript:alert(1)",
  "/%EF%BC%8Fevil.example",
];

test.describe("callbackUrl never leads off the site", () => {
  test("a signed-in visitor sent to /sign-in with any known open-redirect payload lands on the app's own origin", async ({ page, context, baseURL }) => {
    test.setTimeout(180_000);
    const origin = new URL(baseURL!).origin;
    await signInAs(page, "candidate");
    const escaped = await fence(context, origin);
    // Where the redirect lands on the site is answered with a stub: rendering the bank 70 times
    // would test nothing more.
    await page.route(
      (url) => url.origin === origin && url.pathname !== "/sign-in",
      (route) => (route.request().isNavigationRequest() ? route.fulfill({ contentType: "text/html", body: "<title>landed</title>" }) : route.continue()),
    );
    const landings: Record<string, string> = {};
    for (const payload of OPEN_REDIRECT_PAYLOADS) {
      await page.goto(signInUrl(spelt(payload, origin)), { waitUntil: "commit" }).catch(() => undefined);
      const landed = new URL(page.url());
      if (landed.origin !== origin) landings[JSON.stringify(payload)] = page.url();
    }
    expect({ escaped, landings }).toEqual({ escaped: [], landings: {} });
    // A path of the site is still followed.
    await page.goto(signInUrl("/practice/progress"));
    await expect(page).toHaveURL(`${origin}/practice/progress`);
  });

  test("signing in through the form with a hostile callbackUrl ends in the bank", async ({ browser, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const email = uniqueEmail("callback");
    await createAccount({ email, name: "Callback person", password: PASSWORD, role: "CANDIDATE" });
    // One browser, signed out between payloads: a context per payload cost eight more browser starts.
    const context = await browser.newContext();
    try {
      const escaped = await fence(context, origin);
      const page = await context.newPage();
      for (const payload of FORM_PAYLOADS) {
        await context.clearCookies();
        await page.goto(signInUrl(payload));
        await page.getByLabel("Email").fill(email);
        await page.getByLabel("Password").fill(PASSWORD);
        await page.getByRole("button", { name: "Sign in", exact: true }).click();
        await expect(page, JSON.stringify(payload)).toHaveURL(`${origin}/`);
        await expect(signInAlert(page)).toHaveCount(0);
        expect(escaped, JSON.stringify(payload)).toEqual([]);
      }
    } finally {
      await context.close();
    }
  });

  test("next-auth's own endpoints send every payload home", async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const destinations: Record<string, string> = {};
    for (const payload of OPEN_REDIRECT_PAYLOADS) {
      const callbackUrl = spelt(payload, origin);
      // GET /api/auth/signin?callbackUrl=… redirects to the sign-in page with the checked URL (or,
      // for what is not a URL at all, such as "evil.example", next-auth's own error=Configuration).
      const signIn = await page.request.get(`/api/auth/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`, { maxRedirects: 0 });
      const toSignIn = new URL(signIn.headers()["location"] ?? "", origin);
      const after = toSignIn.searchParams.get("callbackUrl") ?? (toSignIn.searchParams.get("error") === "Configuration" ? `${origin}/` : toSignIn.href);
      // POST /api/auth/signout answers with where to go next (as the sign-out button asks it).
      const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
      const signOut = await page.request.post("/api/auth/signout", { form: { csrfToken, callbackUrl, json: "true" } });
      const { url } = (await signOut.json()) as { url: string };
      destinations[JSON.stringify(payload)] = `${toSignIn.origin === origin ? after : toSignIn.href} | ${url}`;
    }
    for (const [payload, destination] of Object.entries(destinations)) expect(destination, payload).toBe(`${origin}/ | ${origin}/`);
  });
});
