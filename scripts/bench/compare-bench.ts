// Compare and Calibration on a round of 500 interviews × 3 interviewers × 8 questions from one plan
// (1,500 submitted scorecards, 12,000 ratings), built through the app's own functions. Timed as the
// server runs them: compareCandidates for 20 candidates (leniency adjustment, r_wg(J) per
// interview, standard errors and pair verdicts from the plan's G study) and calibration (question
// analytics, G and D study per plan, interviewer figures), each next to its floor: the ratings those
// figures are computed from (every readable rating: the histories and the G study need them all),
// fetched by one hand-written SQL query. Both are measured warm (the data unchanged between runs, as
// between page views) and cold (caches emptied before each run), and after one new interview.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { seedQuestionBank } from "../../lib/content/seed-question-bank";
import { calibration } from "../../lib/comparison/calibration";
import { compareCandidates } from "../../lib/comparison/compare-candidates";
import { clearStatisticsCaches } from "../../lib/comparison/statistics-cache";
import { CONNECTION_OPTIONS } from "../../lib/db-client";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { addPlanQuestion, createPlan } from "../../lib/plans/plans";
import { scoredInterview } from "../../lib/scoring/scored-interview";
import { createBankGenerator } from "./generate-bank";
import { percentile, progress, report } from "./report";
import { createVocabulary } from "./synthetic-text";

const INTERVIEWS = Number(process.env.BENCH_COMPARE_INTERVIEWS ?? 500);
const QUESTIONS = 8;
const INTERVIEWERS = 12;
const COMPARED = 20;
const RUNS = 40;
const COLD_RUNS = 10;
/** Interviews scored at once while filling the database (each is a dozen small transactions). */
const FILL_CONCURRENCY = 4;

/** A Prisma client whose every SQL statement is counted (pool queries and pooled-client queries). */
function countingClient(url: string) {
  const pool = new pg.Pool({ connectionString: url, options: CONNECTION_OPTIONS });
  const counter = { statements: 0 };
  const countQuery = <T extends { query: (...args: never[]) => unknown }>(target: T) => {
    const original = target.query.bind(target) as (...args: unknown[]) => unknown;
    (target as { query: unknown }).query = (...args: unknown[]) => {
      counter.statements += 1;
      return original(...args);
    };
  };
  countQuery(pool);
  pool.on("connect", (client) => countQuery(client));
  return { db: new PrismaClient({ adapter: new PrismaPg(pool) }), counter, pool };
}

async function time(runs: number, work: () => Promise<unknown>, before?: () => void) {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    before?.();
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  return samples;
}

type Db = PrismaClient;
type Vocabulary = ReturnType<typeof createVocabulary>;

export async function benchCompare(databaseUrl: string) {
  const { db, counter, pool } = countingClient(databaseUrl);
  // The server may stop while idle pooled connections remain: that is the end of the run, not an error.
  pool.on("error", () => {});
  try {
    const vocabulary = createVocabulary(11);
    // BENCH_REUSE=1 keeps the round from an earlier run (filling it takes minutes).
    const reused = process.env.BENCH_REUSE === "1" ? await db.interviewPlan.findFirst({ where: { name: "Bench plan" }, select: { id: true } }) : null;
    const round = reused ? await existingRound(db, reused.id) : await fill(db, vocabulary);
    await measure(db, counter, databaseUrl, round);
  } finally {
    await db.$disconnect();
    await pool.end();
  }
}

interface Round {
  recruiter: { id: string; role: "RECRUITER" };
  candidateIds: string[];
  /** Scores one more interview (after the timed runs: the caches' partial invalidation). */
  interview: (c: number) => Promise<string>;
}

