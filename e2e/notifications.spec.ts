// Scheduling and its emails on real parts: a lab database with two production app processes (as
// behind a load balancer), both sending through a real SMTP server this test starts, and both
// running the job worker. The clock is moved through the test-only route (E2E_CLOCK_CONTROL=1),
// never slept on; both processes sweep at the same moments, and each email still arrives once.
import { type Browser } from "@playwright/test";
import { expect, test } from "./fixtures";
import ICAL from "ical.js";
import type { ParsedMail } from "mailparser";
import { Temporal } from "temporal-polyfill";
import { calendarOf, startTestMailServer, type TestMailServer } from "../tests/mail-server";
import { e2ePort, type AppServer } from "./app-server";
import { DEFAULT_PG_PORTS } from "../scripts/lib/local-database";
import { attachServerLogs, openFaultLab, type FaultLab } from "./fault-lab";
import { DEMO, expectNoSeriousAxeViolations, signInThroughForm } from "./helpers";
import { parse } from "csv-parse/sync";
import { ec2, openScoring, saveStatus, submitScorecard, unique } from "./scoring-helpers";

test.describe.configure({ mode: "default" });
let lab: FaultLab | undefined;
let mail: TestMailServer | undefined;
test.beforeAll(async () => {
  test.setTimeout(300_000);
  mail = await startTestMailServer();
  // Ports of its own: E2E_PORT+4 and +5, PostgreSQL at E2E_PG_PORT+2 (the fault lab uses +2/+3 and +1).
  lab = await openFaultLab({
    ports: { apps: [e2ePort(4), e2ePort(5)], database: Number(process.env.E2E_PG_PORT ?? DEFAULT_PG_PORTS.e2e) + 2 },
    env: { SMTP_URL: mail.url, MAIL_FROM: "Interview Bank <bank@example.org>", E2E_CLOCK_CONTROL: "1" },
  });
});
test.afterEach(async ({}, testInfo) => attachServerLogs(lab, testInfo));
test.afterAll(async () => {
  await lab?.close();
  await mail?.close();
});

const HOUR = 3_600_000;

async function signedIn(browser: Browser, server: AppServer, role: "recruiter", timezoneId: string) {
  const context = await browser.newContext({ baseURL: server.url, timezoneId });
  const page = await context.newPage();
  await signInThroughForm(page, role);
  return page;
}

/** Moves the shared clock (on one process), then has both processes sweep at once, twice. */
async function moveClockAndSweep(servers: [AppServer, AppServer], advanceMs: number) {
  const post = (server: AppServer, ms: number) =>
    fetch(`${server.url}/api/test/clock`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ advanceMs: ms }) });
  expect((await post(servers[0], advanceMs)).status).toBe(200);
  for (let round = 0; round < 2; round++) {
    const answers = await Promise.all([post(servers[0], 0), post(servers[1], 0), post(servers[0], 0), post(servers[1], 0)]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
  }
}

/** Waits until every recorded notice has been sent (or skipped): the queue is drained. */
async function queueDrained(theLab: FaultLab) {
  await expect
    .poll(async () => (await theLab.database.rows<{ n: number }>(`SELECT count(*)::int AS n FROM "Notification" WHERE status = 'PENDING'`))[0]!.n, { timeout: 60_000 })
    .toBe(0);
}

const subjects = (messages: ParsedMail[]) => messages.map((message) => message.subject ?? "").sort();

