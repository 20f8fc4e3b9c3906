// The job queue is graphile-worker on the app's own PostgreSQL (docs/jobs.md says why). Its tables
// live in the graphile_worker schema, installed and upgraded by graphile-worker itself; we run that
// with the app's migrations (scripts/lib/migrations.ts), so any code may enqueue from SQL at once.
import { Logger, runMigrations } from "graphile-worker";

export type LogLine = (line: string) => void;

/** graphile-worker's logger, writing warnings and errors (and, with `verbose`, everything) through `log`. */
export function workerLogger(log: LogLine, verbose = false) {
  return new Logger(() => (level, message) => {
    if (verbose || level === "error" || level === "warning") log(`${level}: ${message}`);
  });
}

export async function installJobQueue(connectionString: string, log: LogLine = () => {}) {
  await runMigrations({ connectionString, logger: workerLogger(log) });
}
