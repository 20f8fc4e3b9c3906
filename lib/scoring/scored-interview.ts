// Builds a scored interview the way the app does (builder → start → open scorecards → autosave →
// submit): the demo data the seed adds, and the test factory, so both are data the app could make.
import { randomUUID } from "node:crypto";
import type { Viewer } from "@/lib/candidates/access";
import type { Database } from "@/lib/db-client";
import type { Recommendation } from "@/lib/generated/prisma/enums";
import { createInterview, startInterview } from "@/lib/interviews/builder";
import { applyAutosave } from "./autosave";
import { openScorecard, submitScorecard } from "./scorecards";

export interface PanelMemberScores {
  viewer: Viewer;
  /** One rating per question of the set, in order; null leaves it unrated. */
  ratings: (number | null)[];
  recommendation?: Recommendation;
  /** Notes per question (same order as ratings); a generated line when absent. */
  notes?: string[];
  summary?: string;
  /** Leave the scorecard unsubmitted (a draft). */
  draft?: boolean;
}

/** From a set (`fromSet`, its slug) or from a plan (`fromPlan`, its id, with `fromSet: null`). */
export async function scoredInterview(
  db: Database,
  organiser: Viewer,
  input: { candidateId: string; fromSet: string | null; fromPlan?: string; title?: string; panel: PanelMemberScores[] },
) {
  const created = await createInterview(db, organiser, {
    candidateId: input.candidateId,
    title: input.title ?? "Interview",
    panel: input.panel.map((member) => member.viewer.id),
    fromSet: input.fromSet,
    fromPlan: input.fromPlan,
  });
  if (!created.ok) throw new Error(created.message);
  const started = await startInterview(db, organiser, created.value);
  if (!started.ok) throw new Error(started.message);
  const questions = await db.sessionQuestion.findMany({ where: { sessionId: created.value }, orderBy: { position: "asc" }, select: { id: true } });
  for (const member of input.panel) {
    const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: member.viewer.id }, select: { sessionVersion: true } });
    const opened = await openScorecard(db, member.viewer, created.value);
    if (!opened.ok) throw new Error(opened.message);
    for (const [index, rating] of member.ratings.entries()) {
      const question = questions[index];
      if (!question || rating === null) continue;
      const value = { rating, notes: member.notes?.[index] ?? `Note from ${member.viewer.id} on ${index + 1}`, keyPointsCovered: [], redFlagsRaised: [], elapsedSeconds: 60 };
      const saved = await applyAutosave(db, { id: member.viewer.id, sessionVersion }, opened.value, {
        target: "question",
        sessionQuestionId: question.id,
        writeId: randomUUID(),
        baseRevision: 0,
        value,
      });
      if (saved.status !== "saved") throw new Error(`autosave: ${saved.status}`);
    }
    if (member.draft) continue;
    const submitted = await submitScorecard(db, member.viewer, opened.value, {
      recommendation: member.recommendation ?? "YES",
      summary: member.summary ?? "Summary",
      disagreementReason: "Weighed the answers differently from the plain mean.",
    });
    if (!submitted.ok) throw new Error(submitted.message);
  }
  return { sessionId: created.value, questionIds: questions.map((q) => q.id) };
}
