// The sweep against PostgreSQL: every notice recorded and queued once, even with two sweepers
// (two app processes) at the same moment; reminders and SLA stages at the right times, across a
// DST change; preferences; and the send over a real SMTP server the test starts.
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { readMailSettings } from "@/lib/mail/settings";
import { createMailer } from "@/lib/mail/transport";
import { applyAutosave } from "@/lib/scoring/autosave";
import { openScorecard, submitScorecard } from "@/lib/scoring/scorecards";
import { cancelInterview, scheduleInterview } from "@/lib/scheduling/scheduling";
import { calendarOf, startTestMailServer, type TestMailServer } from "@/tests/mail-server";
import { interviewFor, slot, team } from "@/tests/scheduling-fixtures";
import { createTestDatabase } from "@/tests/test-database";
import { savePreferences } from "./preferences";
import { sendNotification } from "./send";
import { saveSla } from "./sla";
import { sweepNotifications } from "./sweep";

const { prisma: db, url } = await createTestDatabase();
let people: Awaited<ReturnType<typeof team>>;
let mail: TestMailServer;
beforeAll(async () => {
  people = await team(db);
  mail = await startTestMailServer();
});
afterAll(async () => mail?.close());

const HOUR = 3_600_000;
const at = (iso: string, deltaMs = 0) => new Date(new Date(iso).getTime() + deltaMs);

async function notices(sessionId: string) {
  return db.notification.findMany({
    where: { sessionId },
    orderBy: [{ kind: "asc" }, { recipientId: "asc" }],
    select: { id: true, kind: true, recipientId: true, aboutUserId: true, sequence: true, status: true, detail: true },
  });
}

async function queuedSends(ids: string[]) {
  const rows = await db.$queryRaw<{ key: string }[]>`SELECT key FROM graphile_worker.jobs WHERE task_identifier = 'send-notification'`;
  return rows.map((row) => row.key).filter((key) => ids.some((id) => key === `notification:${id}`));
}

async function rate(user: { id: string; role: "INTERVIEWER" | "RECRUITER" | "ADMIN" | "CANDIDATE" }, sessionId: string) {
  const scorecardId = (await openScorecard(db, user, sessionId)) as { ok: true; value: string };
  const author = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { id: true, sessionVersion: true } });
  const score = await db.score.findFirstOrThrow({ where: { scorecardId: scorecardId.value }, select: { sessionQuestionId: true, revision: true } });
  await applyAutosave(db, author, scorecardId.value, {
    target: "question",
    sessionQuestionId: score.sessionQuestionId,
    writeId: crypto.randomUUID(),
    baseRevision: score.revision,
    value: { rating: 3, notes: "", keyPointsCovered: [], redFlagsRaised: [], elapsedSeconds: 60 },
  });
  return scorecardId.value;
}

