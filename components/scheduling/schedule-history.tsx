import { formatMeetingTime } from "@/lib/format/date-time";

interface Event {
  id: string;
  kind: "SCHEDULED" | "RESCHEDULED" | "CANCELLED";
  sequence: number;
  details: unknown;
  createdAt: Date;
  actor: { name: string | null; email: string } | null;
}

const VERBS = { SCHEDULED: "scheduled it for", RESCHEDULED: "moved it to", CANCELLED: "cancelled it" } as const;

function read(details: unknown) {
  const value = (details ?? {}) as { after?: { scheduledAt?: string | null; durationMinutes?: number | null }; before?: { scheduledAt?: string | null }; reason?: string | null };
  return {
    to: value.after?.scheduledAt ? new Date(value.after.scheduledAt) : null,
    from: value.before?.scheduledAt ? new Date(value.before.scheduledAt) : null,
    minutes: value.after?.durationMinutes ?? null,
    reason: value.reason ?? null,
  };
}

/** Every schedule, reschedule and cancel, newest first, with who did it and the invitation version it sent. */
export function ScheduleHistory({ events, zone }: { events: Event[]; zone: string }) {
  if (events.length === 0) return null;
  return (
    <div>
      <h3 className="text-sm font-medium">History</h3>
      <ol className="mt-2 space-y-1 text-sm text-muted">
        {events.map((event) => {
          const { to, from, minutes, reason } = read(event.details);
          return (
            <li key={event.id}>
              <time dateTime={event.createdAt.toISOString()}>{formatMeetingTime(event.createdAt, zone)}</time>: {event.actor?.name ?? event.actor?.email ?? "Someone"}{" "}
              {VERBS[event.kind]}
              {event.kind !== "CANCELLED" && to ? ` ${formatMeetingTime(to, zone)}${minutes ? ` (${minutes} min)` : ""}` : ""}
              {event.kind === "RESCHEDULED" && from ? `, from ${formatMeetingTime(from, zone)}` : ""}
              {reason ? `: “${reason}”` : ""} · invitation version {event.sequence}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
