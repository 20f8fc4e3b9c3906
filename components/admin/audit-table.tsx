import { Link } from "@/components/ui/link";
import { link } from "@/components/ui/styles";
import { describeAuditEvent } from "@/lib/audit/describe";
import type { AuditEventRow } from "@/lib/audit/queries";
import { UTC, formatDateTime } from "@/lib/format/date-time";

const cell = "px-4 py-3 align-top";

function When({ date }: { date: Date }) {
  return <time dateTime={date.toISOString()}>{`${formatDateTime(date, UTC, { seconds: true })} UTC`}</time>;
}

export function AuditTable({ events }: { events: AuditEventRow[] }) {
  return (
    <div className="relative overflow-x-auto rounded-xl border border-border bg-surface shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Audit events, newest first</caption>
        <thead className="border-b border-border bg-subtle text-xs tracking-wide text-muted uppercase">
          <tr>
            <th scope="col" className="px-4 py-3 font-medium">
              When
            </th>
            <th scope="col" className="px-4 py-3 font-medium">
              Who
            </th>
            <th scope="col" className="px-4 py-3 font-medium">
              What
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {events.map((event) => {
            const described = describeAuditEvent(event.action, event.details);
            return (
              <tr key={event.id} data-testid="audit-event">
                <td className={`${cell} whitespace-nowrap text-muted tabular-nums`}>
                  <When date={event.createdAt} />
                </td>
                <td className={cell}>
                  {event.actor ? (
                    <>
                      <div className="font-medium">{event.actor.name ?? event.actor.email}</div>
                      {event.actor.name ? <div className="text-muted">{event.actor.email}</div> : null}
                    </>
                  ) : (
                    <span className="text-muted">System, command line or a deleted account</span>
                  )}
                </td>
                <td className={`${cell} min-w-72`}>
                  <div className="font-medium">{described.label}</div>
                  {described.summary ? <p className="break-words text-muted">{described.summary}</p> : null}
                  {described.details.length > 0 ? (
                    <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-muted">
                      {described.details.map(([key, value]) => (
                        <div key={key} className="contents">
                          <dt className="font-medium">{key}</dt>
                          <dd className="break-all">{value}</dd>
                        </div>
                      ))}
                    </dl>
                  ) : null}
                  <p className="text-xs text-muted">
                    {event.targetType}
                    {event.targetId ? ` ${event.targetId}` : ""}
                    {described.link ? (
                      <>
                        {" · "}
                        <Link href={described.link.href} className={link}>
                          {described.link.text}
                        </Link>
                      </>
                    ) : null}
                  </p>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
