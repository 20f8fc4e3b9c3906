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

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, colorScheme: "light" });
  const phonePage = await phone.newPage();
  await signIn(phonePage, "candidate@example.com");
  await phonePage.getByRole("list", { name: "Question sets" }).waitFor();
  await phonePage.screenshot({ path: `${out}/bank-phone.png`, fullPage: false });
} finally {
  await browser.close();
}
console.log(`Screenshots written to ${out}/`);
