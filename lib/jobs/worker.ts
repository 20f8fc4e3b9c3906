// The background worker every app process runs next to Next.js (scripts/server.ts). graphile-worker
// hands each job to exactly one worker across all processes (row locks with SKIP LOCKED), retries
// failures with exponential backoff, and its cron enqueues one sweep per minute for the whole
// cluster (it records each tick, so two processes do not both enqueue it). The sweep's own
// once-only guarantee does not depend on that: see lib/notifications/sweep.ts.
import { run, type Runner, type Task, type TaskList } from "graphile-worker";
import { now } from "@/lib/clock";
import { createPrismaClient, type Database } from "@/lib/db-client";
import type { MailSettings } from "@/lib/mail/settings";
import { createMailer } from "@/lib/mail/transport";
import { sendNotification } from "@/lib/notifications/send";
import { SEND_TASK, sweepNotifications } from "@/lib/notifications/sweep";
import { REMINDER_TASK, sendPracticeReminders } from "@/lib/practice/reminders";
import { PRIVACY_TASK, runPrivacyMaintenance } from "@/lib/privacy/daily";
import { recordJobRun } from "./runs";
import { workerLogger, type LogLine } from "./queue";

export const SWEEP_TASK = "sweep-notifications";

export interface JobsOptions {
  databaseUrl: string;
  mail: MailSettings;
  log: LogLine;
  /** Jobs run at once in this process (default 2: this is a small side job of a web server). */
  concurrency?: number;
}

export interface Jobs {
  db: Database;
  runner: Runner;
  stop: () => Promise<void>;
}

/** A task that records its start, end and error (JobKindRun) for /admin/jobs. */
function recorded(db: Database, kind: string, task: Task): Task {
  return async (payload, helpers) => {
    const started = new Date();
    await recordJobRun(db, kind, { started });
    try {
      await task(payload, helpers);
      await recordJobRun(db, kind, { started, finished: new Date(), error: null });
    } catch (error) {
      await recordJobRun(db, kind, { started, finished: new Date(), error: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  };
}

export function taskList(db: Database, options: Pick<JobsOptions, "mail" | "log">): TaskList {
  const mailer = createMailer(options.mail);
  return {
    [REMINDER_TASK]: recorded(db, REMINDER_TASK, async () => {
      const result = await sendPracticeReminders(db, mailer, options.mail, await now(db));
      if (result.sent > 0) options.log(`practice reminders: ${result.sent} sent`);
    }),
    [SWEEP_TASK]: recorded(db, SWEEP_TASK, async () => {
      const result = await sweepNotifications(db, await now(db));
      if (result.created > 0) options.log(`sweep: ${result.created} new notice(s), ${result.queued} queued to send`);
    }),
    [SEND_TASK]: recorded(db, SEND_TASK, async (payload, helpers) => {
      const { notificationId } = payload as { notificationId?: unknown };
      if (typeof notificationId !== "string") throw new Error(`${SEND_TASK}: the payload has no notificationId`);
      await sendNotification(db, notificationId, {
        mailer,
        settings: options.mail,
        now: await now(db),
        attempt: helpers.job.attempts,
        maxAttempts: helpers.job.max_attempts,
      });
    }),
    [PRIVACY_TASK]: recorded(db, PRIVACY_TASK, async () => {
      const result = await runPrivacyMaintenance(db, await now(db));
      options.log(`privacy: ${result.erasedCandidates} candidate(s) erased by retention, ${result.purgedSessions} ended session(s) purged`);
    }),
  };
}

export async function startJobs(options: JobsOptions): Promise<Jobs> {
  const db = createPrismaClient(options.databaseUrl);
  const runner = await run({
    connectionString: options.databaseUrl,
    concurrency: options.concurrency ?? 2,
    // scripts/server.ts stops the runner on SIGTERM, after the HTTP server has drained.
    noHandleSignals: true,
    pollInterval: 2_000,
    logger: workerLogger(options.log),
    taskList: taskList(db, options),
    // Every minute; a tick missed while every process was down is not replayed (the next sweep
    // catches up: it looks at what is due now, not at what happened in between).
    // Practice reminders hourly (each learner's 08:00 comes at a different UTC hour); the privacy job
    // daily at 03:00 UTC, where `fill=1d` runs a missed one when a process next starts.
    crontab: `* * * * * ${SWEEP_TASK} ?max=1\n5 * * * * ${REMINDER_TASK} ?max=1\n0 3 * * * ${PRIVACY_TASK} ?max=1&fill=1d`,
  });
  return {
    db,
    runner,
    async stop() {
      await runner.stop();
      await db.$disconnect();
    },
  };
}
