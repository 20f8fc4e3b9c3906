// An admin erases a candidate's personal data on their request, as a person does it (the
// candidate's page), and the promises are read where people read them: compare's CSV and the
// calibration page show the same figures before and after; the name is gone from every page, the
// CSV exports and the audit log's descriptions, and from every text column of the database.
import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { parse } from "csv-parse/sync";
import { whereTextIsStored } from "../tests/personal-data-scan";
import { scoredInterview } from "../tests/privacy-fixtures";
import { createAccount, withDatabase } from "./database";
import { DEMO, expectNoSeriousAxeViolations, signInAs, uniqueEmail } from "./helpers";

const tag = Date.now().toString(36);
const FIRST = `Oriel${tag}`;
const LAST = `Vantongeren${tag}`;
const NAME = `${FIRST} ${LAST}`;
const EMAIL = `oriel.${tag}@candidates.test`;

interface Fixture {
  candidateId: string;
  otherId: string;
  sessionId: string;
  interviewers: { id: string; name: string }[];
}

/** Two fresh interviewers score the named candidate and another one; every free text names them. */
async function fixture(): Promise<Fixture> {
  const interviewers: { id: string; name: string; role: "INTERVIEWER" }[] = [];
  for (const label of ["Ivo", "Ines"]) {
    const name = `${label} Erasure ${tag}`;
    const account = await createAccount({ email: uniqueEmail(label.toLowerCase()), name, password: "an-interviewer-password", role: "INTERVIEWER" });
    interviewers.push({ id: account.id, name, role: "INTERVIEWER" });
  }
  return withDatabase(async (db) => {
    const recruiter = await db.user.findUniqueOrThrow({ where: { email: DEMO.recruiter.email }, select: { id: true, role: true } });
    const questions = (await db.question.findMany({ where: { audience: "BOTH", archived: false }, orderBy: { id: "asc" }, take: 2, select: { id: true } })).map((q) => q.id);
    const candidate = await db.candidate.create({
      data: { name: NAME, email: EMAIL, position: "Site Reliability Engineer", notes: `${FIRST} asked us to keep ${EMAIL} on file`, createdById: recruiter.id },
    });
    const other = await db.candidate.create({ data: { name: `Comparison Person ${tag}`, createdById: recruiter.id } });
    const panel = (texts: [string, string, string]) => [
      { viewer: interviewers[0]!, rating: 3, recommendation: "YES" as const, text: texts[0] },
      { viewer: interviewers[1]!, rating: 2, recommendation: "STRONG_YES" as const, text: texts[1], disagreementReason: texts[2] },
    ];
    const named = await scoredInterview(db, recruiter, {
      candidateId: candidate.id,
      title: `${NAME} — SRE loop`,
      questions,
      customQuestion: `Ask ${FIRST} about on-call`,
      panel: panel([`${FIRST} handled the incident calmly`, `${LAST} knew SLOs`, `${FIRST} impressed in the debrief`]),
      reopenReason: `Scored ${FIRST} against the wrong rubric`,
    });
    await scoredInterview(db, recruiter, {
      candidateId: other.id,
      title: `Comparison ${tag}`,
      questions,
      customQuestion: "A custom one",
      panel: panel(["Fine", "Fine too", "Strong debrief"]),
      reopenReason: "Typo",
    });
    return { candidateId: candidate.id, otherId: other.id, sessionId: named.sessionId, interviewers };
  });
}

/** The comparison CSV's figures, by column, without the name and title columns that erasure changes. */
async function compareFigures(page: Page, f: Fixture) {
  const response = await page.request.get(`/compare/export?c=${f.candidateId}&c=${f.otherId}&normalise=1`);
  expect(response.status()).toBe(200);
  const body = await response.text();
  const rows = parse(body, { bom: true }) as string[][];
  return { body, figures: rows.map((row) => row.map((cell) => (/^-?\d+(\.\d+)?%?$|^[–—-]$/.test(cell) ? cell : "·"))) };
}

/** The calibration rows of this test's interviewers (others' scorecards come and go as other specs run). */
async function calibrationFigures(page: Page, f: Fixture) {
  await page.goto("/calibration");
  // One card per interviewer, labelled with their name.
  const cards = page.getByRole("list", { name: "Interviewer calibration" });
  const rows = [];
  for (const { name } of f.interviewers) rows.push(await cards.getByRole("listitem", { name, exact: true }).innerText());
  return rows;
}

test("an admin erases a candidate: the figures stay, the name goes from every page, export, audit description and table", async ({ page }) => {
  const f = await fixture();
  await signInAs(page, "admin");
  const compareBefore = await compareFigures(page, f);
  expect(compareBefore.body).toContain(NAME);
  const calibrationBefore = await calibrationFigures(page, f);
  expect(calibrationBefore.join(" ")).toMatch(/\d\.\d\d/);
  await page.goto(`/admin/audit?action=scorecard.reopen&actor=${f.interviewers[0]!.id}`);
  await expect(page.getByTestId("audit-event").filter({ hasText: "SRE loop" })).toContainText(`Scored ${FIRST} against the wrong rubric`);

  await page.goto(`/candidates/${f.candidateId}`);
  await page.getByText("Erase this candidate").click();
  await page.getByLabel("Type “erase” to confirm").fill("erase");
  await page.getByRole("button", { name: "Erase personal data" }).click();
  await expect(page.getByText(/personal data was erased on \d{4}-\d{2}-\d{2}/)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("[erased]");
  await expectNoSeriousAxeViolations(page);

  // The same figures, read where people read them.
  const compareAfter = await compareFigures(page, f);
  expect(compareAfter.figures).toEqual(compareBefore.figures);
  expect(await calibrationFigures(page, f)).toEqual(calibrationBefore);

  // The name is nowhere: pages, CSV exports, the audit log's descriptions.
  const pages = [
    `/candidates/${f.candidateId}`,
    `/candidates/${f.candidateId}/report`,
    "/candidates",
    `/interviews/${f.sessionId}`,
    `/compare?c=${f.candidateId}&c=${f.otherId}`,
    "/calibration",
    `/admin/audit?action=scorecard.reopen&actor=${f.interviewers[0]!.id}`,
    `/admin/audit?action=scorecard.submit&actor=${f.interviewers[1]!.id}`,
    "/admin/audit?action=candidate.erase",
  ];
  const files = [`/candidates/${f.candidateId}/export`, `/compare/export?c=${f.candidateId}&c=${f.otherId}&normalise=1`];
  for (const url of [...pages, ...files]) {
    const text = await (await page.request.get(url)).text();
    for (const needle of [FIRST, LAST, EMAIL]) expect(text.includes(needle), `${needle} in ${url}`).toBe(false);
  }
  await page.goto(`/admin/audit?action=scorecard.reopen&actor=${f.interviewers[0]!.id}`);
  await expect(page.getByTestId("audit-event").filter({ hasText: "SRE loop" })).toContainText("“[erased] — SRE loop”. Reason: [erased]");
  await page.goto("/admin/audit?action=candidate.erase");
  await expect(page.getByTestId("audit-event").filter({ hasText: f.candidateId })).toContainText("Personal data erased on request");

  const stored = await withDatabase(async (db) => ({
    first: await whereTextIsStored(db, FIRST),
    last: await whereTextIsStored(db, LAST),
    email: await whereTextIsStored(db, EMAIL),
  }));
  expect(stored).toEqual({ first: [], last: [], email: [] });
});
