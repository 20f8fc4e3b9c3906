// What is on a person's plate, for the home page (issue 14 part B) and anything else that needs
// it: the scorecards they still owe, with when each is due and how late it is, and the interviews
// coming up. Both take the time as an argument (lib/clock.ts), so tests and e2e move it freely.
import type { Viewer } from "@/lib/candidates/access";
import type { Database } from "@/lib/db-client";
import { visibleInterviewsWhere } from "@/lib/interviews/access";
import { scheduledEnd } from "@/lib/notifications/due";
import { deadlines, readSla } from "@/lib/notifications/sla";
import { ownScorecardWhere } from "@/lib/scoring/visibility";

export interface ScorecardDue {
  sessionId: string;
  title: string;
  candidate: { id: string; name: string };
  scheduledAt: Date | null;
  endsAt: Date | null;
  /** Ratings and full scorecard deadlines (admins' SLA); null for an interview never scheduled. */
  ratingsDueAt: Date | null;
  dueAt: Date | null;
  /** Whether any question is rated yet. */
  rated: boolean;
  overdue: boolean;
  /** Milliseconds past dueAt (0 when not overdue). */
  lateByMs: number;
}

/**
 * The viewer's own open scorecards: started interviews they sit on whose scorecard they have not
 * submitted. Overdue first (the latest first), then by due time, then unscheduled ones.
 */
export async function scorecardsDue(db: Database, viewer: Viewer, now: Date): Promise<ScorecardDue[]> {
  const visible = visibleInterviewsWhere(viewer);
  if (!visible) return [];
  const [sla, rows] = await Promise.all([
    readSla(db),
    db.interviewSession.findMany({
      where: {
        AND: [visible, { status: { in: ["IN_PROGRESS", "COMPLETED"] }, panel: { some: { userId: viewer.id } } }],
        scorecards: { none: ownScorecardWhere(viewer, { submittedAt: { not: null } }) },
      },
      select: {
        id: true,
        title: true,
        scheduledAt: true,
        durationMinutes: true,
        candidate: { select: { id: true, name: true } },
        scorecards: { where: ownScorecardWhere(viewer), select: { scores: { where: { rating: { not: null } }, select: { id: true }, take: 1 } } },
      },
    }),
  ]);
  const items = rows.map((row): ScorecardDue => {
    const end = scheduledEnd(row);
    const due = end ? deadlines(end, sla) : null;
    const lateByMs = due ? Math.max(0, now.getTime() - due.scorecardDueAt.getTime()) : 0;
    return {
      sessionId: row.id,
      title: row.title,
      candidate: row.candidate,
      scheduledAt: row.scheduledAt,
      endsAt: end,
      ratingsDueAt: due?.ratingsDueAt ?? null,
      dueAt: due?.scorecardDueAt ?? null,
      rated: (row.scorecards[0]?.scores.length ?? 0) > 0,
      overdue: lateByMs > 0,
      lateByMs,
    };
  });
  return items.sort((a, b) => {
    if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
    if (a.overdue) return b.lateByMs - a.lateByMs;
    if (!a.dueAt || !b.dueAt) return a.dueAt ? -1 : b.dueAt ? 1 : a.title.localeCompare(b.title);
    return a.dueAt.getTime() - b.dueAt.getTime();
  });
}

export interface UpcomingInterview {
  sessionId: string;
  title: string;
  status: string;
  candidate: { id: string; name: string };
  scheduledAt: Date;
  endsAt: Date;
  durationMinutes: number;
  timeZone: string;
  location: string | null;
  meetingUrl: string | null;
  panel: { id: string; name: string }[];
  onPanel: boolean;
}

/**
 * Interviews the viewer sits on or created, not cancelled, that have not ended by `now` and start
 * before `now + days` (default 14), soonest first. Include ones in progress: "today" starts with them.
 */
export async function upcomingInterviews(db: Database, viewer: Viewer, now: Date, range: { days?: number; limit?: number } = {}): Promise<UpcomingInterview[]> {
  const visible = visibleInterviewsWhere(viewer);
  if (!visible) return [];
  const until = new Date(now.getTime() + (range.days ?? 14) * 24 * 3_600_000);
  const rows = await db.interviewSession.findMany({
    where: {
      AND: [visible, { OR: [{ createdById: viewer.id }, { panel: { some: { userId: viewer.id } } }] }],
      status: { not: "CANCELLED" },
      // Started no earlier than the longest interview ago (12 h); the end is checked below.
      scheduledAt: { gte: new Date(now.getTime() - 12 * 3_600_000), lt: until },
    },
    orderBy: { scheduledAt: "asc" },
    take: Math.min(range.limit ?? 100, 500),
    select: {
      id: true,
      title: true,
      status: true,
      scheduledAt: true,
      durationMinutes: true,
      timeZone: true,
      location: true,
      meetingUrl: true,
      candidate: { select: { id: true, name: true } },
      panel: { orderBy: { createdAt: "asc" }, select: { user: { select: { id: true, name: true, email: true } } } },
    },
  });
  return rows
    .map((row) => {
      const durationMinutes = row.durationMinutes ?? 60;
      return {
        sessionId: row.id,
        title: row.title,
        status: row.status,
        candidate: row.candidate,
        scheduledAt: row.scheduledAt!,
        endsAt: new Date(row.scheduledAt!.getTime() + durationMinutes * 60_000),
        durationMinutes,
        timeZone: row.timeZone ?? "UTC",
        location: row.location,
        meetingUrl: row.meetingUrl,
        panel: row.panel.map(({ user }) => ({ id: user.id, name: user.name ?? user.email })),
        onPanel: row.panel.some(({ user }) => user.id === viewer.id),
      };
    })
    .filter((item) => item.endsAt.getTime() > now.getTime());
}
