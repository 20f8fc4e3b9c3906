// Starts the job worker inside the app's server process (scripts/server.ts), unless RUN_JOBS=false
// (for a deployment that runs workers apart from web servers: see docs/jobs.md). Says what mail
// will do, so a missing SMTP_URL or public URL is noticed at start, not when an email goes astray.
import { startJobs } from "../../lib/jobs/worker";
import { readMailSettings } from "../../lib/mail/settings";

export async function startServerJobs({ dev, port }: { dev: boolean; port: number }): Promise<{ stop: () => Promise<void> }> {
  const log = (line: string) => console.log(`[jobs] ${line}`);
  if (process.env.RUN_JOBS === "false") {
    log("RUN_JOBS=false: this process runs no background jobs.");
    return { stop: async () => {} };
  }
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is not set: the job worker cannot start.");
  const mail = readMailSettings(process.env, port);
  if (!mail.smtpUrl) log("SMTP_URL is not set: notifications are recorded as skipped, no email is sent.");
  else log(`Mail goes through ${new URL(mail.smtpUrl).host} from ${mail.from}.`);
  if (mail.publicUrlGuessed && !dev) log(`NEXTAUTH_URL is not set: links in emails point at ${mail.publicUrl}. Set it to the app's public address.`);
  if (process.env.E2E_CLOCK_CONTROL === "1") log("E2E_CLOCK_CONTROL=1: the clock can be moved by tests. Never set this in production.");
  const jobs = await startJobs({ databaseUrl, mail, log });
  return { stop: jobs.stop };
}
