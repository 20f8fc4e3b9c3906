// One way to write dates and times, in the reader's time zone (an IANA name; UTC until the
// viewer's own zone is known). Numeric and zero-padded (2026-12-07 14:05), so columns line up and
// nobody misreads 03/04 — built from Intl.DateTimeFormat's parts, never from toISOString slices.
export const UTC = "UTC";

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, seconds: boolean) {
  const key = `${timeZone}|${seconds}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      ...(seconds ? { second: "2-digit" } : {}),
      hourCycle: "h23",
    });
    formatters.set(key, cached);
  }
  return cached;
}

function parts(date: Date, timeZone: string, seconds = false) {
  const map: Record<string, string> = {};
  for (const part of formatter(timeZone, seconds).formatToParts(date)) map[part.type] = part.value;
  return map as Record<"year" | "month" | "day" | "hour" | "minute" | "second", string>;
}

/** Whether a string names a time zone this runtime knows ("Europe/London", "UTC"). */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** 2026-12-07: the calendar day in that zone. */
export function formatDate(date: Date, timeZone = UTC): string {
  const p = parts(date, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** 2026-12-07 14:05 (add `{ seconds: true }` for 14:05:09). */
export function formatDateTime(date: Date, timeZone = UTC, options: { seconds?: boolean } = {}): string {
  const p = parts(date, timeZone, options.seconds);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}${options.seconds ? `:${p.second}` : ""}`;
}

/** The zone as people read it next to a time: "UTC", "GMT+1", "PST". */
export function timeZoneLabel(date: Date, timeZone = UTC): string {
  if (timeZone === UTC) return UTC;
  const name = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "short" }).formatToParts(date).find((part) => part.type === "timeZoneName");
  return name?.value ?? timeZone;
}

const weekdays = new Map<string, Intl.DateTimeFormat>();

/** "Wed 2026-04-01 09:00 GMT+2": a meeting time as people read it, with the weekday and the zone's label. */
export function formatMeetingTime(date: Date, timeZone = UTC): string {
  let weekday = weekdays.get(timeZone);
  if (!weekday) weekdays.set(timeZone, (weekday = new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short" })));
  return `${weekday.format(date)} ${formatDateTime(date, timeZone)} ${timeZoneLabel(date, timeZone)}`;
}
