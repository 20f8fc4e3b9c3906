// Mail settings, read from the environment by the process that sends (the job worker). No
// "server-only" here: the worker runs in scripts/server.ts, outside the Next.js bundle.
import { z } from "zod";

export interface MailSettings {
  /** smtp:// or smtps:// URL with credentials; null: no mail is sent (notices are kept as skipped). */
  smtpUrl: string | null;
  /** The From of every email: "Interview Bank <interviews@example.com>". */
  from: string;
  /** The app's public address, the start of every link in an email. */
  publicUrl: string;
  /** True when publicUrl is a guess (no NEXTAUTH_URL): links then point at this machine. */
  publicUrlGuessed: boolean;
}

const smtpUrl = z
  .string()
  .trim()
  .refine((value) => /^smtps?:\/\/[^\s]+$/.test(value) && URL.canParse(value), {
    message: "SMTP_URL must be an smtp:// or smtps:// URL, e.g. smtps://user:password@smtp.example.com:465",
  });

export function readMailSettings(env: Record<string, string | undefined>, port = Number(env.PORT ?? 3000)): MailSettings {
  const url = env.SMTP_URL?.trim() ? smtpUrl.parse(env.SMTP_URL) : null;
  const publicUrl = env.NEXTAUTH_URL?.trim().replace(/\/+$/, "");
  return {
    smtpUrl: url,
    from: env.MAIL_FROM?.trim() || "Interview Bank <interview-bank@localhost>",
    publicUrl: publicUrl || `http://localhost:${port}`,
    publicUrlGuessed: !publicUrl,
  };
}
