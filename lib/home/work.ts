// A staff member's own work for the home page, beside lib/scheduling/agenda.ts (scorecards due,
// upcoming interviews): interviews waiting for their decision, and recent activity on the
// candidates they follow (lib/candidates/follow.ts). Everything is narrowed by the same visibility
// rules as the lists (candidates, interviews), and a scorecard shows only as "submitted".
import { visibleCandidatesWhere, type Viewer } from "@/lib/candidates/access";
import { followedCandidatesWhere } from "@/lib/candidates/follow";
import type { Database } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DecisionOutcome, InterviewEventKind } from "@/lib/generated/prisma/enums";
import { visibleInterviewsWhere } from "@/lib/interviews/access";
import { panelProgressSelect } from "@/lib/scoring/visibility";

export const HOME_LIST_LIMIT = 10;

/** The interviews the viewer may decide on whose panel has all submitted and that have no decision yet. */
export function awaitingDecisionWhere(viewer: Viewer): Prisma.InterviewSessionWhereInput | null {
  const visible = visibleInterviewsWhere(viewer);
  if (!visible) return null;
  const mine: Prisma.InterviewSessionWhereInput = viewer.role === "ADMIN" || viewer.role === "RECRUITER" ? {} : { createdById: viewer.id };
  return { AND: [visible, mine, { status: "COMPLETED", decisions: { none: {} } }] };
}

export async function awaitingDecision(db: Database, viewer: Viewer, limit = HOME_LIST_LIMIT) {
  const where = awaitingDecisionWhere(viewer);
  if (!where) return { total: 0, items: [] };
  const [total, items] = await Promise.all([
    db.interviewSession.count({ where }),
    db.interviewSession.findMany({
      where,
      // Longest waiting first: the one completed earliest.
      orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
      take: limit,
      select: { id: true, title: true, updatedAt: true, candidate: { select: { id: true, name: true } }, _count: { select: { panel: true } } },
    }),
  ]);
  return { total, items };
}

export type Activity =
  | { kind: "scheduled"; at: Date; event: InterviewEventKind; sessionId: string; title: string; candidate: { id: string; name: string }; actor: string | null }
  | { kind: "decision"; at: Date; outcome: DecisionOutcome; sessionId: string; title: string; candidate: { id: string; name: string }; actor: string | null }
  | { kind: "submitted"; at: Date; sessionId: string; title: string; candidate: { id: string; name: string }; actor: string }
  | { kind: "created"; at: Date; sessionId: string; title: string; candidate: { id: string; name: string }; actor: string | null };

const who = (user: { name: string | null; email: string } | null) => (user ? (user.name ?? user.email) : null);

/**
 * The latest things that happened to candidates the viewer follows: interviews created,
 * scheduled, rescheduled or cancelled, scorecards submitted (the fact only), decisions. Four small
 * queries, each the latest `limit` of its kind, merged.
 */
export async function recentActivity(db: Database, viewer: Viewer, limit = HOME_LIST_LIMIT): Promise<Activity[]> {
  const candidates = visibleCandidatesWhere(viewer);
  const interviews = visibleInterviewsWhere(viewer);
  if (!candidates || !interviews) return [];
  const session: Prisma.InterviewSessionWhereInput = { AND: [interviews, { candidate: { AND: [candidates, followedCandidatesWhere(viewer)] } }] };
  const about = { select: { id: true, title: true, candidate: { select: { id: true, name: true } } } } as const;
  const person = { select: { name: true, email: true } } as const;
  const [events, decisions, submissions, created] = await Promise.all([
    db.interviewEvent.findMany({ where: { session }, orderBy: { createdAt: "desc" }, take: limit, select: { kind: true, createdAt: true, actor: person, session: about } }),
    db.interviewDecision.findMany({
      where: { session },
      orderBy: { createdAt: "desc" },
      take: limit,
      select: { outcome: true, createdAt: true, decidedBy: person, session: about },
    }),
    // Who submitted when is what every viewer of the interview sees on its status badges; no contents.
    db.scorecard.findMany({
      where: { submittedAt: { not: null }, session },
      orderBy: { submittedAt: "desc" },
      take: limit,
      select: { ...panelProgressSelect, interviewer: person, session: about },
    }),
    db.interviewSession.findMany({
      where: session,
      orderBy: { createdAt: "desc" },
      take: limit,
      select: { id: true, title: true, createdAt: true, candidate: { select: { id: true, name: true } }, createdBy: person },
    }),
  ]);
  const items: Activity[] = [
    ...events.map((row): Activity => ({
      kind: "scheduled",
      at: row.createdAt,
      event: row.kind,
      sessionId: row.session.id,
      title: row.session.title,
      candidate: row.session.candidate,
      actor: who(row.actor),
    })),
    ...decisions.map((row): Activity => ({
      kind: "decision",
      at: row.createdAt,
      outcome: row.outcome,
      sessionId: row.session.id,
      title: row.session.title,
      candidate: row.session.candidate,
      actor: who(row.decidedBy),
    })),
    ...submissions.map((row): Activity => ({
      kind: "submitted",
      at: row.submittedAt!,
      sessionId: row.session.id,
      title: row.session.title,
      candidate: row.session.candidate,
      actor: who(row.interviewer)!,
    })),
    ...created.map((row): Activity => ({ kind: "created", at: row.createdAt, sessionId: row.id, title: row.title, candidate: row.candidate, actor: who(row.createdBy) })),
  ];
  return items.sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, limit);
}
