// The real queue: two graphile-worker runners (two app processes) on one PostgreSQL, sending
// through a real SMTP server that turns the first attempt for one recipient away. Each email
// arrives once, the refused one after a retry, and every run is recorded for /admin/jobs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readMailSettings } from "@/lib/mail/settings";
import { scheduleInterview } from "@/lib/scheduling/scheduling";
import { startTestMailServer, type TestMailServer } from "@/tests/mail-server";
import { interviewFor, slot, team } from "@/tests/scheduling-fixtures";
import { createTestDatabase } from "@/tests/test-database";
import { startJobs, type Jobs } from "./worker";

const { prisma: db, url } = await createTestDatabase();
let people: Awaited<ReturnType<typeof team>>;
let mail: TestMailServer;
const workers: Jobs[] = [];
const refused = new Set<string>();

beforeAll(async () => {
  people = await team(db);
  mail = await startTestMailServer({
    // Ivy's mail server is busy the first time.
    refuseRecipient: (address) => {
      if (address !== people.ivy.email || refused.has(address)) return false;
      refused.add(address);
      return true;
    },
  });
  const settings = readMailSettings({ SMTP_URL: mail.url, NEXTAUTH_URL: "https://interviews.example.com" });
  for (let i = 0; i < 2; i++) workers.push(await startJobs({ databaseUrl: url, mail: settings, log: () => {} }));
});
afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.stop()));
  await mail?.close();
});

describe("the job worker", () => {
  it("sends each invitation once across two workers, retries a refused send with backoff, and records the runs", async () => {
    const id = await interviewFor(db, people);
    const day = new Date(Date.now() + 3 * 24 * 3_600_000);
    const date = `${day.getUTCFullYear()}-${String(day.getUTCMonth() + 1).padStart(2, "0")}-${String(day.getUTCDate()).padStart(2, "0")}`;
    expect(await scheduleInterview(db, people.recruiter, id, slot(date, "10:00"), new Date())).toMatchObject({ ok: true });

    await expect.poll(() => mail.to(people.ian.email).length, { timeout: 20_000 }).toBe(1);
    // Refused once (451), then delivered by the retry graphile-worker schedules about e¹ ≈ 3 s later.
    await expect.poll(() => mail.to(people.ivy.email).length, { timeout: 30_000 }).toBe(1);
    expect(refused.has(people.ivy.email)).toBe(true);
    // The worker records the send after the SMTP server has the message: wait for the records, not the mail.
    const statuses = async () => (await db.notification.findMany({ where: { sessionId: id }, select: { status: true } })).map((row) => row.status);
    await expect.poll(statuses, { timeout: 10_000 }).toEqual(["SENT", "SENT"]);
    const left = async () => (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'send-notification'`)[0]!.n;
    // Nothing left in the queue, and nothing was sent twice.
    await expect.poll(left, { timeout: 10_000 }).toBe(0);
    const runs = await db.jobKindRun.findUniqueOrThrow({ where: { kind: "send-notification" } });
    expect(runs).toMatchObject({ lastSucceeded: true, failures: 1 });
    expect(runs.runs).toBeGreaterThanOrEqual(3);
    expect(mail.messages).toHaveLength(2);
  });
});
