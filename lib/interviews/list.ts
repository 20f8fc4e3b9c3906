// The interviews list: search (candidate, title, interviewer), filters (status, scheduled between
// two days of the viewer's zone, mine: on the panel or created), sort (created, or by scheduled
// time with unscheduled ones last), a page at a time with the total. Visibility as everywhere:
// visibleInterviewsWhere.
import { Temporal } from "temporal-polyfill";
import type { Viewer } from "@/lib/candidates/access";
import { escapeLike } from "@/lib/candidates/list-query";
import type { Database } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ownScorecardWhere } from "@/lib/scoring/visibility";
import { visibleInterviewsWhere } from "./access";
import { INTERVIEW_PAGE_SIZE, type InterviewListQuery } from "./schema";

/** The instant a calendar day starts in a zone (`plus` days later); null for a day that is not one. */
export function startOfZonedDay(day: string, timeZone: string, plus = 0): Date | null {
  try {
    return new Date(Temporal.PlainDate.from(day, { overflow: "reject" }).add({ days: plus }).toZonedDateTime(timeZone).epochMilliseconds);
  } catch {
    return null;
  }
}

const ORDER: Record<InterviewListQuery["sort"], Prisma.InterviewSessionOrderByWithRelationInput[]> = {
  created: [{ createdAt: "desc" }, { id: "asc" }],
  scheduled: [{ scheduledAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  "scheduled-desc": [{ scheduledAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
};

export function interviewListWhere(viewer: Viewer, query: InterviewListQuery, timeZone: string): Prisma.InterviewSessionWhereInput | null {
  const visible = visibleInterviewsWhere(viewer);
  if (!visible) return null;
  const text = query.q ? { contains: escapeLike(query.q), mode: "insensitive" as const } : null;
  const from = query.from ? startOfZonedDay(query.from, timeZone) : null;
  const until = query.to ? startOfZonedDay(query.to, timeZone, 1) : null;
  return {
    AND: [
      visible,
      text ? { OR: [{ title: text }, { candidate: { name: text } }, { panel: { some: { user: { OR: [{ name: text }, { email: text }] } } } }] } : {},
      query.status ? { status: query.status } : {},
      from || until ? { scheduledAt: { ...(from ? { gte: from } : {}), ...(until ? { lt: until } : {}) } } : {},
      query.mine ? { OR: [{ createdById: viewer.id }, { panel: { some: { userId: viewer.id } } }] } : {},
    ],
  };
}

export async function listInterviewsPage(db: Database, viewer: Viewer, query: InterviewListQuery, timeZone: string) {
  const where = interviewListWhere(viewer, query, timeZone);
  if (!where) return { total: 0, pages: 1, page: 1, interviews: [] };
  const total = await db.interviewSession.count({ where });
  const pages = Math.max(1, Math.ceil(total / INTERVIEW_PAGE_SIZE));
  const page = Math.min(query.page, pages);
  const rows = await db.interviewSession.findMany({
    where,
    orderBy: ORDER[query.sort],
    skip: (page - 1) * INTERVIEW_PAGE_SIZE,
    take: INTERVIEW_PAGE_SIZE,
    select: {
      id: true,
      title: true,
      status: true,
      createdAt: true,
      scheduledAt: true,
      candidate: { select: { name: true } },
      panel: { orderBy: { createdAt: "asc" }, select: { user: { select: { id: true, name: true, email: true } } } },
      scorecards: { where: ownScorecardWhere(viewer), select: { submittedAt: true } },
    },
  });
  return {
    total,
    pages,
    page,
    interviews: rows.map(({ panel, scorecards, ...row }) => ({
      ...row,
      panel: panel.map(({ user }) => user.name ?? user.email),
      onPanel: panel.some(({ user }) => user.id === viewer.id),
      submitted: Boolean(scorecards[0]?.submittedAt),
    })),
  };
}
