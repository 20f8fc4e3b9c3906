// Practice days are the learner's own days (User.timeZone, UTC until the browser has told it):
// "due today" means due before the learner's next midnight, and streaks, the forecast, the heatmap
// and the daily limits count local calendar days. Temporal (temporal-polyfill, already used by
// lib/scheduling/zone.ts) does the zone arithmetic, so days of 23 or 25 hours (DST changes) and
// zones whose clocks skip midnight are handled by the runtime's IANA data, not by us.
import { Temporal } from "temporal-polyfill";
import { isTimeZone } from "@/lib/format/date-time";

export const DEFAULT_ZONE = "UTC";

/** The zone to count days in: the stored one when this runtime knows it, else UTC. */
export function practiceZone(stored: string | null | undefined) {
  return stored && isTimeZone(stored) ? stored : DEFAULT_ZONE;
}

const zoned = (instant: Date, zone: string) => Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(zone);

/** The learner's calendar date of an instant, as YYYY-MM-DD. */
export function dayKey(instant: Date, zone: string): string {
  return zoned(instant, zone).toPlainDate().toString();
}

/** The first instant of a calendar date in the zone (midnight, or the first time after a skipped one). */
export function startOfDayKey(key: string, zone: string): Date {
  return new Date(Temporal.PlainDate.from(key).toZonedDateTime({ timeZone: zone }).epochMilliseconds);
}

/** The first instant of the learner's day that holds `instant`. */
export function startOfLocalDay(instant: Date, zone: string): Date {
  return startOfDayKey(dayKey(instant, zone), zone);
}

/** The calendar date `days` after (or before) `key`. */
export function addDays(key: string, days: number): string {
  return Temporal.PlainDate.from(key).add({ days }).toString();
}

/** The end of the learner's day (its next midnight): what is due before it is due today. */
export function endOfLocalDay(instant: Date, zone: string): Date {
  return startOfDayKey(addDays(dayKey(instant, zone), 1), zone);
}

/** Whole calendar days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Temporal.PlainDate.from(from).until(Temporal.PlainDate.from(to), { largestUnit: "days" }).days;
}