function interviewer(db: Db, recruiter: Round["recruiter"], planId: string, panel: { id: string; role: "INTERVIEWER" }[], vocabulary: Vocabulary) {
  // Interviewers' leniency spread over ±0.6 points; candidates' level over 1.3–3.7.
  const leniency = panel.map((_, i) => -0.6 + (1.2 * i) / (INTERVIEWERS - 1));
  return async (c: number) => {
    const candidate = await db.candidate.create({ data: { name: `${vocabulary.contentWord()} ${vocabulary.contentWord()} ${c}`, position: "Bench" } });
    const level = 1.3 + vocabulary.random() * 2.4;
    const seats = [c % INTERVIEWERS, (c + 1 + (c % 5)) % INTERVIEWERS, (c + 7) % INTERVIEWERS];
    const members = new Set(seats).size === 3 ? seats : [c % INTERVIEWERS, (c + 1) % INTERVIEWERS, (c + 2) % INTERVIEWERS];
    await scoredInterview(db, recruiter, {
      candidateId: candidate.id,
      fromSet: null,
      fromPlan: planId,
      panel: members.map((p) => ({
        viewer: panel[p]!,
        ratings: Array.from({ length: QUESTIONS }, () => Math.min(4, Math.max(1, Math.round(level + leniency[p]! + (vocabulary.random() - 0.5) * 1.5)))),
        notes: Array.from({ length: QUESTIONS }, () => vocabulary.sentence(5, 15)),
      })),
    });
    return candidate.id;
  };
}

async function existingRound(db: Db, planId: string): Promise<Round> {
  const recruiter = await db.user.findUniqueOrThrow({ where: { email: "bench-recruiter@example.org" }, select: { id: true } });
  const panel = await db.user.findMany({ where: { email: { startsWith: "bench-panel-" } }, orderBy: { email: "asc" }, select: { id: true } });
  const sessions = await db.interviewSession.findMany({ where: { planId }, orderBy: { createdAt: "asc" }, select: { candidateId: true } });
  const byNumber = panel.map((p) => ({ id: p.id, role: "INTERVIEWER" as const }));
  const me = { id: recruiter.id, role: "RECRUITER" as const };
  return { recruiter: me, candidateIds: sessions.map((s) => s.candidateId), interview: interviewer(db, me, planId, byNumber, createVocabulary(sessions.length)) };
}

async function fill(db: Db, vocabulary: Vocabulary): Promise<Round> {
  const [set] = createBankGenerator(vocabulary).sets(QUESTIONS, QUESTIONS);
  await seedQuestionBank(db, [{ ...set!, questions: set!.questions.map((q) => ({ ...q, audience: "interview" as const })) }]);
  const recruiter = { id: (await db.user.create({ data: { email: "bench-recruiter@example.org", role: "RECRUITER" }, select: { id: true } })).id, role: "RECRUITER" as const };
  const panel: { id: string; role: "INTERVIEWER" }[] = [];
  for (let i = 0; i < INTERVIEWERS; i++) {
    const email = `bench-panel-${String(i).padStart(2, "0")}@example.org`;
    panel.push({ id: (await db.user.create({ data: { email, name: `Panel ${i}`, role: "INTERVIEWER" }, select: { id: true } })).id, role: "INTERVIEWER" });
  }
  const plan = await createPlan(db, recruiter, { name: "Bench plan", position: "Bench" });
  if (!plan.ok) throw new Error(plan.message);
  for (const question of set!.questions) {
    const added = await addPlanQuestion(db, recruiter, plan.value, question.id);
    if (!added.ok) throw new Error(added.message);
  }
  const interview = interviewer(db, recruiter, plan.value, panel, vocabulary);
  progress(`comparison: scoring ${INTERVIEWS} interviews through the app's own functions`);
  const candidateIds: string[] = [];
  for (let c = 0; c < INTERVIEWS; c += FILL_CONCURRENCY) {
    candidateIds.push(...(await Promise.all(Array.from({ length: Math.min(FILL_CONCURRENCY, INTERVIEWS - c) }, (_, k) => interview(c + k)))));
    if ((c / FILL_CONCURRENCY) % 25 === 0) progress(`  ${c + FILL_CONCURRENCY} of ${INTERVIEWS}`);
  }
  return { recruiter, candidateIds, interview };
}

