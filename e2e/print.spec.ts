// Print: Compare with 4 and with 20 candidates and a candidate report, printed to PDF by Chromium
// and read back with pdftotext (Debian's poppler-utils, installed by .ci/run): every candidate's
// name and composite must be on paper, and every competency label of the chart.
import { execFileSync } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { signInAs } from "./helpers";
import { SCREENS_NAMES, screensWorld } from "./screens-world";

/** The page printed as a person prints it (its own @page size), as plain text with spaces collapsed. */
async function printedText(page: Page) {
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const file = path.join(await mkdtemp(path.join(tmpdir(), "print-")), "page.pdf");
  await writeFile(file, pdf);
  await test.info().attach("printed.pdf", { body: pdf, contentType: "application/pdf" });
  return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

/** Each candidate's composite as the screen shows it (the mean, before any ±). */
async function composites(page: Page) {
  const cells = page.getByTestId("summary-table").getByTestId("composite-cell");
  return (await cells.allInnerTexts()).map((text) => /\d\.\d\d/.exec(text)?.[0] ?? "nothing rated");
}

const count = (text: string, part: string) => text.split(part).length - 1;

for (const size of [4, 20]) {
  test(`Compare with ${size} candidates prints every candidate's name and composite, and every chart label`, async ({ page }) => {
    test.setTimeout(120_000);
    const ids = (await screensWorld()).slice(0, size);
    await signInAs(page, "recruiter", `/compare?${ids.map((id) => `c=${id}`).join("&")}`);
    await expect(page.locator(".recharts-surface").first()).toBeVisible();
    const shown = await composites(page);
    expect(shown).toHaveLength(size);
    const competencies = await page.getByTestId("summary-table").getByRole("table").first().locator("tbody th[scope=row]").allInnerTexts();
    const text = await printedText(page);
    for (const name of SCREENS_NAMES.slice(0, size)) expect(text, `${name} on paper`).toContain(name);
    // Each composite value appears at least as often on paper as candidates have it.
    for (const value of new Set(shown)) expect(count(text, value), `composite ${value}`).toBeGreaterThanOrEqual(shown.filter((v) => v === value).length);
    // The competency rows, in the tables and on the chart's axis (each at least twice).
    for (const name of competencies.map((c) => c.trim()).filter((c) => !/^(Composite|Recommendations|Panel agreement)/.test(c))) {
      expect(count(text, name), `“${name}” in table and chart`).toBeGreaterThanOrEqual(2);
    }
  });
}

test("a candidate report prints the candidate's name and composite", async ({ page }) => {
  const [id] = await screensWorld();
  await signInAs(page, "recruiter", `/candidates/${id}/report`);
  const composite = /\d\.\d\d/.exec(await page.getByTestId("interview-figures").first().innerText())![0];
  const text = await printedText(page);
  expect(text).toContain(SCREENS_NAMES[0]);
  expect(text).toContain(composite);
});
