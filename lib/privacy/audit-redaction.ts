// The audit log keeps every event but, once a person is erased or deleted, not who they were.
// Descriptions are redacted in place rather than resolved from names at read time: the log says
// what was true when it was written (an interview renamed later keeps its old title there), old
// events already hold names as text, and a filter or export can never find a name that is gone.
import type { Transaction } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { containsPattern, ERASED, redactJson, type Needles } from "./redact";

export interface AuditRedaction {
  /** The person's email and full name: every event whose details hold them anywhere. */
  needles: Needles;
  /**
   * Their interviews (a candidate's): events about these are redacted with `needles` (which then
   * include each part of the name, as their titles are) and lose any free-text reason.
   */
  sessions?: { ids: string[]; needles: Needles };
}

type Details = Prisma.JsonObject;

/** Rewrites the details of every event that names the person or concerns their interviews; returns how many changed. */
export async function redactAuditLog(tx: Transaction, { needles, sessions }: AuditRedaction): Promise<number> {
  const likes = [...needles.whole, ...needles.words].map(containsPattern);
  const sessionIds = new Set(sessions?.ids ?? []);
  if (likes.length === 0 && sessionIds.size === 0) return 0;
  const ids = [...sessionIds];
  const rows = await tx.$queryRaw<{ id: string; targetType: string; targetId: string | null; details: Prisma.JsonValue }[]>`
    SELECT "id", "targetType", "targetId", "details" FROM "AuditEvent"
    WHERE "details"::text ILIKE ANY (${likes}::text[])
       OR "details"->>'sessionId' = ANY (${ids}::text[])
       OR ("targetType" = 'InterviewSession' AND "targetId" = ANY (${ids}::text[]))
    FOR UPDATE`;
  let changed = 0;
  for (const row of rows) {
    const theirs =
      sessions && isObject(row.details) && (sessionIds.has(String(row.details.sessionId)) || (row.targetType === "InterviewSession" && sessionIds.has(row.targetId ?? "")));
    const details = theirs ? withoutReason(redactJson(row.details, sessions.needles) as Details) : redactJson(row.details, needles);
    if (JSON.stringify(details) === JSON.stringify(row.details)) continue;
    await tx.auditEvent.update({ where: { id: row.id }, data: { details: details ?? Prisma.JsonNull }, select: { id: true } });
    changed += 1;
  }
  return changed;
}

const isObject = (value: Prisma.JsonValue): value is Details => value !== null && typeof value === "object" && !Array.isArray(value);

/** A reason typed about their interview (a reopen's, a cancellation's) is free text about them: it goes whole. */
export function withoutReason(details: Details): Details {
  return typeof details.reason === "string" && details.reason !== "" ? { ...details, reason: ERASED } : details;
}
