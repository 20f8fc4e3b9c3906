import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { SEND_TASK } from "@/lib/notifications/sweep";
import { PRIVACY_TASK } from "@/lib/privacy/daily";
import { SWEEP_TASK } from "./worker";

export interface JobKindSummary {
  kind: string;
  /** Waiting to run (first attempt), retrying after a failure, running now, failed for good. */
  pending: number;
  retrying: number;
  running: number;
  failed: number;
  lastRun: { startedAt: Date; finishedAt: Date | null; succeeded: boolean | null; error: string | null; runs: number; failures: number } | null;
}

export interface JobRow {
  id: string;
  kind: string;
  attempts: number;
  maxAttempts: number;
  runAt: Date;
  lastError: string | null;
  key: string | null;
}

/** /admin/jobs: the queue (graphile_worker.jobs, its public view) per kind, and each kind's last run. */
export async function getJobsOverview() {
  await requireUser(["ADMIN"]);
  const [counts, problems, runs] = await Promise.all([
    prisma.$queryRaw<{ kind: string; pending: number; retrying: number; running: number; failed: number }[]>`
      SELECT task_identifier AS kind,
        count(*) FILTER (WHERE locked_at IS NULL AND attempts = 0)::int AS pending,
        count(*) FILTER (WHERE locked_at IS NULL AND attempts > 0 AND attempts < max_attempts)::int AS retrying,
        count(*) FILTER (WHERE locked_at IS NOT NULL)::int AS running,
        count(*) FILTER (WHERE locked_at IS NULL AND attempts >= max_attempts)::int AS failed
      FROM graphile_worker.jobs GROUP BY task_identifier`,
    prisma.$queryRaw<{ id: bigint; kind: string; attempts: number; max_attempts: number; run_at: Date; last_error: string | null; key: string | null }[]>`
      SELECT id, task_identifier AS kind, attempts, max_attempts, run_at, last_error, key
      FROM graphile_worker.jobs WHERE attempts > 0 AND locked_at IS NULL
      ORDER BY (attempts >= max_attempts) DESC, updated_at DESC LIMIT 50`,
    prisma.jobKindRun.findMany({ orderBy: { kind: "asc" } }),
  ]);
  const kinds = [...new Set([SWEEP_TASK, SEND_TASK, PRIVACY_TASK, ...counts.map((row) => row.kind), ...runs.map((row) => row.kind)])];
  const summaries: JobKindSummary[] = kinds.map((kind) => {
    const count = counts.find((row) => row.kind === kind);
    const run = runs.find((row) => row.kind === kind);
    return {
      kind,
      pending: count?.pending ?? 0,
      retrying: count?.retrying ?? 0,
      running: count?.running ?? 0,
      failed: count?.failed ?? 0,
      lastRun: run
        ? { startedAt: run.lastStartedAt, finishedAt: run.lastFinishedAt, succeeded: run.lastSucceeded, error: run.lastError, runs: run.runs, failures: run.failures }
        : null,
    };
  });
  const rows: JobRow[] = problems.map((row) => ({
    id: String(row.id),
    kind: row.kind,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    runAt: row.run_at,
    lastError: row.last_error,
    key: row.key,
  }));
  return { summaries, failed: rows.filter((row) => row.attempts >= row.maxAttempts), retrying: rows.filter((row) => row.attempts < row.maxAttempts) };
}
