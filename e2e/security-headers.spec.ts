import { type Page, type Response } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO_PASSWORD } from "../lib/users/create-user";
import { DEMO, signInAs } from "./helpers";
import { startedInterview } from "./interview-helpers";

/**
 * Fails the test on any Content-Security-Policy violation: Chromium logs each refusal to the
 * console, and the page's securitypolicyviolation event is logged too (an init script runs
 * outside the page's policy), so nothing the policy blocks goes unnoticed.
 */
function watchViolations(page: Page) {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|csp-violation/i.test(message.text())) violations.push(message.text());
  });
  void page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`csp-violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return violations;
}

function directives(policy: string) {
  return new Map(
    policy.split(";").map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values] as const;
    }),
  );
}

/** The page's response carries the full policy with a nonce, which every script in it carries too. */
async function expectSecurePage(response: Response | null) {
  expect(response, "a document response").not.toBeNull();
  const headers = response!.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  const policy = directives(headers["content-security-policy"] ?? "");
  const scriptSrc = policy.get("script-src") ?? [];
  const nonce = scriptSrc.find((source) => source.startsWith("'nonce-"))?.slice(7, -1);
  expect(nonce, "a nonce in script-src").toBeTruthy();
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  // Every script the server wrote carries it (scripts added later by those are trusted through 'strict-dynamic').
  const scriptTags = (await response!.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scriptTags.length).toBeGreaterThan(0);
  for (const tag of scriptTags) expect(tag).toContain(` nonce="${nonce}"`);
  return nonce!;
}

test.describe("security headers", () => {
  test("signing in, the bank and a question: every page has a nonce policy and nothing is refused", async ({ page }) => {
    const violations = watchViolations(page);
    const signIn = await page.goto("/sign-in");
    await expectSecurePage(signIn);
    await page.getByLabel("Email").fill(DEMO.interviewer.email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(/:\d+\/$/);
    await expect(page.getByTestId("current-user")).toContainText(DEMO.interviewer.role);

    // The session cookie is out of the page's reach and not sent on cross-site requests.
    const session = (await page.context().cookies()).find((cookie) => cookie.name.endsWith("next-auth.session-token"));
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });

    const bank = await page.goto("/bank");
    const first = await expectSecurePage(bank);
    expect(await expectSecurePage(await page.reload())).not.toBe(first);
    await page.getByRole("searchbox", { name: "Search" }).fill("cold start");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/q=cold\+start/);
    await page.getByRole("list", { name: "Questions" }).getByRole("link").first().click();
    await expect(page).toHaveURL(/\/questions\//);
    await expect(page.getByRole("heading", { name: "Scoring guide" })).toBeVisible();
    await expectSecurePage(await page.reload());
    expect(violations).toEqual([]);
  });

  test("live scoring: ratings save, the service worker registers, and nothing is refused", async ({ page }) => {
    test.setTimeout(120_000);
    await signInAs(page, "recruiter");
    const violations = watchViolations(page);
    const interview = await startedInterview(page, { candidate: `CSP ${Date.now().toString(36)}`, panel: [], fromSet: "Amazon EC2" });
    await expectSecurePage(await page.goto(`${interview}/score`));
    const status = page.getByTestId("save-status");
    await expect(status).toHaveAttribute("data-status", "saved");
    await page.keyboard.press("3");
    await expect(status).toHaveAttribute("data-status", "saved");
    // worker-src: the page keeps an offline copy of itself through public/sw.js.
    await expect.poll(() => page.evaluate(async () => Boolean(await caches.match(location.pathname))), { timeout: 30_000 }).toBe(true);
    expect(violations).toEqual([]);
  });

  test("practice: a candidate starts a run, reveals and grades, and sees the progress charts", async ({ page }) => {
    await signInAs(page, "candidate");
    const violations = watchViolations(page);
    await expectSecurePage(await page.goto("/practice"));
    await expectSecurePage(await page.goto("/practice/run?count=1"));
    await page.getByRole("button", { name: "Reveal the model answer" }).click();
    await page.getByRole("button", { name: /^\d · Good/ }).click();
    await expect(page.getByRole("heading", { name: "Run complete" })).toBeVisible();
    await expectSecurePage(await page.goto("/practice/progress"));
    await expect(page.getByTestId("stat-questions-seen")).toBeVisible();
    // The charts load after the page (recharts is a lazy chunk): it must be allowed too.
    await expect(page.locator("svg.recharts-surface").first()).toBeVisible();
    expect(violations).toEqual([]);
  });

  test("compare: the charts draw and nothing is refused", async ({ page }) => {
    await signInAs(page, "recruiter");
    const violations = watchViolations(page);
    await expectSecurePage(await page.goto("/compare"));
    await page
      .getByRole("link", { name: /^Position “/ })
      .first()
      .click();
    await expect(page).toHaveURL(/c=.*c=/);
    await expect(page.getByTestId("summary-table")).toContainText("Composite");
    await expect(page.locator("svg.recharts-surface").first()).toBeVisible();
    await expectSecurePage(await page.reload());
    expect(violations).toEqual([]);
  });

  test("a script injected into a page is refused and reported", async ({ page }) => {
    const violations = watchViolations(page);
    // As if stored content slipped past the sanitiser into the HTML.
    await page.route("**/sign-in", async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace("</body>", "<script>window.__injected = true</script></body>");
      await route.fulfill({ response, body: html });
    });
    await page.goto("/sign-in");
    await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
    expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();
    await expect.poll(() => violations.length).toBeGreaterThan(0);
  });

  test("API responses and static files carry the static headers", async ({ request }) => {
    for (const path of ["/api/health", "/sw.js"]) {
      const response = await request.get(path);
      expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
      expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    }
    const [one, two] = await Promise.all([request.get("/sign-in"), request.get("/sign-in")]);
    expect(one.headers()["content-security-policy"]).not.toBe(two.headers()["content-security-policy"]);
  });
});
