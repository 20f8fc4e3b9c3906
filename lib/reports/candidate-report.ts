// One candidate's full results: every started interview the viewer may see, each question as it
// was asked (with its rubric version), and the scorecards the viewer may read (the same panel
// rules as the interview page: lib/scoring/visibility.ts). Per interview, the panel's agreement
// (r_wg(J)) and the composite with its standard error, from the G study of the interview's plan.
import type { Viewer } from "@/lib/candidates/access";
import { visibleCandidatesWhere } from "@/lib/candidates/access";
import type { Database } from "@/lib/db-client";
import { comparePrecision } from "@/lib/comparison/compare-precision";
import { rwgJ } from "@/lib/comparison/rwg";
import { readAskedQuestion } from "@/lib/scoring/asked-question";
import { readPanelScorecards } from "@/lib/scoring/read-scorecards";
import { visibleInterviewsWhere } from "@/lib/interviews/access";
import { decisionSelect } from "@/lib/debrief/read-debrief";
import { readableSubmittedScorecardsWhere } from "@/lib/scoring/visibility";

export async function candidateReport(db: Database, viewer: Viewer, candidateId: string) {
  const candidates = visibleCandidatesWhere(viewer);
  const interviews = visibleInterviewsWhere(viewer);
  if (!candidates || !interviews) return null;
  const candidate = await db.candidate.findFirst({ where: { AND: [{ id: candidateId }, candidates] }, select: { id: true, name: true, email: true, position: true } });
  if (!candidate) return null;
  const sessions = await db.interviewSession.findMany({
    where: { AND: [{ candidateId, status: { in: ["IN_PROGRESS", "COMPLETED"] } }, interviews] },
    orderBy: { startedAt: "asc" },
    select: {
      id: true,
      title: true,
      status: true,
      startedAt: true,
      plan: { select: { id: true, name: true } },
      questions: { orderBy: { position: "asc" }, select: { id: true, questionId: true, questionVersion: true, snapshot: true } },
      decisions: { orderBy: { createdAt: "desc" }, select: decisionSelect },
    },
  });
  // Revisions after the debrief, of the scorecards the viewer may read: shown beside the submitted ratings, never in their place.
  const readable = readableSubmittedScorecardsWhere(viewer);
  const revisions = readable
    ? await db.scorecardRevision.findMany({
        where: { scorecard: { AND: [readable, { session: { candidateId } }] } },
        orderBy: { createdAt: "asc" },
        select: { scorecardId: true, ratings: true, recommendation: true, composite: true, reason: true, createdAt: true },
      })
    : [];
  const withScorecards = await Promise.all(
    sessions.map(async ({ plan, ...session }) => {
      const panel = await readPanelScorecards(db, viewer, session.id);
      const scorecards = (panel?.readable ?? [])
        .filter((card) => card.submittedAt)
        .map((card) => ({ ...card, revisions: revisions.filter((revision) => revision.scorecardId === card.id) }));
      const questions = session.questions.map((item) => ({ id: item.id, version: item.questionVersion, ...readAskedQuestion(item.snapshot) }));
      const agreement = rwgJ(questions.map((question) => scorecards.map((card) => card.scores.find((score) => score.sessionQuestionId === question.id)?.rating ?? null)));
      const keyOf = new Map(session.questions.map((item) => [item.id, item.questionId ?? `custom:${item.id}`]));
      const ratings = scorecards.flatMap((card) =>
        card.scores.flatMap((score) =>
          score.rating === null ? [] : [{ interviewerId: card.interviewerId, questionKey: keyOf.get(score.sessionQuestionId)!, rating: score.rating }],
        ),
      );
      const composite = ratings.length ? ratings.reduce((sum, r) => sum + r.rating, 0) / ratings.length : null;
      return { ...session, questions, scorecards, statuses: panel?.statuses ?? [], agreement, composite, plans: [{ id: plan?.id ?? null, name: plan?.name ?? null }], ratings };
    }),
  );
  // One G study per plan the interviews used, whatever the number of interviews.
  const { precision } = await comparePrecision(
    db,
    viewer,
    withScorecards.map((session) => ({ id: session.id, plans: session.plans, composite: session.composite, ratings: session.ratings })),
    { pairs: false },
  );
  return { candidate, sessions: withScorecards.map(({ ratings: _ratings, plans: _plans, ...session }, i) => ({ ...session, precision: precision[i] ?? null })) };
}

export type CandidateReport = NonNullable<Awaited<ReturnType<typeof candidateReport>>>;
