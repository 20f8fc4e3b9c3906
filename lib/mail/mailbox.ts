// Where the development mail catcher keeps what it caught: one JSON file per message in
// .data/mail/ (MAIL_CATCHER_DIR), newest last by name. /dev/mail reads them.
import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ParsedMail } from "mailparser";

export const DEFAULT_MAILBOX_DIR = ".data/mail";

export interface CaughtMail {
  id: string;
  receivedAt: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  attachments: { filename: string; contentType: string; text: string | null; size: number }[];
}

const addresses = (value: ParsedMail["to"] | ParsedMail["from"]) =>
  [value ?? []]
    .flat()
    .map((item) => item.text)
    .join(", ");

export function toCaughtMail(mail: ParsedMail, receivedAt = new Date()): CaughtMail {
  return {
    id: `${receivedAt.getTime()}-${randomBytes(4).toString("hex")}`,
    receivedAt: receivedAt.toISOString(),
    from: addresses(mail.from),
    to: addresses(mail.to),
    subject: mail.subject ?? "",
    text: mail.text ?? "",
    html: typeof mail.html === "string" ? mail.html : null,
    attachments: mail.attachments.map((item) => ({
      filename: item.filename ?? "attachment",
      contentType: item.contentType,
      // Calendar files and plain text are shown; anything else only by name and size.
      text: /^text\//.test(item.contentType) ? item.content.toString("utf8") : null,
      size: item.size,
    })),
  };
}

export async function saveCaughtMail(dir: string, mail: CaughtMail) {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, `${mail.id}.json`), JSON.stringify(mail));
}

/** The newest `limit` messages, newest first; a damaged file is left out rather than breaking the page. */
export async function listCaughtMail(dir: string, limit = 100): Promise<CaughtMail[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith(".json"));
  } catch {
    return [];
  }
  const newest = names.sort().reverse().slice(0, limit);
  const mails = await Promise.all(
    newest.map(async (name) => {
      try {
        return JSON.parse(await readFile(path.join(dir, name), "utf8")) as CaughtMail;
      } catch {
        return null;
      }
    }),
  );
  return mails.filter((mail): mail is CaughtMail => mail !== null);
}
