// Runs `prisma generate` without the native schema engine download that fails offline:
// generating the client needs only the WebAssembly parts shipped on npm, but the CLI insists
// on a schema-engine binary existing, so we point it at a placeholder file when none is set.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const placeholder = path.resolve("node_modules/.cache/prisma-schema-engine-placeholder");
  if (!existsSync(placeholder)) {
    mkdirSync(path.dirname(placeholder), { recursive: true });
    writeFileSync(placeholder, "#!/bin/sh\necho 'schema engine placeholder: use npm run db:migrate' >&2\nexit 1\n", { mode: 0o755 });
  }
  env.PRISMA_SCHEMA_ENGINE_BINARY = placeholder;
}
const result = spawnSync("npx", ["--no-install", "prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