describe("sweepNotifications", () => {
  it("records and queues each reminder once when two sweepers run at the same moment, again and again", async () => {
    const id = await interviewFor(db, people);
    await scheduleInterview(db, people.recruiter, id, slot("2026-06-10", "09:00", "UTC"), at("2026-06-01T00:00:00Z"));
    // Two processes: two clients, two connection pools, sweeping at the same instants.
    const other = createPrismaClient(url);
    try {
      for (const now of [at("2026-06-09T09:00:00Z"), at("2026-06-09T09:00:30Z"), at("2026-06-10T08:00:00Z"), at("2026-06-10T08:30:00Z")]) {
        await Promise.all([sweepNotifications(db, now), sweepNotifications(other, now), sweepNotifications(other, now), sweepNotifications(db, now)]);
      }
    } finally {
      await other.$disconnect();
    }
    const rows = await notices(id);
    const byKind = (kind: string) =>
      rows
        .filter((row) => row.kind === kind)
        .map((row) => row.recipientId)
        .sort();
    const panel = [people.ian.id, people.ivy.id].sort();
    expect(byKind("INVITATION")).toEqual(panel);
    expect(byKind("REMINDER_24H")).toEqual(panel);
    expect(byKind("REMINDER_1H")).toEqual(panel);
    expect(rows).toHaveLength(6);
    // One job per notice, keyed by it.
    expect((await queuedSends(rows.map((row) => row.id))).sort()).toEqual(rows.map((row) => `notification:${row.id}`).sort());
  });

  it("sends reminders exactly 24 h and 1 h before across a DST change, only when the schedule was set before, and new ones after a reschedule", async () => {
    const id = await interviewFor(db, people, { panel: [people.ian.id] });
    // 09:00 London on 29 March 2026 is BST (08:00 UTC); 24 h earlier the clocks still said GMT.
    await scheduleInterview(db, people.recruiter, id, slot("2026-03-29", "09:00", "Europe/London"), at("2026-03-20T00:00:00Z"));
    const start = at("2026-03-29T08:00:00Z");
    const kinds = async () => (await notices(id)).map((row) => `${row.kind}#${row.sequence}`).sort();
    await sweepNotifications(db, at(start.toISOString(), -24 * HOUR - 60_000));
    expect(await kinds()).toEqual(["INVITATION#0"]);
    await sweepNotifications(db, at(start.toISOString(), -24 * HOUR));
    expect(await kinds()).toEqual(["INVITATION#0", "REMINDER_24H#0"]);
    await sweepNotifications(db, at(start.toISOString(), -HOUR));
    expect(await kinds()).toEqual(["INVITATION#0", "REMINDER_1H#0", "REMINDER_24H#0"]);
    await sweepNotifications(db, start);
    expect(await kinds()).toHaveLength(3);

    // Moved to this afternoon (set 3 hours before it): an update, no "tomorrow" reminder, then the 1-hour one.
    const moved = at("2026-03-29T10:00:00Z");
    await scheduleInterview(db, people.recruiter, id, slot("2026-03-29", "14:00", "Europe/London"), moved);
    await sweepNotifications(db, at("2026-03-29T12:00:00Z"));
    expect(await kinds()).toEqual(["INVITATION#0", "REMINDER_1H#0", "REMINDER_1H#1", "REMINDER_24H#0", "RESCHEDULED#1"]);

    await cancelInterview(db, people.recruiter, id, "", at("2026-03-29T12:10:00Z"));
    expect(await kinds()).toContain("CANCELLED#2");
  });

  it("walks a scorecard through due, ratings overdue and overdue (with the owner's escalation), then the panel-complete notice", async () => {
    const id = await interviewFor(db, people, { started: true });
    await scheduleInterview(db, people.recruiter, id, slot("2026-07-01", "10:00", "UTC", { durationMinutes: 60 }), at("2026-06-20T00:00:00Z"));
    const end = at("2026-07-01T11:00:00Z");
    const stage = async () =>
      (await notices(id))
        .filter((row) => !["INVITATION", "REMINDER_24H", "REMINDER_1H"].includes(row.kind))
        .map(
          (row) =>
            `${row.kind}:${row.recipientId === people.ian.id ? "ian" : row.recipientId === people.ivy.id ? "ivy" : "rita"}${row.aboutUserId ? `/${row.aboutUserId === people.ian.id ? "ian" : "ivy"}` : ""}`,
        )
        .sort();
    await sweepNotifications(db, at(end.toISOString(), -60_000));
    expect(await stage()).toEqual([]);
    await sweepNotifications(db, end);
    expect(await stage()).toEqual(["SCORECARD_DUE:ian", "SCORECARD_DUE:ivy"]);
    // Ian rates in time; Ivy does not.
    await rate(people.ian, id);
    await sweepNotifications(db, at(end.toISOString(), HOUR));
    expect(await stage()).toEqual(["RATINGS_OVERDUE:ivy", "SCORECARD_DUE:ian", "SCORECARD_DUE:ivy"]);
    await sweepNotifications(db, at(end.toISOString(), 24 * HOUR));
    expect(await stage()).toEqual([
      "OVERDUE_ESCALATION:rita/ian",
      "OVERDUE_ESCALATION:rita/ivy",
      "RATINGS_OVERDUE:ivy",
      "SCORECARD_DUE:ian",
      "SCORECARD_DUE:ivy",
      "SCORECARD_OVERDUE:ian",
      "SCORECARD_OVERDUE:ivy",
    ]);
    const ianCard = await db.scorecard.findFirstOrThrow({ where: { sessionId: id, interviewerId: people.ian.id }, select: { id: true } });
    expect(await submitScorecard(db, people.ian, ianCard.id, { recommendation: "YES", summary: "Good.", disagreementReason: null })).toMatchObject({ ok: true });
    const ivyCard = await rate(people.ivy, id);
    expect(await submitScorecard(db, people.ivy, ivyCard, { recommendation: "YES", summary: "Good.", disagreementReason: null })).toMatchObject({ ok: true });
    await sweepNotifications(db, at(end.toISOString(), 25 * HOUR));
    expect(await stage()).toContain("PANEL_COMPLETE:rita");
  });

  it("uses the admins' SLA, and a sweep that was down for a day sends only the furthest stage", async () => {
    expect(await saveSla(db, people.admin, { ratingsWithinMinutes: 30, scorecardWithinHours: 4 })).toEqual({ ok: true });
    try {
      const id = await interviewFor(db, people, { started: true, panel: [people.ian.id] });
      await scheduleInterview(db, people.recruiter, id, slot("2026-08-01", "10:00", "UTC"), at("2026-07-20T00:00:00Z"));
      await sweepNotifications(db, at("2026-08-01T11:30:00Z"));
      expect((await notices(id)).map((row) => row.kind)).toContain("RATINGS_OVERDUE");
      const late = await interviewFor(db, people, { started: true, panel: [people.ian.id] });
      await scheduleInterview(db, people.recruiter, late, slot("2026-08-01", "10:00", "UTC"), at("2026-07-20T00:00:00Z"));
      await sweepNotifications(db, at("2026-08-01T15:00:00Z"));
      expect((await notices(late)).map((row) => row.kind).sort()).toEqual(["INVITATION", "OVERDUE_ESCALATION", "SCORECARD_OVERDUE"]);
    } finally {
      await saveSla(db, people.admin, { ratingsWithinMinutes: 60, scorecardWithinHours: 24 });
    }
    expect(await saveSla(db, people.recruiter, { ratingsWithinMinutes: 1, scorecardWithinHours: 1 })).toMatchObject({ ok: false });
  });

  it("keeps what a recipient turned off as skipped (never queued), and never lets required notices be turned off", async () => {
    const muted = await savePreferences(db, people.ivy.id, ["INVITATION"]);
    expect(muted).not.toContain("INVITATION");
    expect(muted).not.toContain("RESCHEDULED");
    expect(muted).not.toContain("SCORECARD_OVERDUE");
    expect(muted).toContain("REMINDER_24H");
    try {
      const id = await interviewFor(db, people);
      await scheduleInterview(db, people.recruiter, id, slot("2026-09-10", "09:00"), at("2026-09-01T00:00:00Z"));
      await sweepNotifications(db, at("2026-09-09T09:00:00Z"));
      const rows = await notices(id);
      const ivy = rows.filter((row) => row.recipientId === people.ivy.id);
      expect(ivy.map((row) => [row.kind, row.status])).toEqual([
        ["INVITATION", "PENDING"],
        ["REMINDER_24H", "SKIPPED"],
      ]);
      expect(await queuedSends(ivy.map((row) => row.id))).toEqual([`notification:${ivy[0]!.id}`]);
      expect(rows.find((row) => row.recipientId === people.ian.id && row.kind === "REMINDER_24H")?.status).toBe("PENDING");
    } finally {
      await savePreferences(db, people.ivy.id, ["REMINDER_24H", "REMINDER_1H", "SCORECARD_DUE", "RATINGS_OVERDUE", "OVERDUE_ESCALATION", "PANEL_COMPLETE"]);
    }
  });
});

