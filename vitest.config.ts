import { readdirSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

const ROOTS = ["lib", "scripts", "prisma", "app", "components", "tests"];

// Two projects: "unit" needs nothing (seconds: `npm run test:unit`), "integration" gets a real
// PostgreSQL from the global setup. A test file is integration when it opens a database or runs a
// command-line tool, so a new test lands in the right project without being listed anywhere.
const NEEDS_DATABASE = /createTestDatabase|runCli|templateDatabaseUrl/;
const testFiles = ROOTS.flatMap((root) =>
  readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".test.ts") && !file.includes("node_modules"))
    .map((file) => path.join(root, file)),
);
const integrationFiles = testFiles.filter((file) => NEEDS_DATABASE.test(readFileSync(file, "utf8")));
const unitFiles = testFiles.filter((file) => !integrationFiles.includes(file));

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside a React Server Components bundle; tests run our server code directly.
      "server-only": path.resolve(import.meta.dirname, "tests/server-only-stub.ts"),
    },
  },
  test: {
    // Vitest uses one worker fewer than the machine has cores: one on a 2-core machine. Both projects
    // wait on PostgreSQL or share a core with it, so two workers there: integration 200 → 149 s,
    // unit 42 → 30 s (three workers gained nothing more).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      // Unit files share each worker's module cache (no per-file re-import of the parsers and
      // markdown libraries): 61 s → 43 s for the 72 files on 2 cores. They keep no state between files.
      { extends: true, test: { name: "unit", include: unitFiles, isolate: false } },
      // Worker threads rather than child processes: each file still gets fresh modules, at less cost
      // (58 files on 2 cores, one run each after the other: 131 s with forks, 120 s with threads).
      { extends: true, test: { name: "integration", include: integrationFiles, globalSetup: ["tests/global-setup.ts"], pool: "threads" } },
    ],
  },
});
