import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { loadQuestionSets } from "../lib/content/load-question-sets";
import { expect, test } from "./fixtures";
import { expectNoSeriousAxeViolations, signInAs } from "./helpers";
import { startedInterview } from "./interview-helpers";

// Every test works on sets it uploads itself, never on the seeded bank that other specs count. The
// uploaded sets are for both audiences: an interview-only question needs a practice twin (the bank
// rules), which only the last editing test is about.
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

const seeded = (await loadQuestionSets()).sets.flatMap((set) => set.questions);
/** A seeded practice question that is already an interview question's twin: never suggested again. */
const takenTwin = seeded.find((q) => q.audience === "interview" && q.practiceTwin !== null)!.practiceTwin!;

function question(id: string, title: string, answer = "Because it is so.") {
  return `## ${title}\n\nid: ${id}\ndifficulty: medium\ncompetency: Delivery\nreviewed: 2026-12\n\n### Answer\n\n${answer}\n\n### Key points\n\n- The first point\n- The second point\n\n### Scoring\n\n1. Poor.\n2. Weak.\n3. Solid.\n4. Excellent.\n`;
}

function setFile(slug: string, title: string, ...questions: string[]) {
  return `---\ntitle: ${title}\nslug: ${slug}\naudience: both\n---\n\n${questions.join("\n")}`;
}

async function upload(page: Page, files: { name: string; text: string }[]) {
  await page.goto("/admin/import");
  await page.getByLabel("Question-set files (.md)").setInputFiles(files.map((file) => ({ name: file.name, mimeType: "text/markdown", buffer: Buffer.from(file.text) })));
  await page.getByRole("button", { name: "Check (dry run)" }).click();
}

async function importSet(page: Page, slug: string, ...questions: string[]) {
  await upload(page, [{ name: `${slug}.md`, text: setFile(slug, `Set ${slug}`, ...questions) }]);
  await page.getByRole("button", { name: "Apply these changes" }).click();
  await expect(page.getByText("Imported. The bank now matches these files.")).toBeVisible();
}

test.describe("importing question sets", () => {
  test("a valid set: dry run, apply, visible in the bank; the same file again changes nothing", async ({ page }) => {
    const slug = `e2e-import-${unique()}`;
    const text = setFile(slug, "Imported in e2e", question(`${slug}-1`, "How do you roll back a release?"), question(`${slug}-2`, "What is a canary?"));
    await signInAs(page, "admin");
    await page.getByRole("link", { name: "Import Markdown" }).click();
    await expect(page).toHaveURL(/\/admin\/import$/);
    await upload(page, [{ name: `${slug}.md`, text }]);

    await expect(page.getByRole("heading", { name: "Dry run: nothing has been written yet" })).toBeVisible();
    await expect(page.getByRole("list", { name: "Totals" })).toContainText("2 added");
    await expect(page.getByTestId("import-set")).toContainText("new set");
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: "test-results/screenshots/import-dry-run.png", fullPage: true });

    await page.goto(`/bank?set=${slug}`);
    await expect(page.getByText("How do you roll back a release?")).toHaveCount(0);

    await upload(page, [{ name: `${slug}.md`, text }]);
    await page.getByRole("button", { name: "Apply these changes" }).click();
    await expect(page.getByText("Imported. The bank now matches these files.")).toBeVisible();
    await page.getByRole("link", { name: "Open the bank" }).click();
    await page.goto(`/bank?set=${slug}`);
    await expect(page.getByRole("link", { name: "How do you roll back a release?" })).toBeVisible();
    await expect(page.getByRole("link", { name: "What is a canary?" })).toBeVisible();

    await upload(page, [{ name: `${slug}.md`, text }]);
    await expect(page.getByRole("list", { name: "Totals" })).toContainText("2 unchanged");
    await page.getByRole("button", { name: "Apply these changes" }).click();
    await expect(page.getByText("Nothing to import: the bank already matches these files.")).toBeVisible();
  });

  test("a broken set in a batch: every error with its line, and nothing is written", async ({ page }) => {
    const slug = `e2e-broken-${unique()}`;
    const good = setFile(slug, "Good file", question(`${slug}-ok`, "Is this file fine?"));
    const broken = `---\ntitle: Broken\n---\n\n## A question without metadata\n\ndifficulty: impossible\n\n### Answer\n\nYes.\n\n### Keypoints\n\n- a\n`;
    await signInAs(page, "admin");
    await upload(page, [
      { name: `${slug}.md`, text: good },
      { name: "broken.md", text: broken },
    ]);
    await expect(page.getByText(/problems? in 1 file: nothing was imported/)).toBeVisible();
    const errors = page.getByTestId("import-error");
    await expect(errors.filter({ hasText: "broken.md:7" })).toContainText("difficulty: impossible");
    await expect(errors.filter({ hasText: "broken.md:13" })).toContainText('did you mean "Key points"?');
    await expect(page.getByRole("button", { name: "Apply these changes" })).toHaveCount(0);
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: "test-results/screenshots/import-errors.png", fullPage: true });

    await page.goto(`/bank?set=${slug}`);
    await expect(page.getByText("Is this file fine?")).toHaveCount(0);
  });

  test("pasted Markdown, and a binary file refused with a clear message", async ({ page }) => {
    const slug = `e2e-paste-${unique()}`;
    await signInAs(page, "admin", "/admin/import");
    await page.getByText("Or paste Markdown").click();
    await page.getByLabel("File name").fill(`${slug}.md`);
    await page.getByLabel("Markdown").fill(setFile(slug, "Pasted", question(`${slug}-1`, "Was this pasted?")));
    await page.getByRole("button", { name: "Check (dry run)" }).click();
    await expect(page.getByRole("list", { name: "Totals" })).toContainText("1 added");

    await page.getByLabel("Markdown").fill("");
    await page.getByLabel("Question-set files (.md)").setInputFiles([{ name: "image.md", mimeType: "text/markdown", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0a]) }]);
    await page.getByRole("button", { name: "Check (dry run)" }).click();
    await expect(page.getByTestId("import-error")).toContainText("image.md:1 file contains binary data");
  });
});

