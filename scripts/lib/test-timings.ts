// Where `npm test`'s time goes: each step's wall time, and per file the time Vitest and
// Playwright report, written to test-results/timings.json and summarised at the end of the run.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export interface FileTiming {
  file: string;
  seconds: number;
  tests: number;
}

const rounded = (ms: number) => Math.round(ms / 100) / 10;

/** Per test file: wall time Vitest measured from its JSON report. */
export function vitestFileTimings(reportFile: string): FileTiming[] {
  if (!existsSync(reportFile)) return [];
  const report = JSON.parse(readFileSync(reportFile, "utf8")) as {
    testResults?: { name: string; startTime: number; endTime: number; assertionResults?: unknown[] }[];
  };
  return (report.testResults ?? [])
    .map((result) => ({ file: path.relative(process.cwd(), result.name), seconds: rounded(result.endTime - result.startTime), tests: result.assertionResults?.length ?? 0 }))
    .sort((a, b) => b.seconds - a.seconds);
}

interface PlaywrightSuite {
  file?: string;
  suites?: PlaywrightSuite[];
  specs?: { file: string; tests: { results: { duration: number }[] }[] }[];
}

/** Per spec file: the sum of its tests' durations (all attempts) from Playwright's JSON report. */
export function playwrightFileTimings(reportFile: string): FileTiming[] {
  if (!existsSync(reportFile)) return [];
  const report = JSON.parse(readFileSync(reportFile, "utf8")) as { suites?: PlaywrightSuite[] };
  const byFile = new Map<string, { ms: number; tests: number }>();
  const visit = (suite: PlaywrightSuite) => {
    for (const spec of suite.specs ?? []) {
      const entry = byFile.get(spec.file) ?? { ms: 0, tests: 0 };
      for (const test of spec.tests) {
        entry.tests += 1;
        entry.ms += test.results.reduce((sum, result) => sum + result.duration, 0);
      }
      byFile.set(spec.file, entry);
    }
    suite.suites?.forEach(visit);
  };
  report.suites?.forEach(visit);
  return [...byFile].map(([file, { ms, tests }]) => ({ file: path.join("e2e", file), seconds: rounded(ms), tests })).sort((a, b) => b.seconds - a.seconds);
}

/** The slowest files of a list, one line each, for the end of the run. */
export function slowest(label: string, timings: FileTiming[], count = 5): string[] {
  if (timings.length === 0) return [];
  return [`Slowest ${label} files:`, ...timings.slice(0, count).map((t) => `  ${t.seconds.toFixed(1).padStart(6)} s  ${t.file} (${t.tests} tests)`)];
}
