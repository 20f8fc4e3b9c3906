// A real SMTP server for tests (smtp-server + mailparser, through lib/mail/catcher.ts): the app
// sends to it over TCP exactly as it would to a company's mail server, and tests read what arrived.
import type { ParsedMail } from "mailparser";
import { startMailCatcher } from "../lib/mail/catcher";

export interface TestMailServer {
  url: string;
  messages: ParsedMail[];
  /** Messages to this address (case-insensitive). */
  to: (address: string) => ParsedMail[];
  close: () => Promise<void>;
}

export const recipients = (mail: ParsedMail) => [mail.to ?? []].flat().flatMap((item) => item.value.map((address) => address.address?.toLowerCase() ?? ""));

export async function startTestMailServer(options: { refuseRecipient?: (address: string) => boolean } = {}): Promise<TestMailServer> {
  const messages: ParsedMail[] = [];
  const catcher = await startMailCatcher({ onMail: (mail) => void messages.push(mail), refuseRecipient: options.refuseRecipient });
  return {
    url: catcher.url,
    messages,
    to: (address) => messages.filter((mail) => recipients(mail).includes(address.toLowerCase())),
    close: catcher.close,
  };
}

/** The .ics a message carries (its text/calendar attachment). */
export function calendarOf(mail: ParsedMail): string | null {
  const part = mail.attachments.find((item) => item.contentType.startsWith("text/calendar") && item.filename?.endsWith(".ics"));
  return part ? part.content.toString("utf8") : null;
}
