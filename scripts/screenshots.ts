// Takes the README's screenshots from a running app (best a production one: `npm run build`,
// `ALLOW_DEMO_ACCOUNTS=true npm start`), then `npx tsx scripts/screenshots.ts [baseUrl]`.
// Writes PNGs to docs/screenshots/.
import { mkdirSync } from "node:fs";
import { chromium, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../lib/users/create-user";

const baseUrl = process.argv[2] ?? "http://localhost:3000";
const out = "docs/screenshots";

async function signIn(page: Page, email: string) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL(/\/bank/);
}

let liveUrl = "";

/** As the recruiter: an interview scored live (a fresh candidate, the EC2 set), then a comparison. */
async function scoreAndCompare(page: Page) {
  await signIn(page, "recruiter@example.com");

  await page.goto(`${baseUrl}/candidates/new`);
  await page.getByLabel("Name").fill(`Sam Example ${Date.now().toString(36)}`);
  await page.getByLabel("Position applied for").fill("Cloud Engineer");
  await page.getByRole("button", { name: "Add candidate" }).click();
  await page.getByRole("link", { name: "New interview" }).click();
  await page.getByLabel("Start from").selectOption({ label: "Every interview question of “Amazon EC2”" });
  await page.getByRole("button", { name: "Create interview" }).click();
  await page.getByRole("button", { name: "Start the interview" }).click();
  await page.getByRole("link", { name: "Open live scoring" }).click();
  await page.getByTestId("save-status").waitFor();
  await page.keyboard.press("3");
  await page.keyboard.press("n");
  await page.keyboard.type("Clear on instance families; unsure about burst credits.");
  await page.keyboard.press("Escape");
  await page.getByRole("group", { name: "Key points covered" }).getByRole("checkbox").first().check();
  await page.locator('[data-status="saved"]').waitFor();
  await page.screenshot({ path: `${out}/live-scoring.png` });
  liveUrl = page.url();

  // Comparing the three demo candidates.
  await page.goto(`${baseUrl}/compare`);
  await page.getByRole("link", { name: /Position “Cloud Engineer”/ }).click();
  await page.getByTestId("summary-table").waitFor();
  await page.screenshot({ path: `${out}/compare.png`, fullPage: false });
}

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: "light" });
  const page = await context.newPage();
  await signIn(page, "interviewer@example.com");
  await page.goto(`${baseUrl}/bank?q=cold+start`);
  await page.screenshot({ path: `${out}/bank-search.png`, fullPage: true });
  await page.goto(`${baseUrl}/bank`);
  const first = page.getByRole("list", { name: "Questions" }).getByRole("link").first();
  await first.click();
  await page.waitForURL(/\/questions\//);
  await page.getByRole("heading", { name: "Scoring guide" }).waitFor();
  await page.screenshot({ path: `${out}/question.png`, fullPage: true });
  await context.addCookies([{ name: "theme", value: "dark", url: baseUrl }]);
  await page.reload();
  await page.getByRole("heading", { name: "Scoring guide" }).waitFor();
  await page.screenshot({ path: `${out}/question-dark.png` });

  // The live scoring screen, mid-interview: a fresh candidate, an interview from the EC2 set.
  const recruiterContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: "light" });
  const recruiterPage = await recruiterContext.newPage();
  await scoreAndCompare(recruiterPage);

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, colorScheme: "light" });
  const phonePage = await phone.newPage();
  await signIn(phonePage, "candidate@example.com");
  await phonePage.getByRole("list", { name: "Question sets" }).waitFor();
  await phonePage.screenshot({ path: `${out}/bank-phone.png`, fullPage: false });
  const recruiterPhone = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, colorScheme: "light" })).newPage();
  await signIn(recruiterPhone, "recruiter@example.com");
  await recruiterPhone.goto(liveUrl);
  await recruiterPhone.getByTestId("save-status").waitFor();
  await recruiterPhone.screenshot({ path: `${out}/live-scoring-phone.png`, fullPage: false });
} finally {
  await browser.close();
}
console.log(`Screenshots written to ${out}/`);