describe("sendNotification", () => {
  it("sends the invitation over SMTP with a text part, an escaped HTML part, an absolute link and a parseable .ics, once", async () => {
    const id = await interviewFor(db, people, { candidate: `<script>alert("x")</script> & Co` });
    await scheduleInterview(db, people.recruiter, id, slot("2026-10-25", "01:30", "Europe/London", { location: "Room <b>4</b>" }), at("2026-10-01T00:00:00Z"));
    await db.user.update({ where: { id: people.ian.id }, data: { timeZone: "America/New_York" } });
    const invitation = (await notices(id)).find((row) => row.kind === "INVITATION" && row.recipientId === people.ian.id)!;
    const settings = readMailSettings({ SMTP_URL: mail.url, MAIL_FROM: "Interview Bank <bank@example.org>", NEXTAUTH_URL: "https://interviews.example.com/" });
    const mailer = createMailer(settings)!;
    const options = { mailer, settings, now: at("2026-10-01T00:00:00Z"), attempt: 1, maxAttempts: 8 };
    expect(await sendNotification(db, invitation.id, options)).toMatchObject({ status: "SENT" });
    // The same job again (a retry after a lost acknowledgement): nothing more is sent.
    expect(await sendNotification(db, invitation.id, options)).toEqual({ status: "DONE_BEFORE" });
    mailer.close();

    const received = mail.to(people.ian.email);
    expect(received).toHaveLength(1);
    const message = received[0]!;
    expect(message.subject).toContain("Invitation: interview with <script>");
    // 01:30 London on the night the clocks go back (first occurrence, BST) is 20:30 the evening before in New York.
    expect(message.text).toContain("When: 2026-10-24 20:30 EDT (60 min)");
    expect(message.text).toContain("Scheduled in: Europe/London: 2026-10-25 01:30 GMT+1");
    expect(message.text).toContain(`Open the interview: https://interviews.example.com/interviews/${id}`);
    expect(message.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co");
    expect(message.html).toContain("Room &lt;b&gt;4&lt;/b&gt;");
    expect(message.html).not.toMatch(/<script|<b>4/);
    expect(message.html).toContain(`href="https://interviews.example.com/interviews/${id}"`);
    const ics = calendarOf(message)!;
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!);
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(event.sequence).toBe(0);
    expect(event.summary).toContain(`<script>alert("x")</script> & Co`);
    expect(ics).toContain("METHOD:REQUEST");
  });

  it("skips what no longer applies, and marks the last failed attempt FAILED while still failing the job", async () => {
    const id = await interviewFor(db, people, { panel: [people.ian.id] });
    await scheduleInterview(db, people.recruiter, id, slot("2026-11-10", "09:00"), at("2026-11-01T00:00:00Z"));
    await scheduleInterview(db, people.recruiter, id, slot("2026-11-11", "09:00"), at("2026-11-01T00:00:00Z"));
    const [first, second] = (await notices(id)).sort((a, b) => a.sequence - b.sequence);
    const settings = readMailSettings({ SMTP_URL: mail.url });
    const mailer = createMailer(settings)!;
    expect(await sendNotification(db, first!.id, { mailer, settings, now: at("2026-11-01T00:00:00Z"), attempt: 1, maxAttempts: 8 })).toEqual({
      status: "SKIPPED",
      reason: "A newer schedule replaced this one.",
    });
    mailer.close();

    // A mail server that refuses connections: not the last attempt → thrown and still PENDING (the queue retries).
    const broken = readMailSettings({ SMTP_URL: "smtp://127.0.0.1:9" });
    const down = createMailer(broken)!;
    await expect(sendNotification(db, second!.id, { mailer: down, settings: broken, now: at("2026-11-01T00:00:00Z"), attempt: 1, maxAttempts: 2 })).rejects.toThrow();
    expect((await db.notification.findUniqueOrThrow({ where: { id: second!.id } })).status).toBe("PENDING");
    await expect(sendNotification(db, second!.id, { mailer: down, settings: broken, now: at("2026-11-01T00:00:00Z"), attempt: 2, maxAttempts: 2 })).rejects.toThrow();
    expect(await db.notification.findUniqueOrThrow({ where: { id: second!.id }, select: { status: true, detail: true } })).toMatchObject({
      status: "FAILED",
      detail: expect.stringMatching(/ECONNREFUSED/),
    });
    down.close();
  });

  it("tells the owner when the panel of an interview that was never scheduled is complete", async () => {
    const id = await interviewFor(db, people, { started: true, panel: [people.ian.id] });
    const card = await rate(people.ian, id);
    expect(await submitScorecard(db, people.ian, card, { recommendation: "YES", summary: "Good.", disagreementReason: null })).toMatchObject({ ok: true });
    await sweepNotifications(db, new Date());
    const complete = (await notices(id)).filter((row) => row.kind === "PANEL_COMPLETE");
    expect(complete.map((row) => row.recipientId)).toEqual([people.recruiter.id]);
    const settings = readMailSettings({ SMTP_URL: mail.url, NEXTAUTH_URL: "https://interviews.example.com" });
    const mailer = createMailer(settings)!;
    expect(await sendNotification(db, complete[0]!.id, { mailer, settings, now: new Date(), attempt: 1, maxAttempts: 8 })).toMatchObject({ status: "SENT" });
    mailer.close();
    const [message] = mail.to(people.recruiter.email).filter((item) => item.subject?.startsWith("Ready for debrief"));
    expect(message?.text).toContain(`Open the debrief: https://interviews.example.com/interviews/${id}/debrief`);
    expect(message?.text).not.toContain("When:");
  });
});
