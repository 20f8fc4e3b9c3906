// A hiring round with enough history for leniency adjustment to speak, made with the app's own
// functions (createPlan, scoredInterview: builder → start → autosave → submit) on the e2e database:
// six interviewers of known leniency, twelve (or up to 22) candidates interviewed one after another from a plan of
// five bank questions by panels of three, and a uniformly strong candidate whose two interviewers
// are never more than a point apart. Names carry a tag, so runs never collide.
import type { Viewer } from "../lib/candidates/access";
import { INTERVIEW_AUDIENCES } from "../lib/interviews/schema";
import { addPlanQuestion, createPlan } from "../lib/plans/plans";
import { scoredInterview } from "../lib/scoring/scored-interview";
import { withDatabase } from "./database";

const FIRST_NAMES = [
  "Aaron",
  "Bella",
  "Cyrus",
  "Dalia",
  "Emil",
  "Freya",
  "Gideon",
  "Hana",
  "Ivo",
  "Jun",
  "Kira",
  "Lars",
  "Mira",
  "Nils",
  "Olga",
  "Pavel",
  "Quinn",
  "Rosa",
  "Sami",
  "Tove",
  "Uma",
  "Vera",
];
const LENIENCY = [-0.6, -0.35, -0.1, 0.1, 0.35, 0.6];

export interface StatisticsWorld {
  tag: string;
  candidates: { id: string; name: string }[];
  strong: { id: string; name: string };
}

const must = <T>(result: { ok: true; value: T } | { ok: false; message: string }) => {
  if (!result.ok) throw new Error(result.message);
  return result.value;
};

/** `size` candidates (at most 22) before the strong one; 20 or more gives the plan's G study its sample. */
export function buildStatisticsWorld(size = 12): Promise<StatisticsWorld> {
  const tag = Date.now().toString(36);
  return withDatabase(async (db) => {
    const recruiter = await db.user.findUniqueOrThrow({ where: { email: "recruiter@example.com" }, select: { id: true, role: true } });
    const questions = await db.question.findMany({
      where: { set: { slug: "behavioural" }, archived: false, audience: { in: [...INTERVIEW_AUDIENCES] } },
      orderBy: { position: "asc" },
      take: 5,
      select: { id: true },
    });
    const raters: Viewer[] = [];
    for (const [i] of LENIENCY.entries()) {
      raters.push(
        await db.user.create({ data: { email: `stat-rater-${i}-${tag}@example.org`, name: `Rater ${i} ${tag}`, role: "INTERVIEWER" }, select: { id: true, role: true } }),
      );
    }
    const planId = must(await createPlan(db, recruiter, { name: `Statistics plan ${tag}`, position: `Statistician ${tag}` }));
    for (const question of questions) must(await addPlanQuestion(db, recruiter, planId, question.id));

    const interview = async (name: string, panel: { rater: number; ratings: number[] }[]) => {
      const candidate = await db.candidate.create({ data: { name, position: `Statistician ${tag}`, createdById: recruiter.id } });
      await scoredInterview(db, recruiter, {
        candidateId: candidate.id,
        fromSet: null,
        fromPlan: planId,
        title: `Statistics interview ${tag}`,
        panel: panel.map(({ rater, ratings }) => ({ viewer: raters[rater]!, ratings, recommendation: "YES" })),
      });
      return { id: candidate.id, name };
    };

    // Deterministic wobble, so every run builds the same ratings.
    let state = 7;
    const wobble = () => {
      state = (state * 48271) % 2147483647;
      return (state / 2147483647 - 0.5) * 1.2;
    };
    const candidates: StatisticsWorld["candidates"] = [];
    for (const [c, first] of FIRST_NAMES.slice(0, size).entries()) {
      const level = 1.5 + ((c * 7) % 12) / 6;
      const panel = [c % 6, (c + 1) % 6, (c + 3) % 6].map((rater) => ({
        rater,
        ratings: questions.map(() => Math.min(4, Math.max(1, Math.round(level + LENIENCY[rater]! + wobble())))),
      }));
      candidates.push(await interview(`Stat ${first} ${tag}`, panel));
    }
    const strong = await interview(`Stat Strong ${tag}`, [
      { rater: 1, ratings: [4, 3, 4, 4, 3] },
      { rater: 2, ratings: [3, 4, 4, 3, 4] },
    ]);
    return { tag, candidates, strong };
  });
}
