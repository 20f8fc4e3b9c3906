import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_NEXTAUTH_SECRET } from "./e2e/auth-secret";

// scripts/e2e.ts prepares the database and build, then runs Playwright with these variables.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

// Debian's Chromium where it is installed (Playwright cannot download its own browser offline);
// elsewhere Playwright's own, after `npx playwright install chromium`. Not Debian's
// chromium-headless-shell, though it is lighter: there the tests' routes no longer saw the requests
// the service worker makes, so the offline and outage tests could not cut the network.
const debianChromium = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
const executablePath = process.env.CHROMIUM_PATH ?? debianChromium;

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  },
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  // Generous: CI machines have 2 cores shared by the server, PostgreSQL and two browsers.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-results.json" }]],
  // Playwright empties its output folder when it starts: its own, so the Vitest reports that
  // `npm test` wrote before it (and reads for test-results/timings.json) stay.
  outputDir: "test-results/playwright",
  use: {
    baseURL,
    // A failed test leaves a screenshot of its end and its page's accessibility tree
    // (error-context.md). No trace: recording one for every test, to keep those that fail, cost 7–9%
    // of the end-to-end CPU (four specs, two runs each: 238 and 251 CPU-seconds with, 216–238
    // without, on a machine that is CPU-bound on 2 cores). To see a failure step by step, run the spec
    // again with `--trace on` (README, "Tests").
    trace: "off",
    screenshot: "only-on-failure",
    // One browser context per worker, reset between tests (Playwright 1.65's experimental option;
    // e2e/fixtures.ts resets what Playwright leaves, e2e/test-isolation.spec.ts proves the reset). A
    // context per test paid a new renderer and cold caches each time: the end-to-end tests took
    // 1,009 CPU-seconds and 534 s with one per test, 886 and 474 s with one per worker (same machine,
    // one run each after the other). Tests that need a second browser still open contexts of their own.
    reuseContext: true,
  },
  projects: [
    // Signs each demo role in through the form once and saves its session for the tests; makes the
    // authorization matrix's fixtures (e2e/matrix.setup.ts).
    { name: "setup", testMatch: /\.setup\.ts$/, use: chromium },
    // The visual baselines (e2e/visual.spec.ts) see the app as the setups leave it, before other specs
    // add sets, people and scorecards that move the bank's counts and Compare's figures. A visual
    // difference therefore stops the run; `--no-deps` runs the other specs alone.
    // The sideways-scroll checks (responsive.spec.ts) run there too, on the same known data; the
    // hostile-input spec checks the same at 390 px with the longest names and titles stored.
    { name: "visual", testMatch: /(visual|responsive)\.spec\.ts$/, dependencies: ["setup"], use: chromium },
    { name: "chromium", dependencies: ["visual"], testIgnore: /(visual\.spec|responsive\.spec|\.setup)\.ts$/, use: chromium },
  ],
  webServer: {
    // The real production entry point: migrations check, demo-account guard, then `next start`.
    command: `node_modules/.bin/tsx scripts/start.ts -p ${port}`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      NODE_ENV: "production",
      DATABASE_URL: process.env.DATABASE_URL ?? "",
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: E2E_NEXTAUTH_SECRET,
      ALLOW_DEMO_ACCOUNTS: "true",
    },
  },
});
