// Audit events of a submitted scorecard carry its recommendation and composite. Admins read the
// log, and an admin may sit on that panel without having submitted: the results are shown only to
// a viewer who may read the scorecard now (lib/scoring/visibility.ts), otherwise left out.
import type { Viewer } from "@/lib/candidates/access";
import type { Database } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readableScorecardsWhere } from "@/lib/scoring/visibility";
import { RESULTS_HIDDEN } from "./schema";

/** Detail keys that are a scorecard's results rather than the fact that something happened. */
const RESULT_KEYS = ["recommendation", "composite"] as const;

interface EventRow {
  targetType: string;
  targetId: string | null;
  details: Prisma.JsonValue;
}

const carriesResults = (event: EventRow) =>
  event.targetType === "scorecard" &&
  event.targetId !== null &&
  typeof event.details === "object" &&
  event.details !== null &&
  !Array.isArray(event.details) &&
  RESULT_KEYS.some((key) => key in (event.details as Prisma.JsonObject));

export async function hideUnreadableScorecardResults<T extends EventRow>(db: Database, viewer: Viewer, events: T[]): Promise<T[]> {
  const ids = [...new Set(events.filter(carriesResults).map((event) => event.targetId!))];
  if (ids.length === 0) return events;
  const readableWhere = readableScorecardsWhere(viewer);
  const readable = readableWhere ? await db.scorecard.findMany({ where: { AND: [{ id: { in: ids } }, readableWhere] }, select: { id: true } }) : [];
  const shown = new Set(readable.map((card) => card.id));
  return events.map((event) => {
    if (!carriesResults(event) || shown.has(event.targetId!)) return event;
    const details = Object.fromEntries(Object.entries(event.details as Prisma.JsonObject).filter(([key]) => !(RESULT_KEYS as readonly string[]).includes(key)));
    return { ...event, details: { ...details, [RESULTS_HIDDEN]: true } };
  });
}
