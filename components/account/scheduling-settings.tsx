import { card } from "@/components/ui/styles";
import { prisma } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isRequired, KIND_LABELS, NOTIFICATION_KINDS } from "@/lib/notifications/kinds";
import { readMutedKinds } from "@/lib/notifications/preferences";
import { readTimeZone } from "@/lib/scheduling/time-zone";
import { knownTimeZones } from "@/lib/scheduling/zone";
import { NotificationPreferencesForm } from "./notification-preferences-form";
import { TimeZoneForm } from "./time-zone-form";

/** The Account page's time zone and (for staff) email notification settings. */
export async function SchedulingSettings({ user }: { user: CurrentUser }) {
  const [timeZone, muted] = await Promise.all([readTimeZone(prisma, user.id), readMutedKinds(prisma, user.id)]);
  const staff = user.role !== "CANDIDATE";
  return (
    <>
      <section aria-labelledby="time-zone-heading" className={`${card} space-y-3 p-6`}>
        <h2 id="time-zone-heading" className="font-medium">
          Time zone
        </h2>
        <p className="text-sm text-muted">
          {timeZone ? `Dates and times are shown in ${timeZone}.` : "Your browser has not told us your time zone yet: times are shown in UTC."} Emails use it too.
        </p>
        <TimeZoneForm current={timeZone} zones={knownTimeZones()} />
      </section>
      {staff ? (
        <section id="notifications" aria-labelledby="notifications-heading" className={`${card} space-y-3 p-6`}>
          <h2 id="notifications-heading" className="font-medium">
            Notifications
          </h2>
          <p className="text-sm text-muted">Emails about interviews you sit on or own. Calendar changes and overdue scorecards are always sent.</p>
          <NotificationPreferencesForm
            kinds={NOTIFICATION_KINDS.map((kind) => ({ kind, ...KIND_LABELS[kind], required: isRequired(kind), on: isRequired(kind) || !muted.has(kind) }))}
          />
        </section>
      ) : null}
    </>
  );
}
