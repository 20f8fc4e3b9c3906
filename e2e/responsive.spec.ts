// Every width from a phone to a large screen (issue 16): the header is one row from 1024 px up and
// a disclosure menu below it; no page scrolls sideways; live scoring on a phone.
import { expect, test } from "./fixtures";
import { expectNoSidewaysScroll, signInAs, type DemoRole } from "./helpers";
import { screensLiveInterview, screensWorld } from "./screens-world";

const WIDTHS = [390, 768, 1280, 1920];

for (const role of ["admin", "recruiter", "interviewer", "candidate"] as const satisfies DemoRole[]) {
  test(`the ${role}'s header is one row from 1024 px up`, async ({ page }) => {
    await signInAs(page, role);
    for (const width of [1024, 1280, 1920]) {
      await page.setViewportSize({ width, height: 800 });
      const nav = page.getByRole("navigation", { name: "Main" });
      await expect(nav).toBeVisible();
      await expect(page.getByRole("button", { name: "Menu" })).toBeHidden();
      const boxes = await page
        .getByRole("banner")
        .locator("a, button")
        .evaluateAll((elements) =>
          elements
            .filter((element) => element.getClientRects().length > 0 && !element.closest(".sr-only"))
            .map((element) => element.getBoundingClientRect())
            .map((box) => box.top + box.height / 2),
        );
      const rows = new Set(boxes.map((middle) => Math.round(middle / 8)));
      expect(rows.size, `${role} at ${width} px: one row of links`).toBe(1);
      expect((await page.getByRole("banner").boundingBox())!.height).toBeLessThan(72);
      await expectNoSidewaysScroll(page, `${role} at ${width}`);
    }
  });
}

test("below 1024 px the header is a menu: focus moves in, Escape closes it and gives focus back", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await signInAs(page, "admin");
  const menu = page.getByRole("button", { name: "Menu" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  expect((await page.getByRole("banner").boundingBox())!.height).toBeLessThan(72);
  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link").first()).toBeFocused();
  for (const name of ["Question bank", "Candidates", "Compare", "Calibration", "Users"])
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeFocused();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  // A link followed closes it.
  await menu.click();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compare" }).click();
  await expect(page).toHaveURL(/\/compare/);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expectNoSidewaysScroll(page, "menu closed");
});

test("no page scrolls sideways at 390, 768, 1280 or 1920 px: users, compare with 4 and 20, calibration, live scoring", async ({ page }) => {
  test.setTimeout(120_000);
  const ids = await screensWorld();
  const live = await screensLiveInterview();
  const pages: [DemoRole, string][] = [
    ["admin", "/admin/users"],
    [
      "recruiter",
      `/compare?${ids
        .slice(0, 4)
        .map((id) => `c=${id}`)
        .join("&")}`,
    ],
    ["recruiter", `/compare?${ids.map((id) => `c=${id}`).join("&")}`],
    ["recruiter", "/calibration"],
    ["recruiter", `/candidates/${ids[0]}/report`],
    ["recruiter", `/interviews/${live}/score`],
  ];
  let signedIn: DemoRole | null = null;
  for (const [role, url] of pages) {
    if (role !== signedIn) await signInAs(page, (signedIn = role));
    await page.goto(url);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await expectNoSidewaysScroll(page, `${url} at ${width}`);
    }
  }
  // Live scoring on a phone with "All questions" open.
  await page.setViewportSize({ width: 390, height: 800 });
  await page.getByRole("button", { name: /^All questions/ }).click();
  await expect(page.locator("#question-list")).toBeVisible();
  await expectNoSidewaysScroll(page, "live scoring, all questions open");
});

test("after “Finish →” on a phone the summary heading is below the sticky bar, not under it", async ({ page }) => {
  const live = await screensLiveInterview();
  await page.setViewportSize({ width: 390, height: 800 });
  await signInAs(page, "recruiter", `/interviews/${live}/score?q=6`);
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", /.+/);
  await page.getByRole("button", { name: "Finish →" }).scrollIntoViewIfNeeded();
  await page.getByRole("button", { name: "Finish →" }).click();
  const heading = page.getByRole("heading", { name: "Submit your scorecard" });
  await expect(heading).toBeFocused();
  const barBottom = await page
    .locator("div.sticky")
    .first()
    .evaluate((bar) => bar.getBoundingClientRect().bottom);
  const top = await heading.evaluate((element) => element.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(barBottom);
});

test("keyboard hints are not shown on a touch screen", async ({ browser }) => {
  const live = await screensLiveInterview();
  const context = await browser.newContext({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await signInAs(page, "recruiter", `/interviews/${live}/score`);
  await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
  await expect(page.getByText("(press 1–4)")).toBeHidden();
  await expect(page.getByRole("button", { name: /Shortcuts/ })).toBeHidden();
  await context.close();

  const desk = await browser.newPage();
  await signInAs(desk, "recruiter", `/interviews/${live}/score`);
  await expect(desk.getByText("(press 1–4)")).toBeVisible();
  await desk.close();
});
