// Visual regression: the main pages for each role where they differ, at 390, 768, 1280 and 1920 px,
// light and dark, compared with the committed baselines in e2e/visual.spec.ts-snapshots/, and on
// every one the document no wider than the viewport (nothing scrolls sideways).
//
// After a deliberate change of look, regenerate the baselines and look at them before committing:
//   npm run test:e2e -- e2e/visual.spec.ts --update-snapshots
// Deterministic: fixed data (e2e/screens-world.ts: fixed names and ratings), a fixed clock in the
// page, animations off, and whatever depends on today or on other tests' data masked.
import { type Locator, type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectNoSidewaysScroll, signInAs, type DemoRole } from "./helpers";
import { screensLiveInterview, screensWorld } from "./screens-world";

const WIDTHS = [390, 768, 1280, 1920] as const;
const SCHEMES = ["light", "dark"] as const;

interface Screen {
  name: string;
  role: DemoRole | null;
  url: (world: { ids: string[]; live: string }) => string;
  /** Parts that change with the date or with other tests' data. */
  mask?: (page: Page) => Locator[];
  /** Waits for what renders after hydration (charts). */
  ready?: (page: Page) => Promise<void>;
}

const charts = async (page: Page) => {
  await expect(page.locator("figure.chart .recharts-surface")).toHaveCount(2);
};

const SCREENS: Screen[] = [
  { name: "sign-in", role: null, url: () => "/sign-in" },
  { name: "practice-guest", role: null, url: () => "/practice" },
  { name: "bank-candidate", role: "candidate", url: () => "/bank?set=serverless" },
  { name: "bank-recruiter", role: "recruiter", url: () => "/bank?set=serverless" },
  {
    name: "compare-4",
    role: "recruiter",
    url: ({ ids }) =>
      `/compare?${ids
        .slice(0, 4)
        .map((id) => `c=${id}`)
        .join("&")}`,
    ready: charts,
  },
  { name: "compare-20", role: "recruiter", url: ({ ids }) => `/compare?${ids.map((id) => `c=${id}`).join("&")}`, ready: charts },
  { name: "report", role: "recruiter", url: ({ ids }) => `/candidates/${ids[0]}/report`, mask: (page) => [page.locator("section > header p")] },
  { name: "interview", role: "recruiter", url: ({ live }) => `/interviews/${live}`, mask: (page) => [page.getByText(/^Started/)] },
  {
    name: "live-scoring",
    role: "recruiter",
    url: ({ live }) => `/interviews/${live}/score`,
    mask: (page) => [page.getByTestId("session-timer"), page.getByTestId("question-timer")],
    ready: async (page) => {
      await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", /.+/);
    },
  },
  // Other tests add users: the table's rows are masked, its frame and the page around it are not.
  { name: "admin-users", role: "admin", url: () => "/admin/users", mask: (page) => [page.locator("tbody")] },
];

test.describe.configure({ mode: "parallel" });

for (const screen of SCREENS) {
  test(`${screen.name}: 4 widths × light and dark, like the baselines, nothing sideways`, async ({ page }) => {
    test.setTimeout(120_000);
    const world = { ids: await screensWorld(), live: await screensLiveInterview() };
    await page.clock.setFixedTime(new Date("2026-12-07T09:00:00Z"));
    // One load per width, both schemes: the theme follows prefers-color-scheme in CSS alone (the
    // charts' colours are CSS variables too), so switching it repaints the page a fresh load would
    // show, and toHaveScreenshot finishes the colour transitions it starts. Half the page loads.
    for (const [index, width] of WIDTHS.entries()) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: SCHEMES[0] });
      // Signing in opens the first width's page itself.
      if (index === 0 && screen.role) await signInAs(page, screen.role, screen.url(world));
      else await page.goto(screen.url(world));
      await screen.ready?.(page);
      for (const scheme of SCHEMES) {
        await page.emulateMedia({ colorScheme: scheme });
        await expectNoSidewaysScroll(page, `${screen.name} at ${width} px (${scheme})`);
        await expect(page).toHaveScreenshot(`${screen.name}-${width}-${scheme}.png`, {
          // The viewport, not the full page: a 20-candidate Compare is 10,000 px tall, and the suite
          // must stay near 3 minutes; the width check above covers the whole page.
          maxDiffPixelRatio: 0.01,
          mask: screen.mask?.(page) ?? [],
        });
      }
    }
  });
}
