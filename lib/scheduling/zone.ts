// The local date and time a recruiter typed, read in the zone they chose, as an instant. Temporal
// (temporal-polyfill) does the zone arithmetic from the runtime's IANA data. Wall-clock times that
// do not exist (the hour skipped when clocks go forward) are refused with the nearest valid time;
// times that happen twice (the hour repeated when clocks go back) take the first, and say so.
import { Temporal } from "temporal-polyfill";

export type LocalTimeResult = { ok: true; instant: Date; note: string | null } | { ok: false; message: string };

/** Reads `date` (YYYY-MM-DD) at `time` (HH:MM) in `timeZone` (IANA). */
export function resolveLocalDateTime(date: string, time: string, timeZone: string): LocalTimeResult {
  let local: Temporal.PlainDateTime;
  try {
    local = Temporal.PlainDateTime.from(`${date}T${time}`, { overflow: "reject" });
  } catch {
    return { ok: false, message: `${date} ${time} is not a date and time (use YYYY-MM-DD and HH:MM).` };
  }
  let earlier: Temporal.ZonedDateTime;
  let later: Temporal.ZonedDateTime;
  try {
    earlier = local.toZonedDateTime(timeZone, { disambiguation: "earlier" });
    later = local.toZonedDateTime(timeZone, { disambiguation: "later" });
  } catch {
    return { ok: false, message: `${timeZone} is not a time zone this server knows.` };
  }
  if (earlier.epochMilliseconds === later.epochMilliseconds) {
    return { ok: true, instant: new Date(earlier.epochMilliseconds), note: null };
  }
  // Both readings show the typed wall time only when it happens twice; in a gap neither does.
  if (Temporal.PlainDateTime.compare(earlier.toPlainDateTime(), local) === 0) {
    return {
      ok: true,
      instant: new Date(earlier.epochMilliseconds),
      note: `${time} happens twice on ${date} in ${timeZone} (the clocks go back that night): scheduled at the first, ${offsetName(earlier)}. For the second, schedule ${hhmm(later.withTimeZone("UTC"))} in UTC.`,
    };
  }
  // In a gap: the transition is where the wall clock jumps; `later` is the typed time read with
  // the offset from before the jump, so it lands after it.
  const after = later.getTimeZoneTransition("previous") ?? later;
  const before = after.withTimeZone(earlier.offset);
  return {
    ok: false,
    message: `${time} on ${date} does not exist in ${timeZone}: the clocks go forward from ${hhmm(before)} to ${hhmm(after)} that night. Choose ${hhmm(after)} or later.`,
  };
}

const pad = (n: number) => String(n).padStart(2, "0");
const hhmm = (zoned: Temporal.ZonedDateTime) => `${pad(zoned.hour)}:${pad(zoned.minute)}`;
const offsetName = (zoned: Temporal.ZonedDateTime) => `UTC${zoned.offset}`;

/** The wall date and time of an instant in a zone, as the schedule form shows them (YYYY-MM-DD, HH:MM). */
export function localParts(instant: Date, timeZone: string): { date: string; time: string } {
  const zoned = Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(timeZone);
  return { date: zoned.toPlainDate().toString(), time: hhmm(zoned) };
}

/** Every IANA zone the runtime knows, for the zone pickers (UTC first). */
export function knownTimeZones(): string[] {
  const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return ["UTC", ...zones.filter((zone) => zone !== "UTC")];
}
