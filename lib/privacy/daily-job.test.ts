// The privacy job on the real queue: graphile-worker runs the task the crontab names, which applies
// the admin's retention setting; the run is recorded for /admin/jobs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startJobs, type Jobs } from "@/lib/jobs/worker";
import { readMailSettings } from "@/lib/mail/settings";
import { createTestDatabase } from "@/tests/test-database";
import { PRIVACY_TASK } from "./daily";
import { RETENTION_KEY } from "./retention";

const { prisma: db, url } = await createTestDatabase();
let jobs: Jobs;

beforeAll(async () => {
  jobs = await startJobs({ databaseUrl: url, mail: readMailSettings({}), log: () => {} });
});
afterAll(() => jobs?.stop());

describe("the daily privacy job on the queue", () => {
  it("erases candidates inactive past the retention setting, and records its run", async () => {
    const stale = await db.candidate.create({ data: { name: "Stale Queued", email: "stale@queue.test" }, select: { id: true } });
    const fresh = await db.candidate.create({ data: { name: "Fresh Queued" }, select: { id: true } });
    await db.$executeRaw`UPDATE "Candidate" SET "updatedAt" = now() AT TIME ZONE 'UTC' - interval '30 months' WHERE "id" = ${stale.id}`;
    await db.appSetting.create({ data: { key: RETENTION_KEY, value: { candidateMonths: 24 } } });

    await db.$executeRaw`SELECT graphile_worker.add_job(${PRIVACY_TASK})`;
    await expect.poll(async () => (await db.candidate.findUniqueOrThrow({ where: { id: stale.id }, select: { name: true } })).name, { timeout: 20_000 }).toBe("[erased]");
    expect(await db.candidate.findUniqueOrThrow({ where: { id: fresh.id }, select: { erasedAt: true } })).toEqual({ erasedAt: null });
    await expect.poll(async () => (await db.jobKindRun.findUnique({ where: { kind: PRIVACY_TASK } }))?.lastSucceeded, { timeout: 10_000 }).toBe(true);
    expect(await db.auditEvent.findMany({ where: { action: "candidate.erase" }, select: { actorId: true, targetId: true, details: true } })).toEqual([
      { actorId: null, targetId: stale.id, details: { reason: "retention", months: 24 } },
    ]);
  });
});
