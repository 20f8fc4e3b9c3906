import { spawn } from "node:child_process";
import type { LocalDatabase } from "./local-database";

/**
 * Runs the app's server (scripts/server.ts: Next.js behind the forwarded-header step) in `dev` or
 * `start` mode with the database URL, and stops the embedded database when it exits.
 */
export function runNext(args: string[], database: LocalDatabase, extraEnv: Record<string, string> = {}) {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/server.ts", ...args], {
    stdio: "inherit",
    env: { ...process.env, ...extraEnv, DATABASE_URL: database.url },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => child.kill(signal));
  }
  child.on("exit", async (code) => {
    await database.stop().catch(() => {});
    process.exit(code ?? 0);
  });
}
