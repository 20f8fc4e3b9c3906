// Another interview of the same panelist at an overlapping time. Scheduling warns about it and
// never refuses: the recruiter may know the other one is moving.
import type { Database, Transaction } from "@/lib/db-client";

export interface Clash {
  userId: string;
  userName: string;
  sessionId: string;
  title: string;
  scheduledAt: Date;
  durationMinutes: number;
}

/** Overlap is [start, end) against [their start, their end): back-to-back interviews do not clash. */
export async function findClashes(db: Database | Transaction, { sessionId, start, end, panel }: { sessionId: string; start: Date; end: Date; panel: string[] }): Promise<Clash[]> {
  if (panel.length === 0) return [];
  // The longest interview is 12 hours (MAX_DURATION), which bounds how early a clashing one can start.
  const rows = await db.interviewSession.findMany({
    where: {
      id: { not: sessionId },
      status: { not: "CANCELLED" },
      scheduledAt: { lt: end, gt: new Date(start.getTime() - 12 * 3_600_000) },
      panel: { some: { userId: { in: panel } } },
    },
    orderBy: { scheduledAt: "asc" },
    select: {
      id: true,
      title: true,
      scheduledAt: true,
      durationMinutes: true,
      panel: { where: { userId: { in: panel } }, select: { user: { select: { id: true, name: true, email: true } } } },
    },
  });
  return rows.flatMap((row) => {
    const theirEnd = row.scheduledAt!.getTime() + (row.durationMinutes ?? 0) * 60_000;
    if (theirEnd <= start.getTime()) return [];
    return row.panel.map(({ user }) => ({
      userId: user.id,
      userName: user.name ?? user.email,
      sessionId: row.id,
      title: row.title,
      scheduledAt: row.scheduledAt!,
      durationMinutes: row.durationMinutes ?? 0,
    }));
  });
}
