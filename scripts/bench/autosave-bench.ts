// Autosave under load against the production server (`next start`): interviewers scoring at
// once, panels of three, each POSTing realistic notes to its own scorecard one request after
// another, next to the same server's trivial health route as the floor (same concurrency, same
// client, same run). Two runs: the short one of the earlier issues (20 writers), and a sustained
// one (50 writers for 60 s) that also records the server's memory.
import { createPrismaClient } from "../../lib/db-client";
import { createInterview, startInterview } from "../../lib/interviews/builder";
import { openScorecard } from "../../lib/scoring/scorecards";
import type { ProductionServer } from "./production-server";
import { percentile, progress, report } from "./report";
import { createVocabulary } from "./synthetic-text";

const WARM_UP_MS = 2_000;
const PANEL = 3;

export interface Writer {
  cookie: string;
  interviewId: string;
  scorecardId: string;
  questions: { id: string; revision: number; notes: string }[];
}

interface Run {
  writers: number;
  measureMs: number;
  /** Floor duration; throughput and latency settle well before 60 s on a trivial route. */
  floorMs: number;
}

/** The short run of earlier issues: figures named autosave_*. */
export async function benchAutosave(server: ProductionServer, databaseUrl: string) {
  const run = { writers: 20, measureMs: Number(process.env.BENCH_AUTOSAVE_MS ?? 10_000), floorMs: Number(process.env.BENCH_AUTOSAVE_MS ?? 10_000) };
  const { autosave, floor } = await autosaveAgainstFloor(server, databaseUrl, run);
  const note = `${run.writers} concurrent writers for ${run.measureMs / 1000} s; floor = GET /api/health (SELECT 1) on the same server`;
  report({ name: "autosave_throughput", value: autosave.perSecond, unit: "saves/s", goal: ">= 300", floor: floor.perSecond, note });
  report({ name: "autosave_p95", value: autosave.p95, unit: "ms", goal: "<= 30", floor: floor.p95 });
  report({ name: "autosave_errors", value: autosave.errors, unit: "errors", goal: "0", floor: floor.errors, note: `${autosave.count} saves` });
  report({ name: "autosave_vs_baseline", value: autosave.perSecond / floor.perSecond, unit: "x", goal: ">= 0.4" });
}

/** The sustained run: 50 interviewers for 60 s, with the server's resident memory before and after. */
export async function benchLoad(server: ProductionServer, databaseUrl: string) {
  const run = { writers: 50, measureMs: Number(process.env.BENCH_LOAD_MS ?? 60_000), floorMs: Number(process.env.BENCH_LOAD_FLOOR_MS ?? 15_000) };
  const idle = server.memory();
  const { autosave, floor, memoryAfterFloor, memoryAfter } = await autosaveAgainstFloor(server, databaseUrl, run);
  // Each interviewer's page sends at most one save per 0.6 s (the debounce).
  const demand = run.writers / 0.6;
  const note = `${run.writers} concurrent writers for ${run.measureMs / 1000} s, each sending the next save as soon as the last is answered; floor = GET /api/health at the same concurrency for ${run.floorMs / 1000} s`;
  report({
    name: "load50_throughput",
    value: autosave.perSecond,
    unit: "saves/s",
    goal: `>= ${Math.ceil(demand)}`,
    floor: floor.perSecond,
    note: `${note}; goal = 50 interviewers saving every 0.6 s`,
  });
  report({ name: "load50_p50", value: autosave.p50, unit: "ms", floor: floor.p50 });
  report({ name: "load50_p95", value: autosave.p95, unit: "ms", floor: floor.p95 });
  report({ name: "load50_errors", value: autosave.errors, unit: "errors", goal: "0", floor: floor.errors, note: `${autosave.count} saves, ${floor.count} health checks` });
  if (idle && memoryAfterFloor && memoryAfter) {
    const pid = `next-server pid ${server.pid}, /proc VmRSS`;
    report({
      name: "load50_server_rss_start",
      value: memoryAfterFloor.rssMb,
      unit: "MB",
      floor: idle.rssMb,
      note: `${pid}; floor = idle after start, value = after the health floor run`,
    });
    report({
      name: "load50_server_rss_end",
      value: memoryAfter.rssMb,
      unit: "MB",
      floor: memoryAfterFloor.rssMb,
      note: `after ${run.measureMs / 1000} s of saves; floor = after the health floor run`,
    });
    report({ name: "load50_server_rss_peak", value: memoryAfter.peakMb, unit: "MB", note: "VmHWM over the server's life" });
  }
}