test("a recruiter schedules an interview in a chosen zone: both panelists get one invitation with a valid .ics, one reminder each, then the scorecard deadline emails", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  if (!lab || !mail) throw new Error("The lab did not start");
  const { servers, database } = lab;
  const inbox = mail;
  const candidate = unique("Scheduled");
  const interview = await database.startedInterview({ candidate, panel: [DEMO.interviewer.email, DEMO.admin.email], fromSet: ec2.slug });
  const interviewId = interview.split("/").pop()!;
  const origins = `(?:${servers.map((server) => server.url).join("|")})`;

  // The recruiter's browser is in Berlin; the interview is set in New York time, three days ahead.
  const rita = await signedIn(browser, servers[0], "recruiter", "Europe/Berlin");
  const day = Temporal.Now.zonedDateTimeISO("America/New_York").add({ days: 3 }).toPlainDate().toString();
  const start = new Date(Temporal.PlainDateTime.from(`${day}T10:00`).toZonedDateTime("America/New_York").epochMilliseconds);
  await rita.goto(interview);
  const when = rita.getByRole("region", { name: "When" });
  await expect(when.getByText("Not scheduled")).toBeVisible();
  await when.getByText("Schedule…").click();
  await when.getByLabel("Date").fill(day);
  await when.getByLabel("Start time").fill("10:00");
  await when.getByLabel("Time zone").selectOption("America/New_York");
  await when.getByLabel("Length (min)").fill("60");
  await when.getByLabel("Video link (optional, https)").fill("https://meet.example.com/e2e-room");
  await when.getByRole("button", { name: "Schedule" }).click();
  await expect(when.getByRole("status")).toContainText("Scheduled for");
  // The recruiter reads it in their own zone (Berlin, detected from the browser), with the zone named.
  const berlin = Temporal.Instant.fromEpochMilliseconds(start.getTime()).toZonedDateTimeISO("Europe/Berlin");
  await expect(when.locator("time").first()).toContainText(`${berlin.toPlainDate().toString()} ${String(berlin.hour).padStart(2, "0")}:00 GMT+`);
  await expect(when.getByText(`Scheduled in America/New_York: `)).toBeVisible();
  await expect(when.getByText(/Rita Recruiter scheduled it for/)).toBeVisible();
  await expectNoSeriousAxeViolations(rita);

  // Both panelists: one invitation each, with a calendar file an independent parser reads back.
  for (const person of [DEMO.interviewer, DEMO.admin]) {
    await expect.poll(() => inbox.to(person.email).length, { timeout: 60_000 }).toBe(1);
    const [message] = inbox.to(person.email);
    expect(message!.subject).toContain(`Invitation: interview with ${candidate}`);
    // Each lab process has its own NEXTAUTH_URL (its port); the link is absolute to whichever sent it.
    expect(message!.text).toMatch(new RegExp(`Open the interview: ${origins}${interview}\n`));
    expect(message!.html).toMatch(new RegExp(`href="${origins}${interview}"`));
    const calendar = new ICAL.Component(ICAL.parse(calendarOf(message!)!));
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
    expect(event.startDate.toJSDate().getTime()).toBe(start.getTime());
    expect(event.endDate.toJSDate().getTime()).toBe(start.getTime() + HOUR);
    expect(event.sequence).toBe(0);
    expect(event.uid).toBe(`interview-${interviewId}@interview-bank`);
    expect(event.attendees.map((attendee) => String(attendee.getFirstValue()).toLowerCase())).toEqual(
      expect.arrayContaining([`mailto:${DEMO.interviewer.email}`, `mailto:${DEMO.admin.email}`]),
    );
  }

  // 23 hours before it starts, both processes sweep, twice, at the same moments: one reminder each.
  await moveClockAndSweep(servers, start.getTime() - 23 * HOUR - Date.now());
  await queueDrained(lab);
  for (const person of [DEMO.interviewer, DEMO.admin]) {
    expect(subjects(inbox.to(person.email)).filter((subject) => subject.startsWith("Reminder:"))).toEqual([
      expect.stringContaining(`Reminder: interview with ${candidate} tomorrow`),
    ]);
  }
  // Half an hour before: the one-hour reminder, once.
  await moveClockAndSweep(servers, 22.5 * HOUR);
  await queueDrained(lab);
  for (const person of [DEMO.interviewer, DEMO.admin]) {
    expect(subjects(inbox.to(person.email)).filter((subject) => subject.includes("in an hour"))).toHaveLength(1);
  }

  // Past the end (10:00 + 60 min): "scorecard due"; a day after the end: overdue, and the recruiter who owns it is told.
  await moveClockAndSweep(servers, 1.5 * HOUR + 60_000);
  await queueDrained(lab);
  for (const person of [DEMO.interviewer, DEMO.admin]) {
    await expect.poll(() => subjects(inbox.to(person.email)).filter((subject) => subject.startsWith("Scorecard due:")).length).toBe(1);
  }
  await moveClockAndSweep(servers, 24 * HOUR);
  await queueDrained(lab);
  for (const person of [DEMO.interviewer, DEMO.admin]) {
    const overdue = inbox.to(person.email).filter((message) => message.subject?.startsWith("Scorecard overdue:"));
    expect(overdue).toHaveLength(1);
    expect(overdue[0]!.text).toMatch(new RegExp(`Submit your scorecard: ${origins}${interview}/score\n`));
  }
  const escalations = inbox.to(DEMO.recruiter.email).filter((message) => message.subject?.startsWith("Overdue scorecard:"));
  expect(escalations.map((message) => message.subject).sort()).toEqual([
    `Overdue scorecard: ${DEMO.admin.name} on ${candidate}, ${candidate}: tech screen`,
    `Overdue scorecard: ${DEMO.interviewer.name} on ${candidate}, ${candidate}: tech screen`,
  ]);
  // Every email: a plain-text part and an HTML part.
  for (const message of inbox.messages) {
    expect(message.text?.length).toBeGreaterThan(0);
    expect(typeof message.html).toBe("string");
  }
  // Nothing twice: one row per notice, and as many emails as sent rows.
  const sent = await database.rows<{ n: number }>(`SELECT count(*)::int AS n FROM "Notification" WHERE status = 'SENT'`);
  expect(inbox.messages).toHaveLength(sent[0]!.n);

  await hiringTeamsDay({ browser, servers, database: lab.database, interview, candidate, rita });
  await rita.context().close();
});

/**
 * The rest of the day (issue 14 part B), on the same interview, now a day past its end: the home
 * page shows each panelist the overdue scorecard; both submit; the recruiter's debrief records a
 * decision, which the candidate page and the CSV carry; a panelist's revision afterwards leaves the
 * submitted ratings, and every figure computed from them, as they were.
 */
