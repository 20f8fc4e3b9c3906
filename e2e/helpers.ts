import { readFile } from "node:fs/promises";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Cookie, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../lib/users/create-user";

export const DEMO = {
  admin: { email: "admin@example.com", name: "Ada Admin", role: "Admin" },
  interviewer: { email: "interviewer@example.com", name: "Ian Interviewer", role: "Interviewer" },
  recruiter: { email: "recruiter@example.com", name: "Rita Recruiter", role: "Recruiter" },
  candidate: { email: "candidate@example.com", name: "Cam Candidate", role: "Candidate" },
} as const;

export type DemoRole = keyof typeof DEMO;

/** The sign-in form's message (Next.js has a route announcer with role=alert too). */
export function signInAlert(page: Page) {
  return page.getByRole("main").getByRole("alert");
}

export async function fillSignIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** Signs in through the sign-in form, as a person would. */
export async function signInThroughForm(page: Page, role: DemoRole) {
  await fillSignIn(page, DEMO[role].email, DEMO_PASSWORD);
  await expect(page).toHaveURL(/:\d+\/$/);
  await expect(page.getByTestId("current-user")).toContainText(DEMO[role].role);
}

export function storageStatePath(role: DemoRole | "panelist" | "outsider") {
  return path.resolve("test-results", ".auth", `${role}.json`);
}

/**
 * Signs in with the session that e2e/auth.setup.ts made through the form, opens `path` (the bank
 * unless given) and checks its header shows the role; returns the page's response. Opening the
 * page a test needs, rather than the bank and then that page, saved 38 page loads in the suite.
 *
 * The session is shared by every test: a test that signs out must sign in with signInThroughForm
 * instead, or signing out would end the shared session for every later test.
 */
export async function signInAs(page: Page, role: DemoRole, path = "/bank") {
  const state = JSON.parse(await readFile(storageStatePath(role), "utf8")) as { cookies: Cookie[] };
  // Replaces any session cookie already there and keeps the others (e.g. a chosen theme).
  await page.context().addCookies(state.cookies);
  const response = await page.goto(path);
  await expect(page.getByTestId("current-user")).toContainText(DEMO[role].role);
  return response;
}

/** Every dialog the page opens from now on (dismissed): hostile text must never open one. */
export function watchDialogs(page: Page) {
  const messages: string[] = [];
  page.on("dialog", async (dialog) => {
    messages.push(dialog.message());
    await dialog.dismiss();
  });
  return messages;
}

/** A unique address per test run, so repeated runs never collide. */
export function uniqueEmail(prefix: string) {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@example.org`;
}

export async function expectNoSeriousAxeViolations(page: Page) {
  // After a client-side navigation Next commits the new page's <title> 13–23 ms after its content
  // (measured on the question page, 4 of 5 navigations; blocking metadata did not close the gap):
  // axe scanning in between reported "document-title" on a page that does have one.
  await expect(page).toHaveTitle(/\S/);
  // Only violations are read: with resultTypes axe skips collecting every passing node (axe-core API
  // docs, "resultTypes"): four specs with 23 scans took 295 → 264 CPU-seconds.
  const results = await new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/**
 * How a page sits in its viewport sideways: the document's width, the viewport's, and, when the
 * document is wider, the innermost elements in main whose text or box runs past the edge (the first
 * three), so a failure says where to look.
 */
export function sidewaysFit(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.scrollWidth;
    const viewport = window.innerWidth;
    const past: string[] = [];
    if (width > viewport) {
      const edge = viewport + 1;
      const overflows = (element: Element) => element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX === "visible";
      for (const element of Array.from(document.querySelectorAll("main *"))) {
        const box = element.getBoundingClientRect();
        const textPast = overflows(element) && box.left + element.scrollWidth > edge && !Array.from(element.children).some(overflows);
        const boxPast = box.width > 0 && box.right > edge && element.parentElement!.getBoundingClientRect().right <= edge;
        if (textPast || boxPast) past.push(`<${element.tagName.toLowerCase()} class="${element.getAttribute("class") ?? ""}"> “${(element.textContent ?? "").slice(0, 30)}…”`);
      }
    }
    return { width, viewport, past: past.slice(0, 3) };
  });
}

/** The page does not scroll sideways (document width ≤ viewport); the message names what overflows. */
export async function expectNoSidewaysScroll(page: Page, what: string) {
  const { width, viewport, past } = await sidewaysFit(page);
  expect(width, `${what}: document ${width} px in a ${viewport} px viewport${past.length ? `; past the edge: ${past.join("; ")}` : ""}`).toBeLessThanOrEqual(viewport);
}
