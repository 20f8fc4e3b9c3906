// A candidate with a completed, scored interview whose free text names them: what erasure and
// account deletion are tested on (Vitest and e2e). Made through the app's own domain functions.
import type { Viewer } from "../lib/candidates/access";
import type { Database } from "../lib/db-client";
import type { Recommendation } from "../lib/generated/prisma/enums";
import { applyAutosave } from "../lib/scoring/autosave";
import { openScorecard, reopenScorecard, submitScorecard } from "../lib/scoring/scorecards";
import { addCustomQuestion, addQuestion, createInterview, startInterview } from "../lib/interviews/builder";
import { must } from "./authorization-fixtures";

export interface PanelMember {
  viewer: Viewer;
  /** The rating given to every question. */
  rating: number;
  recommendation: Recommendation;
  /** Written into every note and the summary. */
  text: string;
  /** Given when the recommendation goes against the composite. */
  disagreementReason?: string;
}

async function rateAll(db: Database, viewer: Viewer, scorecardId: string, rating: number, notes: string) {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { sessionVersion: true } });
  for (const score of await db.score.findMany({ where: { scorecardId }, select: { sessionQuestionId: true, revision: true } })) {
    const saved = await applyAutosave(db, { id: viewer.id, sessionVersion }, scorecardId, {
      target: "question",
      sessionQuestionId: score.sessionQuestionId,
      writeId: crypto.randomUUID(),
      baseRevision: score.revision,
      value: { rating, notes, keyPointsCovered: [0], redFlagsRaised: [], elapsedSeconds: 90 },
    });
    if (saved.status !== "saved") throw new Error(`Fixture rating refused: ${saved.status}`);
  }
}

/**
 * An interview of `candidateId`, titled `title`, with the bank questions and a custom question,
 * scored and submitted by each panel member; the first member's scorecard is reopened (with
 * `reopenReason`) and submitted again, so a reopen reason is on record too.
 */
export async function scoredInterview(
  db: Database,
  recruiter: Viewer,
  input: { candidateId: string; title: string; questions: string[]; customQuestion: string; panel: PanelMember[]; reopenReason: string },
) {
  const sessionId = must(
    await createInterview(db, recruiter, { candidateId: input.candidateId, title: input.title, panel: input.panel.map((member) => member.viewer.id), fromSet: null }),
  );
  for (const questionId of input.questions) must(await addQuestion(db, recruiter, sessionId, questionId));
  must(await addCustomQuestion(db, recruiter, sessionId, { title: input.customQuestion, prompt: input.customQuestion, minutes: 5 }));
  must(await startInterview(db, recruiter, sessionId));
  const scorecards: string[] = [];
  for (const member of input.panel) {
    const card = must(await openScorecard(db, member.viewer, sessionId));
    await rateAll(db, member.viewer, card, member.rating, `${member.text} (notes)`);
    const submit = () =>
      submitScorecard(db, member.viewer, card, {
        recommendation: member.recommendation,
        summary: `${member.text} (summary)`,
        disagreementReason: member.disagreementReason ?? null,
      });
    must(await submit());
    if (scorecards.length === 0) {
      must(await reopenScorecard(db, member.viewer, card, input.reopenReason));
      must(await submit());
    }
    scorecards.push(card);
  }
  return { sessionId, scorecards };
}