async function hiringTeamsDay({
  browser,
  servers,
  database,
  interview,
  candidate,
  rita,
}: {
  browser: Browser;
  servers: [AppServer, AppServer];
  database: FaultLab["database"];
  interview: string;
  candidate: string;
  rita: Awaited<ReturnType<typeof signedIn>>;
}) {
  const panelist = async (role: "interviewer" | "admin", timezoneId: string) => {
    const context = await browser.newContext({ baseURL: servers[1].url, timezoneId });
    const page = await context.newPage();
    await signInThroughForm(page, role);
    return page;
  };
  const [ivy, ada] = await Promise.all([panelist("interviewer", "Europe/London"), panelist("admin", "Asia/Tokyo")]);
  // Signed in, each lands on their home page, where the late scorecard comes first, with how late.
  for (const page of [ivy, ada]) {
    await expect(page).toHaveURL(/:\d+\/$/);
    const waiting = page.getByRole("list", { name: "Scorecards waiting for you" });
    await expect(waiting.getByRole("listitem").first()).toContainText(`${candidate}: ${candidate}: tech screen`);
    await expect(waiting.getByRole("listitem").first()).toContainText(/\d+ (min|h|days)( \d+ min)? late/);
    await waiting
      .getByRole("link", { name: new RegExp(candidate) })
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`${interview}/score$`));
  }
  await expectNoSeriousAxeViolations(ivy);
  // Ivy rates the first question 3, Ada 2; both submit.
  for (const [page, rating, recommendation] of [
    [ivy, "3", "Yes"],
    [ada, "2", "No"],
  ] as const) {
    await openScoring(page, `${interview}/score?q=1`);
    await page.keyboard.press(rating);
    await expect(saveStatus(page)).toHaveAttribute("data-status", "saved");
    await submitScorecard(page, interview, recommendation, `Submitted by the e2e ${recommendation}`);
  }

  const { candidateId } = (await database.rows<{ candidateId: string }>(`SELECT "candidateId" FROM "InterviewSession" WHERE id = $1`, [interview.split("/").pop()]))[0]!;
  const figures = async () => {
    await rita.goto("/calibration");
    const calibration = await rita.getByRole("main").innerText();
    await rita.goto(`/candidates/${candidateId}/report`);
    const report = await rita.getByRole("main").innerText();
    return { calibration, report: report.replace(/Revised after the debrief[^\n]*\n?/g, "") };
  };

  // The recruiter's debrief: both scorecards side by side, then the decision.
  await rita.goto(`${interview}/debrief`);
  const table = rita.getByRole("region", { name: "Scorecards side by side" });
  await expect(table.getByRole("columnheader")).toContainText(["Question", DEMO.interviewer.name, DEMO.admin.name]);
  await expect(rita.getByTestId("panel-composite")).toContainText("Panel composite 2.50");
  await rita.getByRole("radio", { name: "Advance" }).check();
  await rita.getByLabel("Reason").fill("Clear on spot interruptions; the panel agrees to go on.");
  await rita.getByRole("button", { name: "Record the decision" }).click();
  await expect(rita.getByRole("status")).toContainText("Decision recorded: Advance.");
  await expectNoSeriousAxeViolations(rita);
  const before = await figures();

  // Ivy revises her rating after the debrief: a revision beside the submitted scorecard.
  await ivy.goto(`${interview}/debrief`);
  await ivy.getByText("Revise my rating…").click();
  await ivy.getByLabel(/^Q1\./).selectOption("4");
  await ivy.getByLabel("Why you revise it").fill("The debrief reminded me of the follow-up answer.");
  await ivy.getByRole("button", { name: "Record the revision" }).click();
  await expect(ivy.getByRole("status")).toContainText("Revision recorded");

  // Calibration and the report's figures are the same as before the revision; the revision shows as one.
  expect(await figures()).toEqual(before);
  await rita.goto(`${interview}/debrief`);
  await expect(table.getByTestId("submitted-rating").first()).toHaveText("3");
  await expect(table.getByTestId("revised-rating")).toHaveText(["revised to 4"]);
  await expect(rita.getByTestId("panel-composite")).toContainText("Panel composite 2.50");

  // The decision on the candidate page and in the CSV.
  await rita.goto(`/candidates/${candidateId}`);
  await expect(rita.getByTestId("interview-decision")).toContainText("Decision: Advance");
  await expect(rita.getByTestId("interview-decision")).toContainText("Clear on spot interruptions");
  const csv = await (await rita.request.get(`/candidates/${candidateId}/export`)).text();
  const records = parse(csv, { columns: true, bom: true }) as Record<string, string>[];
  const ivys = records.filter((row) => row.interviewer === DEMO.interviewer.name);
  expect(ivys[0]).toMatchObject({
    rating: "3",
    "rating revised after the debrief": "4",
    decision: "Advance",
    "decision reason": "Clear on spot interruptions; the panel agrees to go on.",
  });
  expect(records.every((row) => row.decision === "Advance")).toBe(true);
  await Promise.all([ivy.context().close(), ada.context().close()]);
}
