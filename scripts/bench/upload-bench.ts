// Issue #11 figure: the largest upload /admin/import allows (lib/content/import-limits.ts:
// 100 files, 10,000 questions, 10 MB) through the real page of a production server, dry run then
// apply, driven in Chromium as an admin would, while another client asks GET /api/health every
// 100 ms. The limits are set so that each step finishes within 10 s on this 2-core machine and
// the health check keeps answering within 1 s; the floor is the health check on the idle server.
import { writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import pg from "pg";
import { exportQuestionSet } from "../../lib/content/export-question-set";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_FILES, MAX_UPLOAD_QUESTIONS } from "../../lib/content/import-limits";
import { createBankGenerator } from "./generate-bank";
import type { ProductionServer } from "./production-server";
import { percentile, progress, report } from "./report";
import { createVocabulary } from "./synthetic-text";

/** Files at the limits: question text trimmed so that 10,000 questions fit in 10 MB. */
function largestUpload() {
  const vocabulary = createVocabulary(1111);
  const sets = createBankGenerator(vocabulary).sets(MAX_UPLOAD_QUESTIONS, MAX_UPLOAD_QUESTIONS / MAX_UPLOAD_FILES);
  const files = sets.map((set) => ({
    name: `${set.slug}-upload.md`,
    mimeType: "text/markdown",
    buffer: Buffer.from(
      exportQuestionSet({
        ...set,
        slug: `${set.slug}-upload`,
        questions: set.questions.map((question) => ({
          ...question,
          id: `${question.id}-upload`,
          prompt: "",
          answer: question.answer.slice(0, 420).trim(),
          redFlags: [],
          followUps: [],
          scoring: [],
        })),
      }),
    ),
  }));
  const bytes = files.reduce((sum, file) => sum + file.buffer.byteLength, 0);
  if (bytes > MAX_UPLOAD_BYTES) throw new Error(`the upload is ${bytes} bytes, over the limit of ${MAX_UPLOAD_BYTES}`);
  return { files, bytes };
}

/** GET /api/health every 100 ms until stopped; the latencies in ms. */
function pollHealth(base: string) {
  const latencies: number[] = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const started = performance.now();
      const response = await fetch(`${base}/api/health`).catch(() => null);
      latencies.push(response?.ok ? performance.now() - started : Infinity);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await done;
      return latencies;
    },
  };
}

export async function benchUpload(app: ProductionServer, databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ id: string; email: string }>(`SELECT id, email FROM "User" WHERE email = 'admin@example.com'`);
  await client.end();
  const cookie = (await app.sessionCookie(rows[0]!)).split("=");
  const { files, bytes } = largestUpload();
  progress(`upload: ${files.length} files, ${MAX_UPLOAD_QUESTIONS} questions, ${(bytes / 1024 / 1024).toFixed(1)} MB`);

  const idle = pollHealth(app.base);
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const floor = await idle.stop();

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
  try {
    const context = await browser.newContext();
    await context.addCookies([{ name: cookie[0]!, value: cookie.slice(1).join("="), url: app.base }]);
    const page = await context.newPage();
    page.setDefaultTimeout(120_000);
    await page.goto(`${app.base}/admin/import`);
    await page.getByLabel("Question-set files (.md)").setInputFiles(files);

    const steps: { name: string; seconds: number; health: number[] }[] = [];
    for (const step of ["dry run", "apply"] as const) {
      const health = pollHealth(app.base);
      const started = performance.now();
      if (step === "dry run") {
        await page.getByRole("button", { name: "Check (dry run)" }).click();
        await page.getByRole("list", { name: "Totals" }).waitFor();
      } else {
        await page.getByRole("button", { name: "Apply these changes" }).click();
        await page.getByText("Imported. The bank now matches these files.").waitFor();
      }
      steps.push({ name: step, seconds: (performance.now() - started) / 1000, health: await health.stop() });
    }
    writeFileSync(".data/bench/upload-result.png", await page.screenshot({ fullPage: false }));
    for (const step of steps) {
      const worst = Math.max(...step.health);
      progress(
        `upload ${step.name}: ${step.seconds.toFixed(1)} s; health p95 ${percentile(step.health, 95).toFixed(0)} ms, max ${worst.toFixed(0)} ms over ${step.health.length} checks`,
      );
      const name = step.name.replace(" ", "_");
      report({
        name: `upload_largest_${name}`,
        value: step.seconds,
        unit: "s",
        goal: "<= 10",
        note: `${files.length} files, ${MAX_UPLOAD_QUESTIONS} questions, ${(bytes / 1024 / 1024).toFixed(1)} MB through /admin/import`,
      });
      report({
        name: `upload_largest_${name}_health_max`,
        value: worst,
        unit: "ms",
        goal: "<= 1000",
        floor: Math.max(...floor),
        note: `GET /api/health every 100 ms meanwhile (${step.health.length} checks, p95 ${percentile(step.health, 95).toFixed(0)} ms); floor = the idle server's worst`,
      });
    }
  } finally {
    await browser.close();
  }
}
