// Development without SMTP_URL: an SMTP server on a free loopback port catches every email the
// app sends and keeps it in .data/mail/ (MAIL_CATCHER_DIR), where /dev/mail shows it. Returns the
// variables the app's server gets: SMTP_URL pointing at the catcher.
import { startMailCatcher } from "../../lib/mail/catcher";
import { DEFAULT_MAILBOX_DIR, saveCaughtMail, toCaughtMail } from "../../lib/mail/mailbox";

export async function startDevMailCatcher(): Promise<Record<string, string>> {
  if (process.env.SMTP_URL?.trim()) return {};
  const dir = process.env.MAIL_CATCHER_DIR?.trim() || DEFAULT_MAILBOX_DIR;
  const catcher = await startMailCatcher({
    onMail: async (mail) => {
      const caught = toCaughtMail(mail);
      await saveCaughtMail(dir, caught);
      console.log(`[mail] Caught "${caught.subject}" to ${caught.to}: see /dev/mail`);
    },
  });
  console.log(`[mail] No SMTP_URL: catching mail at ${catcher.url}; read it at /dev/mail`);
  return { SMTP_URL: catcher.url, MAIL_CATCHER_DIR: dir };
}
