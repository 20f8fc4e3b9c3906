// `npm run check`: the fast checks, for a quick answer while working (about a minute): the
// question bank, types, lint, formatting (Prettier) and the unit tests (no database, no browser). `npm test` runs these
// and then the integration and end-to-end tests.
import { spawnSync } from "node:child_process";

const steps: [string, string[]][] = [
  ["content", ["tsx", "scripts/content-check.ts"]],
  ["typecheck", ["npm", "run", "--silent", "typecheck"]],
  ["lint", ["npm", "run", "--silent", "lint"]],
  ["format", ["prettier", "--check", "--log-level=warn", "."]],
  ["unit", ["vitest", "run", "--project=unit"]],
];

for (const [name, [command, ...args]] of steps) {
  console.log(`\n▶ ${name}`);
  const result = spawnSync("npx", ["--no-install", command!, ...args], { stdio: "inherit" });
  if (result.status !== 0) {
    console.log(`✗ ${name} failed`);
    process.exit(result.status ?? 1);
  }
}
console.log("\n✓ content, types, lint, formatting and unit tests pass");
