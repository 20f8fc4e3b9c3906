// BENCH_ONLY=home: the home page's time to first byte for an interviewer on 200 interviews and a
// recruiter with 10,000 candidates, and the candidates list with a search term over 10,000
// candidates, each p95 beside a floor measured in the same run: the same rows read by one SQL
// statement on one connection (what the page shows, without Next.js, Prisma or the visibility rules).
import pg from "pg";
import type { ProductionServer } from "./production-server";
import { percentile, progress, report } from "./report";

const CANDIDATES = 10_000;
const INTERVIEWS = 200;
const RUNS = Number(process.env.BENCH_HOME_RUNS ?? 40);
const WARM_UP = 5;

/** 10,000 candidates created by one recruiter; 200 interviews with one interviewer on every panel: past, today, upcoming, completed. */
export async function prepareHomeData(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`
      INSERT INTO "User" (id, email, name, role, "updatedAt") VALUES
        ('bench-recruiter', 'bench-recruiter@example.org', 'Bench Recruiter', 'RECRUITER', now()),
        ('bench-interviewer', 'bench-interviewer@example.org', 'Bench Interviewer', 'INTERVIEWER', now()),
        ('bench-colleague', 'bench-colleague@example.org', 'Bench Colleague', 'INTERVIEWER', now())
      ON CONFLICT DO NOTHING`);
    await client.query(`
      INSERT INTO "Candidate" (id, name, email, position, "createdById", "createdAt", "updatedAt")
      SELECT 'bench-c' || i, 'Candidate ' || i, 'candidate' || i || '@example.org', (ARRAY['SRE', 'Platform', 'Data', 'Security'])[1 + i % 4],
             'bench-recruiter', now() - i * interval '1 minute', now() - i * interval '1 minute'
      FROM generate_series(1, ${CANDIDATES}) AS i`);
    // Interview i: 1–60 in progress a few days back (scorecards due, overdue), 61–100 in progress
    // through the next 14 days, 101–200 completed (half decided, the rest waiting for a decision).
    await client.query(`
      INSERT INTO "InterviewSession" (id, "candidateId", title, status, "createdById", "startedAt", "scheduledAt", "durationMinutes", "timeZone", "createdAt", "updatedAt")
      SELECT 'bench-i' || i, 'bench-c' || i, 'Tech screen ' || i,
             (CASE WHEN i <= 100 THEN 'IN_PROGRESS' ELSE 'COMPLETED' END)::"InterviewStatus", 'bench-recruiter',
             now() - interval '10 days',
             CASE WHEN i <= 60 THEN now() - i * interval '2 hours' WHEN i <= 100 THEN now() + (i - 60) * interval '8 hours' ELSE now() - i * interval '3 hours' END,
             60, 'Europe/Berlin', now() - interval '11 days', now() - i * interval '1 hour'
      FROM generate_series(1, ${INTERVIEWS}) AS i`);
    await client.query(`
      INSERT INTO "SessionInterviewer" ("sessionId", "userId")
      SELECT 'bench-i' || i, u FROM generate_series(1, ${INTERVIEWS}) AS i, unnest(ARRAY['bench-interviewer', 'bench-colleague']) AS u`);
    await client.query(`
      INSERT INTO "SessionQuestion" (id, "sessionId", position, snapshot)
      SELECT 'bench-q' || i || '-' || q, 'bench-i' || i, q, jsonb_build_object('title', 'Question ' || q, 'prompt', '', 'minutes', 10)
      FROM generate_series(1, ${INTERVIEWS}) AS i, generate_series(1, 3) AS q`);
    await client.query(`
      INSERT INTO "Scorecard" (id, "sessionId", "interviewerId", recommendation, composite, "submittedAt", revision, "updatedAt")
      SELECT 'bench-s' || i || '-' || u, 'bench-i' || i, u, 'YES', 3, now() - i * interval '1 hour', 1, now()
      FROM generate_series(101, ${INTERVIEWS}) AS i, unnest(ARRAY['bench-interviewer', 'bench-colleague']) AS u`);
    await client.query(`
      INSERT INTO "Score" (id, "scorecardId", "sessionQuestionId", rating, revision)
      SELECT 'bench-r' || i || '-' || u || '-' || q, 'bench-s' || i || '-' || u, 'bench-q' || i || '-' || q, 1 + (i + q) % 4, 1
      FROM generate_series(101, ${INTERVIEWS}) AS i, unnest(ARRAY['bench-interviewer', 'bench-colleague']) AS u, generate_series(1, 3) AS q`);
    await client.query(`
      INSERT INTO "InterviewDecision" (id, "sessionId", outcome, reason, "decidedById")
      SELECT 'bench-d' || i, 'bench-i' || i, 'ADVANCE', 'Bench', 'bench-recruiter' FROM generate_series(101, 150) AS i`);
    await client.query(`
      INSERT INTO "InterviewEvent" (id, "sessionId", kind, "actorId", sequence, "createdAt")
      SELECT 'bench-e' || i, 'bench-i' || i, 'SCHEDULED', 'bench-recruiter', 0, now() - i * interval '30 minutes' FROM generate_series(1, ${INTERVIEWS}) AS i`);
    await client.query("ANALYZE");
  } finally {
    await client.end();
  }
}

