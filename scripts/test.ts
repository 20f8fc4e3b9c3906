// `npm test`: every check a change must pass, in order of speed: content, types, lint, unit tests
// and integration tests (Vitest; the latter on a real PostgreSQL), end-to-end tests (Playwright in
// Chromium). `npm run check` is the first four, for a quick answer while working.
// Ends with one "N passed, N failed" line summing the Vitest and Playwright test counts.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { playwrightFileTimings, slowest, vitestFileTimings } from "./lib/test-timings";

interface Step {
  name: string;
  command: string[];
  /** Runs beside the other steps of the same group, its output shown when it ends. */
  group?: string;
  env?: Record<string, string>;
  /** JSON report to count tests from. */
  report?: { file: string; read: (json: unknown) => { passed: number; failed: number } };
}

const e2eReport = "test-results/e2e-results.json";

/** A Vitest project (vitest.config.ts: "unit" needs nothing, "integration" a real PostgreSQL). */
function vitestStep(project: "unit" | "integration", file: string): Step {
  return {
    name: project,
    command: ["vitest", "run", `--project=${project}`, "--reporter=default", "--reporter=json", `--outputFile.json=${file}`],
    report: {
      file,
      read: (json) => {
        const { numPassedTests, numFailedTests } = json as { numPassedTests: number; numFailedTests: number };
        return { passed: numPassedTests, failed: numFailedTests };
      },
    },
  };
}

// The three fast checks run side by side: each is mostly one thread, and on 2 cores the machine sat
// 20–29% idle while they ran one after another (vmstat; 30 s → 22–25 s). The unit tests do not join
// them: on a clean clone the four together took 62–68 s against 62 s one group after the other.
const steps: Step[] = [
  { name: "content", command: ["tsx", "scripts/content-check.ts"], group: "checks" },
  { name: "typecheck", command: ["npm", "run", "--silent", "typecheck"], group: "checks" },
  { name: "lint", command: ["npm", "run", "--silent", "lint"], group: "checks" },
  vitestStep("unit", "test-results/vitest-unit.json"),
  vitestStep("integration", "test-results/vitest-integration.json"),
  {
    name: "end-to-end",
    command: ["tsx", "scripts/e2e.ts"],
    // The typecheck step has checked the types the build would check again (8 s; next.config.js).
    env: { BUILD_SKIP_TYPECHECK: "1" },
    report: {
      file: e2eReport,
      read: (json) => {
        const { stats } = json as { stats: { expected: number; unexpected: number; flaky: number } };
        return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
      },
    },
  },
];

let passed = 0;
let failed = 0;
const failedSteps: string[] = [];
const stepTimings: { step: string; seconds: number; ok: boolean }[] = [];
const runStarted = performance.now();

/** Runs a step; with `quiet` its output is kept and returned instead of shown as it comes. */
function runStep(step: Step, quiet: boolean): Promise<{ status: number; output: string }> {
  const [command, ...args] = step.command;
  const options = { env: { ...process.env, ...step.env } };
  if (!quiet) {
    const result = spawnSync("npx", ["--no-install", command!, ...args], { ...options, stdio: "inherit" });
    return Promise.resolve({ status: result.status ?? 1, output: "" });
  }
  return new Promise((resolve) => {
    const child = spawn("npx", ["--no-install", command!, ...args], { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("close", (code) => resolve({ status: code ?? 1, output }));
  });
}

async function timedStep(step: Step, quiet: boolean) {
  if (step.report) rmSync(step.report.file, { force: true });
  const started = performance.now();
  const result = await runStep(step, quiet);
  return { step, ...result, seconds: ((performance.now() - started) / 1000).toFixed(1) };
}

function record({ step, status, output, seconds }: Awaited<ReturnType<typeof timedStep>>) {
  if (output) process.stdout.write(output.endsWith("\n") ? output : `${output}\n`);
  let stepFailed = status !== 0;
  if (step.report && existsSync(step.report.file)) {
    const counts = step.report.read(JSON.parse(readFileSync(step.report.file, "utf8")));
    passed += counts.passed;
    failed += counts.failed;
    // Judged by the report too, not only the exit code (a child's exit code was once wrong).
    if (counts.failed > 0) stepFailed = true;
  } else if (step.report) {
    stepFailed = true;
  }
  if (stepFailed) failedSteps.push(step.name);
  stepTimings.push({ step: step.name, seconds: Number(seconds), ok: !stepFailed });
  console.log(`${stepFailed ? "✗" : "✓"} ${step.name} (${seconds} s)`);
}

for (let i = 0; i < steps.length;) {
  // A step with a group, and the steps after it in the same group.
  const batch = [steps[i]!];
  while (batch[0]!.group && steps[i + batch.length]?.group === batch[0]!.group) batch.push(steps[i + batch.length]!);
  i += batch.length;
  if (batch.length === 1) {
    console.log(`\n▶ ${batch[0]!.name}: ${batch[0]!.command.join(" ")}`);
    record(await timedStep(batch[0]!, false));
    continue;
  }
  console.log(`\n▶ ${batch.map((step) => step.name).join(", ")}, side by side`);
  const results = await Promise.all(batch.map((step) => timedStep(step, true)));
  for (const result of results) {
    console.log(`\n▶ ${result.step.name}: ${result.step.command.join(" ")}`);
    record(result);
  }
}

const vitestFiles = [...vitestFileTimings("test-results/vitest-unit.json"), ...vitestFileTimings("test-results/vitest-integration.json")].sort((a, b) => b.seconds - a.seconds);
const e2eFiles = playwrightFileTimings(e2eReport);
const totalSeconds = Math.round((performance.now() - runStarted) / 100) / 10;
mkdirSync("test-results", { recursive: true });
writeFileSync("test-results/timings.json", `${JSON.stringify({ totalSeconds, steps: stepTimings, vitest: vitestFiles, e2e: e2eFiles }, null, 2)}\n`);
console.log(
  [
    "",
    `Time: ${totalSeconds} s in all (${stepTimings.map((t) => `${t.step} ${t.seconds} s`).join(", ")}); per file in test-results/timings.json`,
    ...slowest("Vitest", vitestFiles),
    ...slowest("end-to-end", e2eFiles),
  ].join("\n"),
);

if (failedSteps.length > 0) console.log(`\nFailed: ${failedSteps.join(", ")}`);
// A failed step without counted tests (types, lint) still counts as a failure in the summary.
console.log(`${passed} passed, ${failed + (failedSteps.length > 0 && failed === 0 ? failedSteps.length : 0)} failed`);
process.exit(failedSteps.length > 0 ? 1 : 0);
