// `npm test`: every check a change must pass, in order of speed: content, types, lint, unit tests
// and integration tests (Vitest; the latter on a real PostgreSQL), end-to-end tests (Playwright in
// Chromium). `npm run check` is the first four, for a quick answer while working.
// Ends with one "N passed, N failed" line summing the Vitest and Playwright test counts.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { playwrightFileTimings, slowest, vitestFileTimings } from "./lib/test-timings";

interface Step {
  name: string;
  command: string[];
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

const steps: Step[] = [
  { name: "content", command: ["tsx", "scripts/content-check.ts"] },
  { name: "typecheck", command: ["npm", "run", "--silent", "typecheck"] },
  { name: "lint", command: ["npm", "run", "--silent", "lint"] },
  vitestStep("unit", "test-results/vitest-unit.json"),
  vitestStep("integration", "test-results/vitest-integration.json"),
  {
    name: "end-to-end",
    command: ["tsx", "scripts/e2e.ts"],
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
for (const step of steps) {
  console.log(`\n▶ ${step.name}: ${step.command.join(" ")}`);
  if (step.report) rmSync(step.report.file, { force: true });
  const started = performance.now();
  const [command, ...args] = step.command;
  const result = spawnSync("npx", ["--no-install", command!, ...args], { stdio: "inherit" });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  let stepFailed = result.status !== 0;
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
