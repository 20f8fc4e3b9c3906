// The candidates list: search, filters, sort and paging in PostgreSQL, a page at a time with the
// total (no silent cap), and for each row its pipeline status, its latest composite (from the
// scorecards the viewer may read: lib/scoring/visibility.ts) and its latest decision.
//
// Pipeline status, from the candidate's interviews (cancelled ones never count):
//   interviewing: an interview started (in progress or completed) and not decided yet;
//   screening:    otherwise, an interview being prepared (a draft, scheduled or not);
//   decided:      otherwise, a decision on some interview;
//   new:          no interview yet.
import type { Database } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { visibleInterviewsWhere } from "@/lib/interviews/access";
import { readableSubmittedScorecardsWhere } from "@/lib/scoring/visibility";
import { decisionSelect } from "@/lib/debrief/read-debrief";
import { visibleCandidatesWhere, type Viewer } from "./access";
import { CANDIDATE_PAGE_SIZE, escapeLike, type CandidateListQuery, type PipelineStatus } from "./list-query";

const STARTED = ["IN_PROGRESS", "COMPLETED"] as const;
const interviewing: Prisma.CandidateWhereInput = { interviews: { some: { status: { in: [...STARTED] }, decisions: { none: {} } } } };
const preparing: Prisma.CandidateWhereInput = { interviews: { some: { status: "DRAFT" } } };
const decided: Prisma.CandidateWhereInput = { interviews: { some: { decisions: { some: {} } } } };

export const PIPELINE_WHERE: Record<PipelineStatus, Prisma.CandidateWhereInput> = {
  INTERVIEWING: interviewing,
  SCREENING: { AND: [{ NOT: interviewing }, preparing] },
  DECIDED: { AND: [{ NOT: interviewing }, { NOT: preparing }, decided] },
  NEW: { AND: [{ NOT: interviewing }, { NOT: preparing }, { NOT: decided }] },
};

/** The same rule on one candidate's interviews, for the row's badge. */
export function pipelineStatus(interviews: readonly { status: string; decisions: number }[]): PipelineStatus {
  const live = interviews.filter((interview) => interview.status !== "CANCELLED");
  if (live.some((interview) => (STARTED as readonly string[]).includes(interview.status) && interview.decisions === 0)) return "INTERVIEWING";
  if (live.some((interview) => interview.status === "DRAFT")) return "SCREENING";
  if (live.some((interview) => interview.decisions > 0)) return "DECIDED";
  return "NEW";
}

const ORDER: Record<CandidateListQuery["sort"], Prisma.CandidateOrderByWithRelationInput[]> = {
  updated: [{ updatedAt: "desc" }, { id: "asc" }],
  name: [{ name: "asc" }, { id: "asc" }],
  created: [{ createdAt: "desc" }, { id: "asc" }],
};

export function candidateListWhere(viewer: Viewer, query: CandidateListQuery): Prisma.CandidateWhereInput | null {
  const visible = visibleCandidatesWhere(viewer);
  if (!visible) return null;
  const text = query.q ? escapeLike(query.q) : null;
  return {
    AND: [
      visible,
      text ? { OR: (["name", "email", "position"] as const).map((field) => ({ [field]: { contains: text, mode: "insensitive" as const } })) } : {},
      query.position ? { position: query.position } : {},
      query.status ? PIPELINE_WHERE[query.status] : {},
      query.interviewer ? { interviews: { some: { panel: { some: { userId: query.interviewer } } } } } : {},
    ],
  };
}

export async function listCandidatesPage(db: Database, viewer: Viewer, query: CandidateListQuery) {
  const where = candidateListWhere(viewer, query);
  const interviewsVisible = visibleInterviewsWhere(viewer);
  if (!where || !interviewsVisible) return { total: 0, pages: 1, page: 1, rows: [] };
  const total = await db.candidate.count({ where });
  const pages = Math.max(1, Math.ceil(total / CANDIDATE_PAGE_SIZE));
  const page = Math.min(query.page, pages);
  const candidates = await db.candidate.findMany({
    where,
    orderBy: ORDER[query.sort],
    skip: (page - 1) * CANDIDATE_PAGE_SIZE,
    take: CANDIDATE_PAGE_SIZE,
    select: {
      id: true,
      name: true,
      email: true,
      position: true,
      updatedAt: true,
      interviews: { select: { status: true, _count: { select: { decisions: true } } } },
    },
  });
  const ids = candidates.map((candidate) => candidate.id);
  const readable = readableSubmittedScorecardsWhere(viewer);
  const [cards, decisions] = await Promise.all([
    readable && ids.length
      ? db.scorecard.findMany({
          where: { AND: [readable, { session: { candidateId: { in: ids }, status: { not: "CANCELLED" } } }] },
          select: { sessionId: true, composite: true, session: { select: { candidateId: true, startedAt: true } } },
        })
      : [],
    ids.length
      ? db.interviewDecision.findMany({
          where: { session: { AND: [interviewsVisible, { candidateId: { in: ids } }] } },
          orderBy: { createdAt: "desc" },
          select: { ...decisionSelect, session: { select: { candidateId: true } } },
        })
      : [],
  ]);
  const rows = candidates.map(({ interviews, ...candidate }) => {
    // The latest interview with scorecards the viewer may read: the mean of their composites.
    const own = cards.filter((card) => card.session.candidateId === candidate.id && card.composite !== null);
    const latest = own.reduce<Date | null>((at, card) => (card.session.startedAt && (!at || card.session.startedAt > at) ? card.session.startedAt : at), null);
    const latestCards = own.filter((card) => (card.session.startedAt?.getTime() ?? null) === (latest?.getTime() ?? null));
    const composite = latestCards.length ? Math.round((latestCards.reduce((sum, card) => sum + Number(card.composite), 0) / latestCards.length) * 100) / 100 : null;
    return {
      ...candidate,
      interviews: interviews.length,
      status: pipelineStatus(interviews.map((interview) => ({ status: interview.status, decisions: interview._count.decisions }))),
      composite,
      decision: decisions.find((decision) => decision.session.candidateId === candidate.id) ?? null,
    };
  });
  return { total, pages, page, rows };
}

/** The positions to filter by: every distinct one among the candidates the viewer may see. */
export async function candidatePositions(db: Database, viewer: Viewer) {
  const visible = visibleCandidatesWhere(viewer);
  if (!visible) return [];
  const rows = await db.candidate.groupBy({ by: ["position"], where: { AND: [visible, { position: { not: null } }] }, orderBy: { position: "asc" } });
  return rows.flatMap((row) => (row.position ? [row.position] : []));
}
