// Which notifications a user gets: every kind unless they turned it off on Account → Notifications.
// Required kinds (kinds.ts) cannot be turned off; a form that says otherwise is ignored for them.
import type { Database } from "@/lib/db-client";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { isRequired, NOTIFICATION_KINDS } from "./kinds";

export async function readMutedKinds(db: Database, userId: string): Promise<Set<NotificationKind>> {
  const rows = await db.notificationMute.findMany({ where: { userId }, select: { kind: true } });
  return new Set(rows.map((row) => row.kind));
}

/** Keeps exactly the optional kinds not in `enabled` turned off. */
export async function savePreferences(db: Database, userId: string, enabled: readonly NotificationKind[]) {
  const on = new Set(enabled);
  const muted = NOTIFICATION_KINDS.filter((kind) => !isRequired(kind) && !on.has(kind));
  await db.$transaction([db.notificationMute.deleteMany({ where: { userId } }), db.notificationMute.createMany({ data: muted.map((kind) => ({ userId, kind })) })]);
  return muted;
}
