import { readFile } from "node:fs/promises";
import { expect, test } from "./fixtures";
import { strFromU8, unzipSync } from "fflate";
import { loadQuestionSets } from "../lib/content/load-question-sets";
import { parseQuestionSet } from "../lib/content/parse-question-set";
import type { ParsedSet } from "../lib/content/schema";
import { setMeaning } from "../tests/set-meaning";
import { expectNoSeriousAxeViolations, signInAs } from "./helpers";

// scripts/e2e.ts seeds these folders; the downloads must say what the files say.
const bank = await loadQuestionSets(["content/questions", "e2e/fixtures"]);
const ec2 = bank.sets.find((set) => set.slug === "ec2")!;

function expectSameSet(markdown: string, original: ParsedSet) {
  const parsed = parseQuestionSet(markdown, original.sourcePath);
  expect(parsed.errors).toEqual([]);
  expect(setMeaning(parsed.set!)).toEqual(setMeaning(original));
}

test("an admin downloads a set as Markdown and the whole bank as a zip from the bank page", async ({ page }) => {
  await signInAs(page, "admin");
  await expectNoSeriousAxeViolations(page);

  const setDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: `Download Markdown of ${ec2.title}` }).click();
  const markdown = await setDownload;
  expect(markdown.suggestedFilename()).toBe("ec2.md");
  expectSameSet(await readFile(await markdown.path(), "utf8"), ec2);

  const zipDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download whole bank (.zip)" }).click();
  const zip = await zipDownload;
  expect(zip.suggestedFilename()).toBe("interview-bank.zip");
  const files = unzipSync(await readFile(await zip.path()));
  // Other specs import sets of their own meanwhile: the zip holds at least every seeded file.
  expect(Object.keys(files)).toEqual(expect.arrayContaining(bank.sets.map((set) => `${set.slug}.md`)));
  for (const set of bank.sets) expectSameSet(strFromU8(files[`${set.slug}.md`]!), set);
});

test("interviewers and recruiters may download; an unknown set is a 404", async ({ page }) => {
  for (const role of ["interviewer", "recruiter"] as const) {
    await signInAs(page, role);
    await expect(page.getByRole("link", { name: "Download whole bank (.zip)" })).toBeVisible();
    const response = await page.request.get("/bank/export/ec2");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/markdown; charset=utf-8");
    expect(response.headers()["content-disposition"]).toBe('attachment; filename="ec2.md"');
  }
  expect((await page.request.get("/bank/export/no-such-set")).status()).toBe(404);
  expect((await page.request.get("/bank/export/NOT%20A%20SLUG")).status()).toBe(404);
});

test("a candidate and a signed-out visitor get 404 for both downloads", async ({ page, playwright, baseURL }) => {
  await signInAs(page, "candidate");
  await expect(page.getByRole("list", { name: "Question sets" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Download/ })).toHaveCount(0);
  for (const url of ["/bank/export", "/bank/export/ec2"]) {
    expect((await page.request.get(url)).status()).toBe(404);
  }

  const anonymous = await playwright.request.newContext({ baseURL });
  try {
    for (const url of ["/bank/export", "/bank/export/ec2"]) {
      expect((await anonymous.get(url)).status()).toBe(404);
    }
  } finally {
    await anonymous.dispose();
  }
});