/** Milliseconds to the first byte of the body, and to the last. */
async function timeRequest(url: string, cookie: string) {
  const started = performance.now();
  const response = await fetch(url, { headers: { Cookie: cookie }, redirect: "manual" });
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  const reader = response.body!.getReader();
  const first = await reader.read();
  const ttfb = performance.now() - started;
  if (!first.done) while (!(await reader.read()).done);
  return { ttfb, total: performance.now() - started };
}

async function timeQuery(client: pg.Client, sql: string, params: unknown[]) {
  const started = performance.now();
  await client.query(sql, params);
  return performance.now() - started;
}

// The home page's rows for one user, in one statement: open scorecards, the next 14 days, waiting
// for a decision, and the latest activity on candidates they created or sit on panels of.
const HOME_SQL = `
  WITH mine AS (SELECT "sessionId" FROM "SessionInterviewer" WHERE "userId" = $1)
  (SELECT 'due' AS kind, s.id, s.title, c.name, s."scheduledAt" AS at FROM "InterviewSession" s JOIN "Candidate" c ON c.id = s."candidateId"
     WHERE s.id IN (SELECT "sessionId" FROM mine) AND s.status IN ('IN_PROGRESS', 'COMPLETED')
       AND NOT EXISTS (SELECT 1 FROM "Scorecard" sc WHERE sc."sessionId" = s.id AND sc."interviewerId" = $1 AND sc."submittedAt" IS NOT NULL))
  UNION ALL
  (SELECT 'upcoming', s.id, s.title, c.name, s."scheduledAt" FROM "InterviewSession" s JOIN "Candidate" c ON c.id = s."candidateId"
     WHERE (s."createdById" = $1 OR s.id IN (SELECT "sessionId" FROM mine)) AND s.status <> 'CANCELLED'
       AND s."scheduledAt" >= now() - interval '12 hours' AND s."scheduledAt" < now() + interval '14 days' ORDER BY s."scheduledAt" LIMIT 20)
  UNION ALL
  (SELECT 'decide', s.id, s.title, c.name, s."updatedAt" FROM "InterviewSession" s JOIN "Candidate" c ON c.id = s."candidateId"
     WHERE s.status = 'COMPLETED' AND ($2 OR s."createdById" = $1) AND NOT EXISTS (SELECT 1 FROM "InterviewDecision" d WHERE d."sessionId" = s.id)
     ORDER BY s."updatedAt" LIMIT 10)
  UNION ALL
  (SELECT 'activity', s.id, s.title, c.name, e."createdAt" FROM "InterviewEvent" e JOIN "InterviewSession" s ON s.id = e."sessionId" JOIN "Candidate" c ON c.id = s."candidateId"
     WHERE c."createdById" = $1 OR s.id IN (SELECT "sessionId" FROM mine) ORDER BY e."createdAt" DESC LIMIT 10)`;

const LIST_SQL = `
  SELECT c.id, c.name, c.email, c.position, count(*) OVER () AS total FROM "Candidate" c
  WHERE c.name ILIKE $1 OR c.email ILIKE $1 OR c.position ILIKE $1
  ORDER BY c."updatedAt" DESC, c.id LIMIT 25`;

export async function benchHome(server: ProductionServer, databaseUrl: string) {
  progress(`home: ${CANDIDATES.toLocaleString("en")} candidates, ${INTERVIEWS} interviews`);
  await prepareHomeData(databaseUrl);
  const interviewer = await server.sessionCookie({ id: "bench-interviewer", email: "bench-interviewer@example.org" });
  const recruiter = await server.sessionCookie({ id: "bench-recruiter", email: "bench-recruiter@example.org" });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const cases = [
      { name: "home_ttfb_interviewer_200_interviews", url: "/", cookie: interviewer, sql: HOME_SQL, params: ["bench-interviewer", false], goal: "<= 150" },
      { name: "home_ttfb_recruiter_10k_candidates", url: "/", cookie: recruiter, sql: HOME_SQL, params: ["bench-recruiter", true], goal: "<= 150" },
      { name: "candidates_list_10k_search", url: "/candidates?q=candidate1", cookie: recruiter, sql: LIST_SQL, params: ["%candidate1%"], goal: undefined },
    ];
    for (const item of cases) {
      const ttfb: number[] = [];
      const total: number[] = [];
      const floor: number[] = [];
      for (let run = 0; run < WARM_UP + RUNS; run++) {
        const timing = await timeRequest(`${server.base}${item.url}`, item.cookie);
        const sql = await timeQuery(client, item.sql, item.params);
        if (run < WARM_UP) continue;
        ttfb.push(timing.ttfb);
        total.push(timing.total);
        floor.push(sql);
      }
      report({
        name: `${item.name}_p95`,
        value: percentile(ttfb, 95),
        unit: "ms",
        goal: item.goal,
        floor: percentile(floor, 95),
        note: `time to first byte, ${RUNS} runs; whole page p95 ${percentile(total, 95).toFixed(0)} ms; floor: the same rows by one SQL statement`,
      });
    }
  } finally {
    await client.end();
  }
}
