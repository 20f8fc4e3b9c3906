// The app answers at whatever address reaches it, not only at localhost: a server started as a
// local trial (no NEXTAUTH_URL) is opened at 127.0.0.1 and at another loopback address, and every
// save, grade and redirect works there; behind a trusted proxy, the forwarded host is the one
// that counts, and a forwarded host nobody vouches for is not.
import { request as httpRequest } from "node:http";
import { type Browser } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO_PASSWORD } from "../lib/users/create-user";
import { appServer, e2ePort } from "./app-server";
import { createAccount } from "./database";
import { uniqueEmail } from "./helpers";
import { startedInterview } from "./interview-helpers";
import { ec2, notes, openScoring, saveStatus, submitScorecard, unique } from "./scoring-helpers";

test.describe.configure({ mode: "serial" });

/** A request with exactly these headers (a browser or fetch would not let us set Host). */
function raw(port: number, method: string, path: string, headers: Record<string, string>, body?: string) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }>((resolve, reject) => {
    const request = httpRequest(
      {
        host: "127.0.0.1",
        port,
        method,
        path,
        headers: { ...headers, ...(body ? { "Content-Type": "application/json", "Content-Length": String(Buffer.byteLength(body)) } : {}) },
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text }));
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

const write = JSON.stringify({ target: "summary", writeId: "any-address-write", baseRevision: 0, value: { summary: "", recommendation: null } });
const reviews = JSON.stringify({ reviews: [{ id: "5b0c1a9e-3c1d-4c55-9a36-0d5a8d0f0b11", questionId: "x", grade: 3, reviewedAt: new Date().toISOString() }] });

/** Every address in a next-auth redirect: its Location and the callbackUrl it carries. */
function redirectOrigins(location: string, base: string) {
  const url = new URL(location, base);
  const callback = url.searchParams.get("callbackUrl");
  return [url.origin, ...(callback ? [new URL(callback, base).origin] : [])];
}

/** A new recruiter (their own practice history, no shared session) signed in through the form at `base`. */
async function signedIn(browser: Browser, base: string) {
  const email = uniqueEmail("address");
  await createAccount({ email, name: "Ari Address", password: DEMO_PASSWORD, role: "RECRUITER" });
  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  // Anonymous at a protected page: sent to sign in at this address, not at localhost.
  await page.goto("/interviews");
  await expect(page).toHaveURL(`${base}/sign-in`);
  // next-auth's own sign-in endpoint redirects to our sign-in page at this address too.
  const location = (await page.request.get("/api/auth/signin", { maxRedirects: 0 })).headers().location ?? "";
  expect(redirectOrigins(location, base)).toEqual([base, base]);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(`${base}/`);
  await expect(page.getByTestId("current-user")).toContainText("Recruiter");
  return { context, page };
}

test.describe("a local trial (no NEXTAUTH_URL), opened at other addresses", () => {
  const port = e2ePort(5);
  const server = appServer(port, { localTrial: true });
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    await server.start();
  });
  test.afterAll(() => server.stop());

  for (const host of ["127.0.0.1", "127.0.0.2"]) {
    test(`at http://${host}: live scoring saves, survives a reload and submits; practice grades count; sign-out stays there`, async ({ browser }) => {
      test.setTimeout(240_000);
      const base = `http://${host}:${port}`;
      const { context, page } = await signedIn(browser, base);

      const interview = await startedInterview(page, { candidate: unique(`At ${host}`), panel: [], fromSet: ec2.title });
      await openScoring(page, `${interview}/score`);
      await page.keyboard.press("3");
      await notes(page).fill(`Written at ${host}`);
      await expect(saveStatus(page)).toHaveAttribute("data-status", "saved");
      await page.reload();
      await expect(notes(page)).toHaveValue(`Written at ${host}`);
      await expect(page.getByRole("radio", { name: /^3:/ })).toBeChecked();
      await submitScorecard(page, interview, "Yes", `Submitted at ${host}`);
      expect(new URL(page.url()).origin).toBe(base);
      await expect(page.getByRole("article", { name: /^Scorecard of/ })).toContainText(`Written at ${host}`);

      await page.goto("/practice/run?count=2");
      await expect(page).toHaveURL(/ids=/);
      await page.getByRole("button", { name: "Reveal the model answer" }).click();
      await page.getByRole("button", { name: /^3 · Good/ }).click();
      await expect(page.getByText("Question 2 of 2")).toBeVisible();
      await expect(saveStatus(page)).toHaveAttribute("data-status", "saved");
      await page.reload();
      await expect(page.getByText("Question 2 of 2")).toBeVisible();
      await page.getByRole("button", { name: "Reveal the model answer" }).click();
      await page.getByRole("button", { name: /^4 · Easy/ }).click();
      await expect(page.getByRole("heading", { name: "Run complete" })).toBeVisible();
      await expect(saveStatus(page)).toHaveAttribute("data-status", "saved");
      await page.goto("/practice/progress");
      await expect(page.getByTestId("stat-questions-seen")).toHaveText(/^2 of \d+$/);

      await page.getByRole("button", { name: "Sign out" }).click();
      await expect(page).toHaveURL(`${base}/sign-in`);
      await context.close();
    });
  }

  test("a forwarded host is not believed without a trusted proxy: a save claiming one is refused", async () => {
    const forged = await raw(port, "POST", "/api/scorecards/x/autosave", { Host: `127.0.0.1:${port}`, Origin: "https://evil.example", "X-Forwarded-Host": "evil.example" }, write);
    expect(forged.status).toBe(403);
    expect(JSON.parse(forged.text)).toMatchObject({ status: "rejected", reason: "cross-site" });
    // The same request from the address itself passes the check (and then needs a session).
    const honest = await raw(port, "POST", "/api/scorecards/x/autosave", { Host: `127.0.0.2:${port}`, Origin: `http://127.0.0.2:${port}` }, write);
    expect(honest.status).toBe(401);
  });
});

test.describe("behind one trusted proxy (TRUSTED_PROXY_HOPS=1, no NEXTAUTH_URL)", () => {
  const port = e2ePort(6);
  const server = appServer(port, { localTrial: true, env: { TRUSTED_PROXY_HOPS: "1" } });
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    await server.start();
  });
  test.afterAll(() => server.stop());

  // What the proxy sends on: the app's internal address as Host, the public one as X-Forwarded-Host.
  const viaProxy = (origin: string) => ({
    Host: `app-internal:${port}`,
    "X-Forwarded-Host": "interviews.example",
    "X-Forwarded-Proto": "https",
    "X-Forwarded-For": "203.0.113.7",
    Origin: origin,
  });

  test("saves and grades from the public address pass the same-origin check; others are refused", async () => {
    for (const path of ["/api/scorecards/x/autosave", "/api/practice/reviews"]) {
      const body = path.includes("practice") ? reviews : write;
      // Past the same-origin check, only the missing session stops it.
      expect((await raw(port, "POST", path, viaProxy("https://interviews.example"), body)).status).toBe(401);
      expect((await raw(port, "POST", path, viaProxy("https://evil.example"), body)).status).toBe(403);
      expect((await raw(port, "POST", path, viaProxy("null"), body)).status).toBe(403);
    }
  });

  test("next-auth's redirects go to the public address the proxy forwarded", async () => {
    const signIn = await raw(port, "GET", "/api/auth/signin", viaProxy("https://interviews.example"));
    expect(signIn.status).toBe(302);
    expect(redirectOrigins(String(signIn.headers.location), "https://interviews.example")).toEqual(["https://interviews.example", "https://interviews.example"]);
  });
});
