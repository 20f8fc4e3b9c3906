// A hiring round with enough history for every statistic to speak: six interviewers of known
// leniency (−0.6 … +0.6 points), 22 candidates of known level interviewed one after another from
// one plan of four questions, each by a panel of three, all built through the app's own functions
// (createPlan, scoredInterview: builder → start → autosave → submit). Ratings are the candidate's
// level plus the interviewer's leniency plus a seeded wobble, rounded onto 1–4.
import type { Viewer } from "../lib/candidates/access";
import { seedQuestionBank } from "../lib/content/seed-question-bank";
import type { Database } from "../lib/db-client";
import { addPlanQuestion, createPlan } from "../lib/plans/plans";
import { scoredInterview } from "../lib/scoring/scored-interview";
import { makeQuestion, makeSet } from "./factories";

export const WORLD_QUESTIONS = ["world-design", "world-debug", "world-ops", "world-security"] as const;
export const LENIENCY = [-0.6, -0.35, -0.1, 0.1, 0.35, 0.6] as const;

export interface RatingWorld {
  recruiter: Viewer;
  interviewers: Viewer[];
  planId: string;
  /** In interview order. */
  candidates: { id: string; name: string; sessionId: string; panel: number[] }[];
  /** Scores one more interview from the plan, for a new candidate, after everything else. */
  interview(name: string, panel: { interviewer: number; ratings: number[] }[]): Promise<{ id: string; sessionId: string }>;
}

/** A small seeded generator (Park–Miller), so the world is the same on every run. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

const onScale = (value: number) => Math.min(4, Math.max(1, Math.round(value)));

export async function buildRatingWorld(db: Database, size = 22): Promise<RatingWorld> {
  await seedQuestionBank(db, [
    makeSet({
      slug: "world-set",
      questions: WORLD_QUESTIONS.map((id, i) => makeQuestion({ id, title: `World question ${i + 1}?`, competency: i < 2 ? "Engineering" : "Operations", audience: "interview" })),
    }),
  ]);
  const user = (email: string, name: string, role: "RECRUITER" | "INTERVIEWER") => db.user.create({ data: { email, name, role }, select: { id: true, role: true } });
  const recruiter = await user("world-recruiter@test.dev", "World Recruiter", "RECRUITER");
  const interviewers: Viewer[] = [];
  for (const [i] of LENIENCY.entries()) interviewers.push(await user(`world-interviewer-${i}@test.dev`, `Interviewer ${i}`, "INTERVIEWER"));
  const plan = await createPlan(db, recruiter, { name: "World plan", position: "World engineer" });
  if (!plan.ok) throw new Error(plan.message);
  for (const id of WORLD_QUESTIONS) {
    const added = await addPlanQuestion(db, recruiter, plan.value, id);
    if (!added.ok) throw new Error(added.message);
  }

  const interview = async (name: string, panel: { interviewer: number; ratings: number[] }[]) => {
    const candidate = await db.candidate.create({ data: { name, position: "World engineer" } });
    const { sessionId } = await scoredInterview(db, recruiter, {
      candidateId: candidate.id,
      fromSet: null,
      fromPlan: plan.value,
      panel: panel.map(({ interviewer, ratings }) => ({
        viewer: interviewers[interviewer]!,
        ratings,
        recommendation: ratings.reduce((a, b) => a + b, 0) / ratings.length >= 2.5 ? "YES" : "NO",
      })),
    });
    return { id: candidate.id, sessionId };
  };

  const next = random(20_240_613);
  const candidates: RatingWorld["candidates"] = [];
  for (let c = 0; c < size; c++) {
    const level = 1.3 + next() * 2.4;
    const panel = [c % 6, (c + 1) % 6, (c + 3) % 6];
    const name = `World candidate ${String(c + 1).padStart(2, "0")}`;
    const made = await interview(
      name,
      panel.map((interviewer) => ({ interviewer, ratings: WORLD_QUESTIONS.map(() => onScale(level + LENIENCY[interviewer]! + (next() - 0.5) * 1.2)) })),
    );
    candidates.push({ ...made, name, panel });
  }
  return { recruiter, interviewers, planId: plan.value, candidates, interview };
}