async function autosaveAgainstFloor(server: ProductionServer, databaseUrl: string, run: Run) {
  progress(`autosave: ${run.writers} writers, ${run.measureMs / 1000} s`);
  const writers = await prepareWriters(server, databaseUrl, run.writers);
  const vocabulary = createVocabulary(7);
  const floor = await load(run.writers, run.floorMs, async () => {
    const response = await fetch(`${server.base}/api/health`);
    await response.arrayBuffer();
    return response.status === 200;
  });
  const memoryAfterFloor = server.memory();
  const autosave = await load(run.writers, run.measureMs, async (writerIndex) => {
    const writer = writers[writerIndex]!;
    const question = writer.questions[Math.floor(vocabulary.random() * writer.questions.length)]!;
    // Notes grow as an interviewer types, up to a few paragraphs.
    question.notes = question.notes.length > 3000 ? vocabulary.sentence(5, 15) : `${question.notes} ${vocabulary.sentence(3, 12)}`;
    const response = await fetch(`${server.base}/api/scorecards/${writer.scorecardId}/autosave`, {
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
  return { autosave, floor, memoryAfterFloor, memoryAfter: server.memory() };
}

/** `count` interviewers in panels of three on started interviews, each with a signed-in cookie. */
export async function prepareWriters(server: ProductionServer, databaseUrl: string, count: number): Promise<Writer[]> {
  const db = createPrismaClient(databaseUrl);
  try {
    const recruiter = await db.user.findFirstOrThrow({ where: { role: "RECRUITER" }, select: { id: true, role: true } });
    const people = await Promise.all(
      Array.from({ length: count }, (_, i) =>
        db.user.upsert({
          where: { email: `bench-${i}@example.org` },
          create: { email: `bench-${i}@example.org`, name: `Bench ${i}`, role: "INTERVIEWER" },
          update: {},
          select: { id: true, role: true, email: true },
        }),
      ),
    );
    const writers: Writer[] = [];
    for (let start = 0; start < people.length; start += PANEL) {
      const panel = people.slice(start, start + PANEL);
      const candidate = await db.candidate.create({ data: { name: `Bench candidate ${Date.now()}-${start}` } });
      const created = await createInterview(db, recruiter, { candidateId: candidate.id, title: "Bench", panel: panel.map((p) => p.id), fromSet: "ec2" });
      if (!created.ok) throw new Error(created.message);
      const started = await startInterview(db, recruiter, created.value);
      if (!started.ok) throw new Error(started.message);
      for (const person of panel) {
        const opened = await openScorecard(db, person, created.value);
        if (!opened.ok) throw new Error(opened.message);
        const scores = await db.score.findMany({ where: { scorecardId: opened.value }, select: { sessionQuestionId: true, revision: true } });
        writers.push({
          cookie: await server.sessionCookie(person),
          interviewId: created.value,
          scorecardId: opened.value,
          questions: scores.map((score) => ({ id: score.sessionQuestionId, revision: score.revision, notes: "" })),
        });
      }
    }
    return writers;
  } finally {
    await db.$disconnect();
  }
}

/** Runs `request` from `concurrency` loops: a warm-up, then `measureMs` of measured requests. Bounded in time. */
async function load(concurrency: number, measureMs: number, request: (writerIndex: number) => Promise<boolean>) {
  const samples: number[] = [];
  let errors = 0;
  const warmUpEnds = Date.now() + WARM_UP_MS;
  const ends = warmUpEnds + measureMs;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, writerIndex) => {
      while (Date.now() < ends) {
        const measuring = Date.now() >= warmUpEnds;
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
  return { count: samples.length, perSecond: samples.length / (measureMs / 1000), p50: percentile(samples, 50), p95: percentile(samples, 95), errors };
}
