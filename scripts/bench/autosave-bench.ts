// Autosave under load: 20 interviewers scoring at once against the production server (`next
// start`), each POSTing realistic notes to its own scorecard, next to the same server's trivial
// health route as the baseline (same concurrency, same client, same run).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { encode } from "next-auth/jwt";
import { seed } from "../../prisma/seed";
import { createPrismaClient } from "../../lib/db-client";
import { createInterview, startInterview } from "../../lib/sessions/builder";
import { openScorecard } from "../../lib/scoring/scorecards";
import { percentile, progress, report } from "./report";
import { createVocabulary } from "./synthetic-text";

const WRITERS = 20;
const WARM_UP_MS = 2_000;
const MEASURE_MS = Number(process.env.BENCH_AUTOSAVE_MS ?? 10_000);
const PORT = Number(process.env.BENCH_APP_PORT ?? 3300);
const SECRET = "bench-secret-not-for-production-use-at-all";
const BASE = `http://localhost:${PORT}`;

interface Writer {
  cookie: string;
  scorecardId: string;
  questions: { id: string; revision: number; notes: string }[];
}

export async function benchAutosave(databaseUrl: string) {
  await seed(databaseUrl, { demoAccounts: true, paths: ["content/questions"], log: () => {} });
  const writers = await prepareWriters(databaseUrl);
  if (process.env.BENCH_SKIP_BUILD !== "1" || !existsSync(".next/BUILD_ID")) await run(process.execPath, ["node_modules/next/dist/bin/next", "build"], {});
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT)], {
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: BASE },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    await waitForServer();
    const vocabulary = createVocabulary(7);
    const baseline = await load(async () => {
      const response = await fetch(`${BASE}/api/health`);
      await response.arrayBuffer();
      return response.status === 200;
    });
    const autosave = await load(async (writerIndex) => {
      const writer = writers[writerIndex]!;
      const question = writer.questions[Math.floor(vocabulary.random() * writer.questions.length)]!;
      // Notes grow as an interviewer types, up to a few paragraphs.
      question.notes = question.notes.length > 3000 ? vocabulary.sentence(5, 15) : `${question.notes} ${vocabulary.sentence(3, 12)}`;
      const response = await fetch(`${BASE}/api/scorecards/${writer.scorecardId}/autosave`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Cookie: writer.cookie },
        body: JSON.stringify({
          target: "question",
          sessionQuestionId: question.id,
          writeId: crypto.randomUUID(),
          baseRevision: question.revision,
          value: { rating: 1 + Math.floor(vocabulary.random() * 4), notes: question.notes, keyPointsCovered: [0, 2], redFlagsRaised: [], elapsedSeconds: 30 },
        }),
      });
      const body = (await response.json()) as { status: string; revision?: number };
      if (body.status !== "saved") return false;
      question.revision = body.revision!;
      return true;
    });
    const note = `${WRITERS} concurrent writers for ${MEASURE_MS / 1000} s; floor = GET /api/health (SELECT 1) on the same server`;
    report({ name: "autosave_throughput", value: autosave.perSecond, unit: "saves/s", goal: ">= 300", floor: baseline.perSecond, note });
    report({ name: "autosave_p95", value: autosave.p95, unit: "ms", goal: "<= 30", floor: baseline.p95 });
    report({ name: "autosave_errors", value: autosave.errors, unit: "errors", goal: "0", floor: baseline.errors, note: `${autosave.count} saves` });
    report({ name: "autosave_vs_baseline", value: autosave.perSecond / baseline.perSecond, unit: "x", goal: ">= 0.4" });
  } finally {
    server.kill("SIGTERM");
  }
}

/** 20 interviewers on one panel of a started interview, each with a signed-in cookie. */
async function prepareWriters(databaseUrl: string): Promise<Writer[]> {
  const db = createPrismaClient(databaseUrl);
  try {
    const recruiter = await db.user.findFirstOrThrow({ where: { role: "RECRUITER" }, select: { id: true, role: true } });
    const people = await Promise.all(
      Array.from({ length: WRITERS }, (_, i) =>
        db.user.upsert({ where: { email: `bench-${i}@example.org` }, create: { email: `bench-${i}@example.org`, name: `Bench ${i}`, role: "INTERVIEWER" }, update: {}, select: { id: true, role: true, email: true } }),
      ),
    );
    const candidate = await db.candidate.create({ data: { name: `Bench candidate ${Date.now()}` } });
    const created = await createInterview(db, recruiter, { candidateId: candidate.id, title: "Bench", panel: people.map((p) => p.id), fromSet: "ec2" });
    if (!created.ok) throw new Error(created.message);
    const started = await startInterview(db, recruiter, created.value);
    if (!started.ok) throw new Error(started.message);
    return Promise.all(
      people.map(async (person) => {
        const opened = await openScorecard(db, person, created.value);
        if (!opened.ok) throw new Error(opened.message);
        const scores = await db.score.findMany({ where: { scorecardId: opened.value }, select: { sessionQuestionId: true, revision: true } });
        const token = await encode({ token: { sub: person.id, email: person.email, sessionVersion: 0 }, secret: SECRET });
        return {
          cookie: `next-auth.session-token=${token}`,
          scorecardId: opened.value,
          questions: scores.map((score) => ({ id: score.sessionQuestionId, revision: score.revision, notes: "" })),
        };
      }),
    );
  } finally {
    await db.$disconnect();
  }
}

/** Runs `request` from WRITERS concurrent loops: a warm-up, then MEASURE_MS of measured requests. */
async function load(request: (writerIndex: number) => Promise<boolean>) {
  const samples: number[] = [];
  let errors = 0;
  let measuring = false;
  const warmUpEnds = Date.now() + WARM_UP_MS;
  const ends = warmUpEnds + MEASURE_MS;
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, writerIndex) => {
      while (Date.now() < ends) {
        measuring = Date.now() >= warmUpEnds;
        const started = performance.now();
        let ok = false;
        try {
          ok = await request(writerIndex);
        } catch {
          ok = false;
        }
        if (!measuring) continue;
        samples.push(performance.now() - started);
        if (!ok) errors += 1;
      }
    }),
  );
  return { count: samples.length, perSecond: samples.length / (MEASURE_MS / 1000), p95: percentile(samples, 95), errors };
}

async function waitForServer() {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("next start did not answer within 60 s");
}

function run(command: string, args: string[], env: Record<string, string>) {
  progress(`${command} ${args.join(" ")}`);
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, ...env } });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(" ")} exited with ${code}`))));
  });
}
