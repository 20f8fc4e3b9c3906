// The statistics Compare shows, read off the page as a recruiter reads them, on a round with enough
// history for leniency adjustment (e2e/statistics-world.ts).
import { readFile } from "node:fs/promises";
import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { parse } from "csv-parse/sync";
import { blindingKey, blindLetters } from "../lib/comparison/blind-letters";
import { E2E_NEXTAUTH_SECRET } from "./auth-secret";
import { expectNoSeriousAxeViolations, signInAs } from "./helpers";
import { buildStatisticsWorld, type StatisticsWorld } from "./statistics-world";

// One world for the file, built once: its tests run one after another in one worker.
test.describe.configure({ mode: "serial" });

let world: StatisticsWorld;
test.beforeAll(async () => {
  test.setTimeout(240_000);
  world = await buildStatisticsWorld();
});

const compareUrl = (ids: string[], flags: { adjust?: boolean; blind?: boolean } = {}) =>
  `/compare?${ids.map((id) => `c=${id}`).join("&")}${flags.adjust ? "&normalise=1" : ""}${flags.blind ? "&blind=1" : ""}`;

/** The matrix as text: header cells, then each row's cells. */
function matrixText(page: Page) {
  return page.getByRole("table", { name: "Ratings per question and candidate" }).evaluate((table: HTMLTableElement) => ({
    headers: [...table.tHead!.rows[0]!.cells].map((cell) => cell.innerText.trim()),
    rows: [...table.tBodies[0]!.rows].map((row) => [...row.cells].map((cell) => cell.innerText.trim())),
  }));
}

/** Everything shown about one candidate (a column of the matrix, the composite cell and the adjustments), by column header. */
async function column(page: Page, header: string) {
  const { headers, rows } = await matrixText(page);
  const at = headers.indexOf(header);
  expect(at, `a column headed ${header}`).toBeGreaterThan(0);
  const summary = page.getByTestId("summary-table");
  return {
    ratings: rows.map((row) => `${row[0]} | ${row[at]}`),
    composite: (
      await summary
        .getByTestId("composite-cell")
        .nth(at - 1)
        .innerText()
    ).trim(),
  };
}

test("a candidate's adjusted values read the same whoever they are compared with", async ({ page }) => {
  await signInAs(page, "recruiter");
  const [a, b, c] = world.candidates;
  const target = world.candidates.at(-1)!;

  await page.goto(compareUrl([target.id, a!.id], { adjust: true }));
  const inPair = await column(page, target.name);
  const adjustmentsInPair = await page.getByRole("region", { name: `Adjustments for ${target.name}` }).innerText();
  await expectNoSeriousAxeViolations(page);

  await page.goto(compareUrl([b!.id, c!.id, target.id, world.strong.id], { adjust: true }));
  const inFour = await column(page, target.name);
  expect(inFour).toEqual(inPair);
  expect(await page.getByRole("region", { name: `Adjustments for ${target.name}` }).innerText()).toBe(adjustmentsInPair);

  // Not vacuous: the ratings were adjusted (raw → adjusted), and so was the composite.
  expect(inPair.ratings.join("\n")).toContain("→");
  expect(inPair.composite).toMatch(/adjusted \d\.\d\d/);
  expect(adjustmentsInPair).toMatch(/rates about .* the average interviewer \(judged from \d+ earlier interviews with other candidates\)/);
});

test("a uniformly strong candidate whose interviewers were never more than a point apart reads as close agreement", async ({ page }) => {
  await signInAs(page, "recruiter", compareUrl([world.strong.id, world.candidates[0]!.id]));
  const agreement = page.getByTestId("agreement-cell").first();
  await expect(agreement).toContainText("The two interviewers agreed very closely: never more than a point apart on any of the 5 questions.");
  await expect(agreement).toContainText(/\.\d\d \(95%: \.\d\d to \d?\.\d\d\) · 5 questions/);
  await expect(agreement).not.toContainText("poor");

  // The printable report says the same.
  await page.goto(`/candidates/${world.strong.id}/report`);
  await expect(page.getByTestId("interview-figures")).toContainText("The two interviewers agreed very closely: never more than a point apart on any of the 5 questions.");
  await expectNoSeriousAxeViolations(page);
});

test("blind mode's letters are the keyed ones, not alphabetical, and stay put across reloads and in the CSV", async ({ page }) => {
  await signInAs(page, "recruiter");
  const key = blindingKey(E2E_NEXTAUTH_SECRET);
  // Of the round's candidates, the first group of four whose keyed letters do not follow the alphabet
  // (each group does with chance 1/24; twelve groups all doing so is beyond any run).
  const groups = world.candidates.slice(0, 12).map((_, i, all) => [0, 1, 2, 3].map((k) => all[(i + k) % all.length]!));
  const alphabetical = (group: typeof world.candidates) => {
    const letters = blindLetters(
      group.map((c) => c.id),
      key,
    );
    return [...group].sort((x, y) => x.name.localeCompare(y.name)).every((c, i) => letters.get(c.id) === String.fromCharCode(65 + i));
  };
  const group = groups.find((g) => !alphabetical(g))!;
  const expected = blindLetters(
    group.map((c) => c.id),
    key,
  );

  // Each candidate's column, read with names, is then found again under its letter.
  await page.goto(compareUrl(group.map((c) => c.id)));
  const byName = new Map(await Promise.all(group.map(async (c) => [c.name, (await column(page, c.name)).ratings.join("\n")] as const)));
  await page.goto(
    compareUrl(
      group.map((c) => c.id),
      { blind: true },
    ),
  );
  const { headers } = await matrixText(page);
  expect(headers).toEqual(["Question", "Candidate A", "Candidate B", "Candidate C", "Candidate D"]);
  for (const name of group.map((c) => c.name)) await expect(page.getByText(name)).toHaveCount(0);
  const shown = async () => Promise.all(group.map(async (c) => (await column(page, `Candidate ${expected.get(c.id)}`)).ratings.join("\n")));
  expect(await shown()).toEqual(group.map((c) => byName.get(c.name)));

  // The same link, reloaded and in another order, gives the same letters.
  await page.reload();
  expect(await shown()).toEqual(group.map((c) => byName.get(c.name)));
  await page.goto(
    compareUrl(
      [...group].reverse().map((c) => c.id),
      { blind: true },
    ),
  );
  expect(await shown()).toEqual(group.map((c) => byName.get(c.name)));

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const csv = parse(await readFile(await (await download).path(), "utf8"), { bom: true }) as string[][];
  expect(csv[0]).not.toContain("email");
  expect(new Set(csv.slice(1).map((row) => row[0]))).toEqual(new Set(["Candidate A", "Candidate B", "Candidate C", "Candidate D"]));
  expect(csv.flat().some((cell) => group.some((c) => cell.includes(c.name)))).toBe(false);
});
