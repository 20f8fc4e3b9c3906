// One candidate's full results: every started interview the viewer may see, each question as it
// was asked (with its rubric version), and the scorecards the viewer may read (the same panel
// rules as the interview page: lib/scoring/visibility.ts).
import type { Viewer } from "@/lib/candidates/access";
import { visibleCandidatesWhere } from "@/lib/candidates/access";
import type { Database } from "@/lib/db-client";
import { panelAgreement } from "@/lib/comparison/statistics";
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
      questions: { orderBy: { position: "asc" }, select: { id: true, questionVersion: true, snapshot: true } },
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
    sessions.map(async (session) => {
      const panel = await readPanelScorecards(db, viewer, session.id);
      const scorecards = (panel?.readable ?? []).filter((card) => card.submittedAt).map((card) => ({ ...card, revisions: revisions.filter((revision) => revision.scorecardId === card.id) }));
      const questions = session.questions.map((item) => ({ id: item.id, version: item.questionVersion, ...readAskedQuestion(item.snapshot) }));
      const agreement = panelAgreement(questions.map((question) => scorecards.map((card) => card.scores.find((score) => score.sessionQuestionId === question.id)?.rating ?? null)));
      return { ...session, questions, scorecards, statuses: panel?.statuses ?? [], agreement };
    }),
  );
  return { candidate, sessions: withScorecards };
}

export type CandidateReport = NonNullable<Awaited<ReturnType<typeof candidateReport>>>;
