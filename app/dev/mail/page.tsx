import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { card } from "@/components/ui/styles";
import { formatDateTime } from "@/lib/format/date-time";
import { DEFAULT_MAILBOX_DIR, listCaughtMail } from "@/lib/mail/mailbox";

export const metadata: Metadata = { title: "Caught mail" };
export const dynamic = "force-dynamic";

/**
 * Development only: every email the app sent, as `npm run dev`'s mail catcher received it (no
 * SMTP_URL set). A production server answers 404, whatever is on its disk.
 */
export default async function DevMailPage() {
  if (process.env.NODE_ENV === "production") notFound();
  const mails = await listCaughtMail(process.env.MAIL_CATCHER_DIR || DEFAULT_MAILBOX_DIR);
  return (
    <>
      <PageHeader
        title="Caught mail"
        description="Development only: with no SMTP_URL, npm run dev catches every email here instead of sending it. Newest first; kept in .data/mail/."
      />
      {mails.length === 0 ? (
        <p className="text-sm text-muted">No mail yet. Schedule an interview with a panel to see the invitations arrive.</p>
      ) : (
        <ol className="space-y-4">
          {mails.map((mail) => (
            <li key={mail.id} className={`${card} p-4`}>
              <details>
                <summary className="cursor-pointer">
                  <span className="font-medium">{mail.subject || "(no subject)"}</span>
                  <span className="block text-sm text-muted">
                    To {mail.to} · {formatDateTime(new Date(mail.receivedAt))} UTC{mail.attachments.length ? ` · ${mail.attachments.map((item) => item.filename).join(", ")}` : ""}
                  </span>
                </summary>
                <div className="mt-3 grid gap-4 lg:grid-cols-2">
                  <section aria-label="Plain text">
                    <h2 className="mb-1 text-sm font-medium">Plain text</h2>
                    <pre className="overflow-x-auto rounded bg-subtle p-3 text-xs break-words whitespace-pre-wrap">{mail.text}</pre>
                  </section>
                  {mail.html ? (
                    <section aria-label="HTML">
                      <h2 className="mb-1 text-sm font-medium">HTML</h2>
                      {/* sandbox with no permissions: the message's HTML can neither run script nor navigate this page. */}
                      <iframe title={`HTML of ${mail.subject}`} sandbox="" srcDoc={mail.html} className="h-96 w-full rounded border border-border bg-white" />
                    </section>
                  ) : null}
                </div>
                {mail.attachments
                  .filter((item) => item.text)
                  .map((item) => (
                    <section key={item.filename} aria-label={item.filename} className="mt-3">
                      <h2 className="mb-1 text-sm font-medium">{item.filename}</h2>
                      <pre className="overflow-x-auto rounded bg-subtle p-3 text-xs">{item.text}</pre>
                    </section>
                  ))}
              </details>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
