// One nodemailer SMTP transport per process, from SMTP_URL.
import nodemailer, { type Transporter } from "nodemailer";
import type { MailSettings } from "./settings";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments?: { filename: string; content: string; contentType: string }[];
  /** An iCalendar body shown by mail clients as an invitation (with the .ics also attached). */
  icalEvent?: { method: "REQUEST" | "CANCEL"; content: string; filename: string };
}

export interface Mailer {
  send: (mail: OutgoingMail) => Promise<{ messageId: string }>;
  close: () => void;
}

export function createMailer(settings: MailSettings): Mailer | null {
  if (!settings.smtpUrl) return null;
  // Bounded waits: a mail server that stops answering fails the job, which is retried later.
  const transport: Transporter = nodemailer.createTransport(settings.smtpUrl, {
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  } as never);
  return {
    async send(mail) {
      const info = await transport.sendMail({ from: settings.from, ...mail });
      return { messageId: String(info.messageId) };
    },
    close: () => transport.close(),
  };
}
