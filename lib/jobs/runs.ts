// The last run of each kind of job (graphile-worker deletes jobs that succeed): kept for /admin/jobs.
import type { Database } from "@/lib/db-client";

export async function recordJobRun(db: Database, kind: string, run: { started: Date; finished?: Date; error?: string | null }) {
  if (!run.finished) {
    await db.jobKindRun.upsert({
      where: { kind },
      create: { kind, lastStartedAt: run.started, runs: 1 },
      update: { lastStartedAt: run.started, runs: { increment: 1 } },
    });
    return;
  }
  const failed = Boolean(run.error);
  await db.jobKindRun.update({
    where: { kind },
    data: { lastFinishedAt: run.finished, lastSucceeded: !failed, lastError: run.error?.slice(0, 2000) ?? null, ...(failed ? { failures: { increment: 1 } } : {}) },
  });
}