async function measure(db: Db, counter: { statements: number }, databaseUrl: string, round: Round) {
  const { recruiter, candidateIds } = round;
  const compared = candidateIds.slice(-COMPARED);
  const compare = async () => {
    const comparison = await compareCandidates(db, recruiter, compared, { adjust: true });
    if (comparison?.candidates.length !== COMPARED) throw new Error("comparison lost candidates");
    if (comparison.candidates.some((candidate) => candidate.precision?.kind !== "standard-error")) throw new Error("comparison has no standard errors");
  };
  const calibrate = async () => {
    const data = await calibration(db, recruiter);
    if (data?.plans[0]?.g.kind !== "g-study" || data.questions.length !== QUESTIONS) throw new Error("calibration lost its figures");
  };

  // Floor: every rating the figures are computed from, by one SQL statement, no shaping.
  const direct = new pg.Client({ connectionString: databaseUrl, options: CONNECTION_OPTIONS });
  await direct.connect();
  const floorQuery = () =>
    direct.query(
      `SELECT c."id", c."interviewerId", c."submittedAt", s."candidateId", s."planId", q."questionId", sc."rating"
       FROM "Scorecard" c JOIN "InterviewSession" s ON s."id" = c."sessionId"
       JOIN "Score" sc ON sc."scorecardId" = c."id" JOIN "SessionQuestion" q ON q."id" = sc."sessionQuestionId"
       WHERE c."submittedAt" IS NOT NULL AND s."status" <> 'CANCELLED' AND sc."rating" IS NOT NULL`,
    );
  await floorQuery();
  const floor = await time(RUNS, floorQuery);
  await direct.end();
  const note = `${candidateIds.length} interviews × 3 interviewers × ${QUESTIONS} questions; floor = every rating by one SQL query`;

  const coldCompare = await time(COLD_RUNS, compare, clearStatisticsCaches);
  const coldCalibration = await time(COLD_RUNS, calibrate, clearStatisticsCaches);
  await compare();
  const warmCompare = await time(RUNS, compare);
  counter.statements = 0;
  await compare();
  const compareStatements = counter.statements;
  const warmCalibration = await time(RUNS, calibrate);
  counter.statements = 0;
  await calibrate();
  const calibrationStatements = counter.statements;
  counter.statements = 0;
  await compareCandidates(db, recruiter, compared.slice(0, 2), { adjust: true });
  const twoStatements = counter.statements;
  // One more interview: the caches keep every other scorecard, and the G study is redone once.
  await round.interview(candidateIds.length);
  const [afterNewCompare] = await time(1, compare);
  const [afterNewCalibration] = await time(1, calibrate);

  const floor95 = percentile(floor, 95);
  report({
    name: "compare_20_p95",
    value: percentile(warmCompare, 95),
    unit: "ms",
    goal: "<= 300, <= 2x floor",
    floor: floor95,
    note: `${COMPARED} candidates, adjusted; ${note}`,
  });
  report({ name: "compare_20_cold_p95", value: percentile(coldCompare, 95), unit: "ms", goal: "<= 300", floor: floor95, note: "caches emptied before each run" });
  report({ name: "compare_20_after_new_interview", value: afterNewCompare!, unit: "ms", floor: floor95, note: "first comparison after one more interview was submitted" });
  report({ name: "compare_20_sql_statements", value: compareStatements, unit: "queries", goal: "constant (no N+1)" });
  report({ name: "compare_2_sql_statements", value: twoStatements, unit: "queries", goal: `= compare_${COMPARED}_sql_statements` });
  report({ name: "calibration_p95", value: percentile(warmCalibration, 95), unit: "ms", goal: "<= 300, <= 2x floor", floor: floor95, note });
  report({ name: "calibration_cold_p95", value: percentile(coldCalibration, 95), unit: "ms", goal: "<= 300", floor: floor95, note: "caches emptied before each run" });
  report({ name: "calibration_after_new_interview", value: afterNewCalibration!, unit: "ms", floor: floor95 });
  report({ name: "calibration_sql_statements", value: calibrationStatements, unit: "queries", goal: "constant" });
}
