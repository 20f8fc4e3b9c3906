import { Badge } from "@/components/ui/badge";
import { card, link } from "@/components/ui/styles";
import { formatMeetingTime } from "@/lib/format/date-time";
import type { getSchedule } from "@/lib/scheduling/queries";
import { localParts, knownTimeZones } from "@/lib/scheduling/zone";
import { CancelForm } from "./cancel-form";
import { ScheduleForm } from "./schedule-form";
import { ScheduleHistory } from "./schedule-history";

type Schedule = NonNullable<Awaited<ReturnType<typeof getSchedule>>>;

const invitationHref = (sessionId: string, forWhom: string) => `/interviews/${sessionId}/invitation.ics?for=${encodeURIComponent(forWhom)}`;

/** The interview page's "When" section: the time in the viewer's zone, invitations, the form, the history. */
export function ScheduleSection({ schedule }: { schedule: Schedule }) {
  const zone = schedule.viewerTimeZone;
  const start = schedule.scheduledAt;
  const cancelled = schedule.status === "CANCELLED";
  const editable = schedule.canSchedule && !cancelled && schedule.status !== "COMPLETED";
  const onPanel = schedule.panel.some((person) => person.id === schedule.viewerId);
  const defaultZone = schedule.timeZone ?? zone;
  const initial = start
    ? {
        ...localParts(start, defaultZone),
        timeZone: defaultZone,
        durationMinutes: schedule.durationMinutes ?? 60,
        location: schedule.location ?? "",
        meetingUrl: schedule.meetingUrl ?? "",
      }
    : { date: "", time: "", timeZone: defaultZone, durationMinutes: 60, location: "", meetingUrl: "" };

  return (
    <section aria-labelledby="schedule-heading" className={`${card} space-y-4 p-5`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="schedule-heading" className="text-lg font-semibold">
          When
        </h2>
        {cancelled ? <Badge tone="danger">Cancelled</Badge> : start ? <Badge tone="accent">Scheduled</Badge> : <Badge>Not scheduled</Badge>}
      </div>
      {start ? (
        <div className="space-y-1 text-sm">
          <p className={cancelled ? "line-through" : undefined}>
            <time dateTime={start.toISOString()} className="font-medium">
              {formatMeetingTime(start, zone)}
            </time>{" "}
            · {schedule.durationMinutes} min
          </p>
          {schedule.timeZone && schedule.timeZone !== zone ? (
            <p className="text-muted">
              Scheduled in {schedule.timeZone}: {formatMeetingTime(start, schedule.timeZone)}
            </p>
          ) : null}
          <p className="text-muted">
            Shown in your time zone, {zone} (change it on your{" "}
            <a className={link} href="/account">
              account
            </a>
            ).
          </p>
          {schedule.location ? <p>Where: {schedule.location}</p> : null}
          {schedule.meetingUrl ? (
            <p>
              Video:{" "}
              <a className={`${link} break-all`} href={schedule.meetingUrl} rel="noopener noreferrer" target="_blank">
                {schedule.meetingUrl}
              </a>
            </p>
          ) : null}
          {schedule.clashes.length ? (
            <ul aria-label="Clashes" className="space-y-1 rounded-md border border-warning bg-warning-soft p-3">
              {schedule.clashes.map((clash) => (
                <li key={`${clash.userId}-${clash.sessionId}`}>
                  ⚠ {clash.userName} has another interview then:{" "}
                  <a className={link} href={`/interviews/${clash.sessionId}`}>
                    {clash.title}
                  </a>{" "}
                  at {formatMeetingTime(clash.scheduledAt, zone)} ({clash.durationMinutes} min).
                </li>
              ))}
            </ul>
          ) : null}
          <InvitationLinks schedule={schedule} onPanel={onPanel} />
        </div>
      ) : (
        <p className="text-sm text-muted">{editable ? "Give it a date and time: the panel is invited by email with a calendar file." : "No date or time yet."}</p>
      )}
      {editable ? (
        // Folded away so the questions stay near the top; a form that was answered stays open (React keeps <details> state).
        <details className="text-sm">
          <summary className="cursor-pointer font-medium text-accent">{start ? "Reschedule…" : "Schedule…"}</summary>
          <div className="mt-3">
            <ScheduleForm sessionId={schedule.id} initial={initial} zones={knownTimeZones()} rescheduling={Boolean(start)} />
          </div>
        </details>
      ) : null}
      {schedule.canSchedule && !cancelled && schedule.status !== "COMPLETED" ? <CancelForm sessionId={schedule.id} /> : null}
      <ScheduleHistory events={schedule.events} zone={zone} />
    </section>
  );
}

function InvitationLinks({ schedule, onPanel }: { schedule: Schedule; onPanel: boolean }) {
  const links = [
    ...(onPanel ? [{ href: invitationHref(schedule.id, "me"), label: "Your invitation (.ics)" }] : []),
    ...(schedule.canSchedule
      ? [
          ...schedule.panel
            .filter((person) => person.id !== schedule.viewerId)
            .map((person) => ({ href: invitationHref(schedule.id, person.id), label: `${person.name ?? person.email}'s invitation` })),
          { href: invitationHref(schedule.id, "candidate"), label: `The candidate's invitation${schedule.candidate.email ? "" : " (no email on file)"}` },
        ]
      : []),
  ];
  if (links.length === 0) return null;
  return (
    <ul aria-label="Calendar invitations" className="flex flex-wrap gap-x-4 gap-y-1 pt-1">
      {links.map((item) => (
        <li key={item.href}>
          <a className={link} href={item.href} download>
            {item.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
