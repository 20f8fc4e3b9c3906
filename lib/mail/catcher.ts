// A real SMTP server that keeps what it receives: the development mail catcher (scripts/dev.ts
// starts one when SMTP_URL is unset) and the tests' mail server. smtp-server speaks SMTP, and
// mailparser turns each message into its parts (text, HTML, attachments).
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface MailCatcher {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  url: string;
  port: number;
  close: () => Promise<void>;
}

export async function startMailCatcher({
  port = 0,
  onMail,
  refuseRecipient,
}: {
  port?: number;
  onMail: (mail: ParsedMail, raw: Buffer) => void | Promise<void>;
  /** Tests: a temporary failure (451) for this recipient when it returns true, as a mail server under load answers. */
  refuseRecipient?: (address: string) => boolean;
}): Promise<MailCatcher> {
  const server = new SMTPServer({
    // Loopback only, no TLS and no login: it catches this machine's mail and nobody else's.
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    banner: "Interview Bank mail catcher",
    size: 25 * 1024 * 1024,
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refuseRecipient?.(address.address)) return callback(Object.assign(new Error("Try again later"), { responseCode: 451 }));
      callback();
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", callback);
      stream.on("end", () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw)
          .then((mail) => onMail(mail, raw))
          .then(
            () => callback(),
            (error: Error) => callback(error),
          );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${address.port}`,
    port: address.port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
