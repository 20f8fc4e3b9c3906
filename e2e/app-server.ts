import type { ChildProcess } from "node:child_process";
import { answersHealth, spawnNextStart, stopProcess } from "../scripts/lib/next-server";
import { E2E_NEXTAUTH_SECRET } from "./auth-secret";

export interface AppServer {
  url: string;
  start: () => Promise<void>;
  stop: () => Promise<void>;
  /** The server's last lines of output, for a failing test's report. */
  output: () => string;
}

// A worker that ends without tearing down (a crash, a timeout) still takes its servers with it.
const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

/** A port for an extra server, `offset` above the one Playwright starts (E2E_PORT), so parallel runs on other ports never collide. */
export function e2ePort(offset: number) {
  return Number(process.env.E2E_PORT ?? 3100) + offset;
}

export interface AppServerOptions {
  databaseUrl?: string;
  /**
   * Started as a local trial is: no NEXTAUTH_URL, so the app must work at whatever address it is
   * opened (127.0.0.1, 127.0.0.2, the machine's network address), not only at localhost.
   */
  localTrial?: boolean;
  /** More environment, e.g. TRUSTED_PROXY_HOPS. */
  env?: Record<string, string>;
}

/**
 * A production server (`next start` on the build Playwright runs against) on its own port, that a
 * test may stop and start again. It uses the e2e database unless given another, and signs sessions
 * with the same secret as every other e2e server: behind a load balancer, any process accepts any
 * session, so a cookie from one port works on all of them.
 */
export function appServer(port: number, options: AppServerOptions = {}): AppServer {
  const url = `http://localhost:${port}`;
  let child: ChildProcess | null = null;
  let lines: string[] = [];

  async function start() {
    if (child) throw new Error(`The server on port ${port} is already running`);
    const started = spawnNextStart({
      port,
      env: {
        ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
        // Left out (not inherited from this process) for a local trial.
        NEXTAUTH_URL: options.localTrial ? undefined : url,
        NEXTAUTH_SECRET: E2E_NEXTAUTH_SECRET,
        ALLOW_DEMO_ACCOUNTS: "true",
        ...options.env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child = started;
    running.add(started);
    started.once("exit", () => running.delete(started));
    for (const stream of [started.stdout, started.stderr]) {
      stream?.on("data", (chunk: Buffer) => (lines = [...lines, ...chunk.toString().trimEnd().split("\n")].slice(-200)));
    }
    // Bounded: a slow 2-core machine needs several seconds to start Next.js, never minutes.
    if (await answersHealth(url, started, 90_000)) return;
    await stop();
    throw new Error(`The server on port ${port} did not start:\n${output()}`);
  }

  async function stop() {
    const stopping = child;
    child = null;
    if (stopping) await stopProcess(stopping);
  }

  const output = () => lines.join("\n");

  return { url, start, stop, output };
}
