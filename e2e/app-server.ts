import { spawn, type ChildProcess } from "node:child_process";
import { E2E_NEXTAUTH_SECRET } from "./auth-secret";

/**
 * A second production server on its own port, against the same database and build as the one
 * Playwright started, that a test may stop and start again (to restart it mid-interview).
 */
export function secondAppServer(port: number) {
  const url = `http://localhost:${port}`;
  let child: ChildProcess | null = null;

  async function start() {
    child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
      env: { ...process.env, NODE_ENV: "production", NEXTAUTH_URL: url, NEXTAUTH_SECRET: E2E_NEXTAUTH_SECRET },
      stdio: "ignore",
    });
    for (let attempt = 0; attempt < 120; attempt++) {
      try {
        if ((await fetch(`${url}/api/health`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error(`The second server on port ${port} did not start`);
  }

  async function stop() {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once("exit", resolve));
    running.kill("SIGTERM");
    await exited;
  }

  return { url, start, stop };
}