test.describe("exporting", () => {
  test("a set downloaded from the bank re-imports with no changes", async ({ page }) => {
    const slug = `e2e-export-${unique()}`;
    await signInAs(page, "admin");
    await importSet(page, slug, question(`${slug}-1`, "How do you size a thread pool?", "Measure:\n\n```sh\nnproc\n```"), question(`${slug}-2`, "What is back-pressure?"));
    await page.goto(`/questions/${slug}-2/edit`);
    await page.getByLabel("Red flags (optional)").fill("Adds queues without limits\nIgnores timeouts");
    await page.getByRole("button", { name: "Save new version" }).click();
    await expect(page.getByText("Saved as version 2.")).toBeVisible();

    await page.goto("/bank");
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: `Download Markdown of Set ${slug}` }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${slug}.md`);
    const text = await readFile(await file.path(), "utf8");
    expect(text).toContain("- Adds queues without limits");

    await upload(page, [{ name: `${slug}.md`, text }]);
    await expect(page.getByRole("list", { name: "Totals" })).toHaveText("2 unchanged");
    await page.getByRole("button", { name: "Apply these changes" }).click();
    await expect(page.getByText("Nothing to import: the bank already matches these files.")).toBeVisible();
  });
});

test.describe("editing questions in the app", () => {
  test("an edit saves a new version with a diff, and a started interview keeps the old text", async ({ page }) => {
    const slug = `e2e-edit-${unique()}`;
    const id = `${slug}-1`;
    await signInAs(page, "admin");
    await importSet(page, slug, question(id, "What does a load balancer do?"), question(`${slug}-2`, "What is a health check?"));
    const interview = await startedInterview(page, { candidate: `Edit Test ${slug}`, panel: ["Ada Admin"], fromSet: `Set ${slug}` });

    await page.goto(`/questions/${id}`);
    await page.getByRole("link", { name: "Edit", exact: true }).click();
    const title = page.getByLabel("Question (as asked)");
    await title.fill("What does a layer-7 load balancer do?");
    await page.getByLabel("Expected answer (Markdown)").fill("It routes **HTTP** requests by path and host.");
    const preview = page.getByTestId("question-preview");
    await expect(preview.getByRole("heading", { name: "What does a layer-7 load balancer do?" })).toBeVisible();
    await expect(preview.locator("strong", { hasText: "HTTP" })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: "test-results/screenshots/question-editor.png", fullPage: true });
    await page.getByRole("button", { name: "Save new version" }).click();

    await expect(page.getByText("Saved as version 2.")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "What does a layer-7 load balancer do?" })).toBeVisible();
    await page.getByRole("link", { name: "Version history" }).click();
    await expect(page.getByRole("heading", { name: "Changes from version 1 to 2" })).toBeVisible();
    const diff = page.getByRole("group", { name: "Changes in version 2" });
    await expect(diff.locator("del").first()).toContainText("Title: What does a load balancer do?");
    await expect(diff.locator("ins").first()).toContainText("Title: What does a layer-7 load balancer do?");
    await expect(diff.locator("ins").last()).toContainText("It routes **HTTP** requests by path and host.");
    await page.getByRole("link", { name: /Version 1/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "What does a load balancer do?" })).toBeVisible();
    await expectNoSeriousAxeViolations(page);

    await page.goto(interview);
    await expect(page.getByText("What does a load balancer do?").first()).toBeVisible();
    await expect(page.getByText("What does a layer-7 load balancer do?")).toHaveCount(0);
  });

  test("a save from a stale version is refused with the diff, and what was typed stays", async ({ signedIn }) => {
    const slug = `e2e-stale-${unique()}`;
    const id = `${slug}-1`;
    const first = await signedIn("admin");
    await importSet(first, slug, question(id, "What is a VPC?"));
    const second = await first.context().newPage();
    await first.goto(`/questions/${id}/edit`);
    await second.goto(`/questions/${id}/edit`);

    await first.getByLabel("Expected answer (Markdown)").fill("A private network in the cloud.");
    await first.getByRole("button", { name: "Save new version" }).click();
    await expect(first.getByText("Saved as version 2.")).toBeVisible();

    await second.getByLabel("Expected answer (Markdown)").fill("My own wording from version 1.");
    await second.getByRole("button", { name: "Save new version" }).click();
    await expect(second.getByRole("alert").filter({ hasText: "Not saved: someone saved version 2" })).toBeVisible();
    await expect(second.getByRole("group", { name: "Changes saved by someone else" }).locator("ins")).toContainText("A private network in the cloud.");
    await expect(second.getByRole("group", { name: "Your unsaved changes" }).locator("ins")).toContainText("My own wording from version 1.");
    await expect(second.getByLabel("Expected answer (Markdown)")).toHaveValue("My own wording from version 1.");
    await second.goto(`/questions/${id}`);
    await expect(second.getByText("A private network in the cloud.")).toBeVisible();
  });

  test("invalid fields get the parser's message beside them, nothing is saved", async ({ page }) => {
    const slug = `e2e-invalid-${unique()}`;
    const id = `${slug}-1`;
    await signInAs(page, "admin");
    await importSet(page, slug, question(id, "What is DNS?"));
    await page.goto(`/questions/${id}/edit`);
    await page.getByLabel("Follow-ups (optional)").fill("1. A numbered list where a bullet list belongs");
    await page.getByLabel("Minutes").fill("500");
    await page.getByRole("button", { name: "Save new version" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Fix the fields marked below." })).toBeVisible();
    await expect(page.locator("#followUps-error")).toContainText("bullet list");
    await expect(page.locator("#minutes-error")).toContainText("120");
    await page.goto(`/questions/${id}`);
    await expect(page.getByText("version 1")).toBeVisible();
  });

  test("a new set and question made in the app, archived and restored", async ({ page }) => {
    const slug = `e2e-new-${unique()}`;
    await signInAs(page, "admin");
    await page.getByRole("link", { name: "New set" }).click();
    await page.getByLabel("Title").fill(`Made in the app ${slug}`);
    await page.getByLabel("Slug (optional)").fill(slug);
    await page.getByLabel("Who may see its questions").selectOption("interview");
    await page.getByRole("button", { name: "Create set and add a question" }).click();

    await expect(page).toHaveURL(new RegExp(`/sets/${slug}/questions/new$`));
    await page.getByLabel("Question (as asked)").fill("How would you design a rate limiter?");
    await page.getByLabel("Expected answer (Markdown)").fill("A token bucket per client key.");
    await page.getByLabel("Key points").fill("Token bucket\nPer-client keys");
    await page.getByRole("button", { name: "Create question" }).click();
    // Interview-only needs a practice twin: refused beside the field, then one of the suggestions.
    await expect(page.locator("#practiceTwin-error")).toContainText("has no practice twin");
    await expect(page.getByLabel("Question (as asked)")).toHaveValue("How would you design a rate limiter?");
    await expect(page.locator(`#practice-twin-choices option[value="${takenTwin}"]`)).toHaveCount(0);
    const twin = await page.locator("#practice-twin-choices option").first().getAttribute("value");
    await page.getByLabel("Practice twin (interview-only questions)").fill(twin!);
    await page.getByRole("button", { name: "Create question" }).click();

    await expect(page).toHaveURL(/\/questions\/how-would-you-design-a-rate-limiter/);
    await expect(page.locator(`a[href$="/questions/${twin}"]`).first()).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "How would you design a rate limiter?" })).toBeVisible();
    await page.getByRole("button", { name: "Archive this question" }).click();
    await expect(page.getByRole("note")).toContainText("Archived");
    await page.getByRole("button", { name: "Restore this question to the bank" }).click();
    await expect(page.getByRole("note")).toHaveCount(0);
  });
});

test.describe("who may change the bank", () => {
  test("interviewers without permission and candidates get 404; interviewers still see the history", async ({ page }) => {
    await signInAs(page, "interviewer");
    for (const path of ["/admin/import", "/sets/new", "/questions/ec2-choose-instance-type/edit", "/sets/ec2/questions/new"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    await page.goto("/questions/ec2-choose-instance-type");
    await expect(page.getByRole("link", { name: "Edit", exact: true })).toHaveCount(0);
    await page.getByRole("link", { name: "Version history" }).click();
    await expect(page.getByRole("heading", { name: "Version history" })).toBeVisible();

    expect((await signInAs(page, "candidate", "/questions/ec2-choose-instance-type/history"))?.status()).toBe(404);
    expect((await page.goto("/admin/import"))?.status()).toBe(404);
  });
});
