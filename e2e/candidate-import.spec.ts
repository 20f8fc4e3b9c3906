import { expect, test } from "./fixtures";
import { expectNoSeriousAxeViolations, signInAs } from "./helpers";

// A recruiter imports candidates from a CSV file: the preview names each problem by line, nothing is
// imported until the text is fixed (in place, nothing retyped), and people already there are skipped.
test("a recruiter previews a CSV, fixes the line it names, and imports the new candidates once", async ({ page }) => {
  const tag = Date.now().toString(36);
  await signInAs(page, "recruiter", "/candidates");
  await page.getByRole("link", { name: "Import CSV" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import candidates");
  await expect(page.getByRole("button", { name: "Import" })).toBeDisabled();
  await expect(page.getByText("Preview the file first.")).toBeVisible();

  const csv = `name,email,position\r\nÅsa Lind ${tag},asa.${tag}@example.com,"Platform, SRE"\r\n,nameless.${tag}@example.com,SRE\r\nBo Chen ${tag},bo.${tag}@example.com,SRE\r\n`;
  await page.getByLabel("CSV file").setInputFiles({ name: "candidates.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(page.getByLabel("Its text (you can paste or fix it here)")).toHaveValue(csv.replace(/\r\n/g, "\n"));
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByTestId("import-problems")).toHaveText("Line 3, name: Enter the candidate's name.");
  await expect(page.getByRole("button", { name: /^Import/ })).toBeDisabled();
  await expectNoSeriousAxeViolations(page);

  // Fixed in the box: the preview must be made again before importing.
  const text = page.getByLabel("Its text (you can paste or fix it here)");
  await text.fill((await text.inputValue()).replace(`,nameless.${tag}`, `Noor Haddad ${tag},noor.${tag}`));
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByTestId("import-problems")).toHaveCount(0);
  await expect(page.getByTestId("import-rows").getByRole("row")).toHaveCount(4);
  await text.press("End");
  await text.pressSequentially(" ");
  await expect(page.getByText("The text changed since the preview: preview again.")).toBeVisible();
  await page.getByRole("button", { name: "Preview" }).click();
  await page.getByRole("button", { name: "Import 3 candidates" }).click();
  await expect(page.getByRole("status").filter({ hasText: "3 candidates added." })).toBeVisible();

  // The same file again adds nobody: everyone is already there.
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByText("Nobody new to add.")).toBeVisible();
  await expect(page.getByTestId("import-rows")).toContainText("Skipped: Already a candidate with this email.");

  await page.goto(`/candidates?q=${tag}`);
  const names = page.getByRole("list", { name: "Candidates" }).getByRole("link");
  await expect(names).toHaveCount(3);
  expect((await names.allInnerTexts()).sort()).toEqual([`Bo Chen ${tag}`, `Noor Haddad ${tag}`, `Åsa Lind ${tag}`].sort());
});

test("interviewers and candidates get a 404 for the import page", async ({ page }) => {
  for (const role of ["interviewer", "candidate"] as const) {
    const response = await signInAs(page, role, "/candidates/import");
    expect(response?.status()).toBe(404);
    await page.context().clearCookies();
  }
});
