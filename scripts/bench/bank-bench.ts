// Issue #2 figures: importing a 10k-question bank (and re-importing it unchanged) through the real
// parser and seed beside a COPY of the same rows, and full-text search over 100k questions next
// to the same SQL run directly.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { CONNECTION_OPTIONS, createPrismaClient } from "../../lib/db-client";
import { importQuestionFiles } from "../../lib/content/import-question-files";
import { parseSources } from "../../lib/content/parse-pool";
import { parseSource } from "../../lib/content/parse-source";
import { seedQuestionBank } from "../../lib/content/seed-question-bank";
import { bankSearchSchema } from "../../lib/questions/schema";
import { searchQuestions, searchSql } from "../../lib/questions/search-questions";
import { visibleAudiences } from "../../lib/questions/visibility";
import { applyMigrations } from "../lib/migrations";
import { copyTables, rowsOf } from "./copy-floor";
import { createBankGenerator, writeSets } from "./generate-bank";
import { percentile, progress, report } from "./report";
import { createVocabulary } from "./synthetic-text";

interface Cluster {
  /** A fresh, migrated database on the benchmark server (kept as it is with `keep`). */
  database: (name: string, keep?: boolean) => Promise<string>;
}

async function timed<T>(work: () => Promise<T>) {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

export async function benchImport(cluster: Cluster) {
  const vocabulary = createVocabulary(2026);
  const folder = writeSets(".data/bench/bank-10k", createBankGenerator(vocabulary).sets(10_000, 100));
  const files = readdirSync(folder).map((file) => path.join(folder, file));
  const sources = files.map((file) => ({ sourcePath: file, bytes: readFileSync(file) }));
  const megabytes = sources.reduce((sum, source) => sum + source.bytes.byteLength, 0) / 1e6;
  progress(`wrote 10,000 questions in ${files.length} files (${megabytes.toFixed(1)} MB) to ${folder}`);

  // Parsing alone, on this thread and in the worker pool (started beforehand, as in a server).
  await parseSources(sources.slice(0, 8), { limits: false });
  const inline = await timed(async () => sources.map((source) => parseSource(source, { limits: false })));
  const pooled = await timed(() => parseSources(sources, { limits: false }));
  const sets = pooled.result.flatMap((result) => (result.set ? [result.set] : []));
  progress(`parse only: ${(inline.ms / 1000).toFixed(2)} s on one thread, ${(pooled.ms / 1000).toFixed(2)} s in the pool`);

  // The floor: the same rows COPYed into a fresh database.
  const copyMs = await copyTables(await cluster.database("bench_import_copy"), rowsOf(sets));
  progress(`COPY of the same rows: ${(copyMs / 1000).toFixed(2)} s`);

  const db = createPrismaClient(await cluster.database("bench_import"));
  try {
    const first = await timed(() => importQuestionFiles(db, [folder]));
    if (first.result.errors.length > 0) throw new Error(`synthetic bank has errors: ${first.result.errors[0]?.message}`);
    const ratio = first.ms / copyMs;
    report({
      name: "import_10k_questions",
      value: first.ms / 1000,
      unit: "s",
      goal: "<= 5",
      floor: copyMs / 1000,
      note: `floor = COPY of the same rows; ${ratio.toFixed(1)}x the floor; ${megabytes.toFixed(1)} MB`,
    });
    report({
      name: "parse_10k_questions_pool",
      value: pooled.ms / 1000,
      unit: "s",
      floor: inline.ms / 1000,
      note: "parsing alone in the worker pool; floor = the same on one thread",
    });

    const hashOnly = await timed(async () => files.forEach((file) => createHash("sha256").update(readFileSync(file)).digest("hex")));
    const again = await timed(() => importQuestionFiles(db, [folder]));
    report({
      name: "reimport_10k_unchanged",
      value: again.ms / 1000,
      unit: "s",
      goal: "<= 2",
      floor: hashOnly.ms / 1000,
      note: `floor = reading and hashing the files; ${again.result.skippedFiles} of ${files.length} files skipped`,
    });
  } finally {
    await db.$disconnect();
  }
}

export async function benchSearch(cluster: Cluster, questions = 100_000, queries = 300) {
  const vocabulary = createVocabulary(4242);
  // BENCH_REUSE=1 keeps a search bank of the right size from an earlier run (it takes minutes to fill).
  const url = await cluster.database("bench_search", process.env.BENCH_REUSE === "1");
  const db = createPrismaClient(url);
  const pool = new pg.Pool({ connectionString: url, max: 4, options: CONNECTION_OPTIONS });
  try {
    const generator = createBankGenerator(vocabulary);
    const batch = 10_000;
    const filled = (await db.question.count()) === questions;
    if (filled) progress(`search bank: reusing ${questions} questions`);
    for (let done = 0; done < questions; done += batch) {
      // Set numbering continues across batches so slugs stay unique.
      const sets = generator.sets(Math.min(batch, questions - done), 100).map((set, i) => ({
        ...set,
        slug: `${set.slug}-${done / batch}`,
        questions: set.questions.map((q) => ({ ...q, id: `${q.id}-${done / batch}-${i}` })),
      }));
      if (filled) continue; // still drawn, so the vocabulary's random stream (and the queries) match
      await seedQuestionBank(db, sets);
      progress(`search bank: ${done + batch} / ${questions} questions`);
    }
    await pool.query("VACUUM ANALYZE");

    const audiences = visibleAudiences("INTERVIEWER");
    // Queries people type: one to three content words, common ones more often (Zipf).
    const drawSearches = (count: number) =>
      Array.from({ length: count }, () => {
        const words = 1 + Math.floor(vocabulary.random() * 3);
        return bankSearchSchema.parse({ q: Array.from({ length: words }, () => vocabulary.contentWord()).join(" ") });
      });
    const searches = drawSearches(queries);

    // Steady state, as on a server that has been answering searches: a warm-up pass of other
    // queries from the same distribution brings the hot pages into memory first.
    progress(`search: warming up with ${queries} other queries`);
    for (const search of drawSearches(queries)) await searchQuestions(db, search, audiences);
    const app: number[] = [];
    const direct: number[] = [];
    let matches = 0;
    for (const [index, search] of searches.entries()) {
      const viaApp = () => timed(() => searchQuestions(db, search, audiences));
      const sql = searchSql(search, audiences);
      const viaPg = () => timed(() => pool.query(sql.text, sql.values));
      // Whichever runs second finds the query's pages cached, so the order alternates.
      let appRun;
      let pgRun;
      if (index % 2 === 0) {
        appRun = await viaApp();
        pgRun = await viaPg();
      } else {
        pgRun = await viaPg();
        appRun = await viaApp();
      }
      app.push(appRun.ms);
      direct.push(pgRun.ms);
      matches += appRun.result.total;
      if ((index + 1) % 100 === 0) progress(`search: ${index + 1} / ${searches.length} queries`);
    }
    const size = `${Math.round(questions / 1000)}k`;
    const note = `${queries} Zipf queries; mean ${Math.round(matches / queries)} matches counted (capped at 1,000)`;
    report({ name: `search_${size}_p50`, value: percentile(app, 50), unit: "ms", floor: percentile(direct, 50), note: "floor = same SQL via pg" });
    report({ name: `search_${size}_p95`, value: percentile(app, 95), unit: "ms", goal: "<= 30", floor: percentile(direct, 95), note });
    report({ name: `search_${size}_p95_vs_direct_sql`, value: percentile(app, 95) / percentile(direct, 95), unit: "x", goal: "<= 1.5" });
  } finally {
    await db.$disconnect();
    await pool.end();
  }
}

export async function migratedDatabase(serverUrl: string, name: string, keep = false) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 1;
  if (exists && !keep) await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
  if (!exists || !keep) await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await applyMigrations(url.toString());
  return url.toString();
}
