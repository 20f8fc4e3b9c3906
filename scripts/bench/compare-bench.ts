// Comparing candidates: 50 candidates × 20 questions × 3 interviewers (150 submitted scorecards,
// 3,000 ratings with notes of Zipf text), timed as the server runs it (compareCandidates, with its
// normalisation) and counted in SQL statements, next to its floor: the same rows fetched by one
// hand-written SQL query.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { seedQuestionBank } from "../../lib/content/seed-question-bank";
import { compareCandidates } from "../../lib/comparison/compare-candidates";
import { CONNECTION_OPTIONS } from "../../lib/db-client";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { scoredInterview } from "../../lib/scoring/scored-interview";
import { createBankGenerator } from "./generate-bank";
import { percentile, progress, report } from "./report";
import { createVocabulary } from "./synthetic-text";

const CANDIDATES = 50;
const QUESTIONS = 20;
const RUNS = 40;

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

export async function benchCompare(databaseUrl: string) {
  const { db, counter } = countingClient(databaseUrl);
  try {
    const vocabulary = createVocabulary(11);
    const [set] = createBankGenerator(vocabulary).sets(QUESTIONS, QUESTIONS);
    await seedQuestionBank(db, [{ ...set!, questions: set!.questions.map((q) => ({ ...q, audience: "interview" as const })) }]);
    const recruiter = await db.user.create({ data: { email: "bench-recruiter@example.org", role: "RECRUITER" }, select: { id: true, role: true } });
    const panel = await Promise.all([0, 1, 2].map((i) => db.user.create({ data: { email: `bench-panel-${i}@example.org`, name: `Panel ${i}`, role: "INTERVIEWER" }, select: { id: true, role: true } })));
    const candidateIds: string[] = [];
    progress(`comparison: scoring ${CANDIDATES} interviews through the app's own functions`);
    for (let c = 0; c < CANDIDATES; c++) {
      const candidate = await db.candidate.create({ data: { name: `${vocabulary.contentWord()} ${vocabulary.contentWord()}`, position: "Bench" } });
      candidateIds.push(candidate.id);
      const ability = 1 + vocabulary.random() * 3;
      await scoredInterview(db, recruiter, {
        candidateId: candidate.id,
        fromSet: set!.slug,
        panel: panel.map((viewer, p) => ({
          viewer,
          ratings: Array.from({ length: QUESTIONS }, () => Math.min(4, Math.max(1, Math.round(ability + (p - 1) * 0.4 + (vocabulary.random() - 0.5) * 1.5)))),
          notes: Array.from({ length: QUESTIONS }, () => vocabulary.paragraph(10, 60)),
        })),
      });
    }

    const timings: number[] = [];
    let statements = 0;
    for (let run = 0; run < RUNS; run++) {
      counter.statements = 0;
      const started = performance.now();
      const comparison = await compareCandidates(db, recruiter, candidateIds, { normalise: true, max: CANDIDATES });
      timings.push(performance.now() - started);
      statements = counter.statements;
      if (comparison?.candidates.length !== CANDIDATES) throw new Error("comparison lost candidates");
    }

    // Floor: the ratings the comparison needs, fetched by one SQL statement, no shaping.
    const direct = new pg.Client({ connectionString: databaseUrl });
    await direct.connect();
    const floor: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      await direct.query(
        `SELECT s."candidateId", q."id", q."snapshot", c."interviewerId", c."composite", c."recommendation", sc."sessionQuestionId", sc."rating"
         FROM "InterviewSession" s JOIN "SessionQuestion" q ON q."sessionId" = s."id"
         JOIN "Scorecard" c ON c."sessionId" = s."id" AND c."submittedAt" IS NOT NULL
         LEFT JOIN "Score" sc ON sc."scorecardId" = c."id" AND sc."sessionQuestionId" = q."id"
         WHERE s."candidateId" = ANY($1)`,
        [candidateIds],
      );
      floor.push(performance.now() - started);
    }
    await direct.end();
    const note = `${CANDIDATES} candidates × ${QUESTIONS} questions × 3 interviewers, normalised; floor = the same rows by one SQL query`;
    report({ name: "compare_50_p95", value: percentile(timings, 95), unit: "ms", goal: "<= 300", floor: percentile(floor, 95), note });
    report({ name: "compare_50_sql_statements", value: statements, unit: "queries", goal: "constant (no N+1)", note: "the same for 2 or 50 candidates" });
    counter.statements = 0;
    await compareCandidates(db, recruiter, candidateIds.slice(0, 2), { normalise: true });
    report({ name: "compare_2_sql_statements", value: counter.statements, unit: "queries" });
  } finally {
    await db.$disconnect();
  }
}
