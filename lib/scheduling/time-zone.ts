// A user's own time zone (User.timeZone): filled in from the browser on the first visit while it
// is empty, changed on the Account page. Times everywhere are shown in it, with the zone's label.
import type { Database } from "@/lib/db-client";
import { isTimeZone } from "@/lib/format/date-time";

export async function setTimeZone(
  db: Database,
  userId: string,
  timeZone: string,
  { onlyIfEmpty = false } = {},
): Promise<{ ok: true; changed: boolean } | { ok: false; message: string }> {
  if (!isTimeZone(timeZone) || timeZone.length > 100) return { ok: false, message: `${timeZone.slice(0, 100)} is not a time zone this server knows.` };
  // The browser's guess never overwrites a zone the user chose.
  const { count } = await db.user.updateMany({ where: { id: userId, ...(onlyIfEmpty ? { timeZone: null } : {}) }, data: { timeZone } });
  return { ok: true, changed: count > 0 };
}

export async function readTimeZone(db: Database, userId: string): Promise<string | null> {
  const row = await db.user.findUnique({ where: { id: userId }, select: { timeZone: true } });
  return row?.timeZone ?? null;
}
