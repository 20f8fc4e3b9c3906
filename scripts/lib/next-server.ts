// The production server (scripts/server.ts start, as `npm start` runs it) as a child process, for
// the e2e app servers and the benchmarks: started on a port, waited for until it answers, stopped.
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";

/**
 * Serves the last build; `env` is added to this process's environment, and a variable set to
 * `undefined` there is left out (as a local trial runs without NEXTAUTH_URL).
 */
export function spawnNextStart({ port, host, env, stdio }: { port: number; host?: string; env: Record<string, string | undefined>; stdio: StdioOptions }): ChildProcess {
  const merged: Record<string, string | undefined> = { ...process.env, ...env, NODE_ENV: "production" };
  for (const [name, value] of Object.entries(merged)) if (value === undefined) delete merged[name];
  return spawn(process.execPath, ["--import", "tsx", "scripts/server.ts", "start", ...(host ? ["-H", host] : []), "-p", String(port)], {
    env: merged as NodeJS.ProcessEnv,
    stdio,
  });
}

/** Whether `/api/health` answered 200 before the deadline; false as soon as the process exits. */
export async function answersHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<boolean> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(250)) {
    if (child.exitCode !== null || child.signalCode !== null) return false;
    try {
      if ((await fetch(`${url}/api/health`)).ok) return true;
    } catch {
      // not listening yet
    }
  }
  return false;
}

/** SIGTERM, then SIGKILL if it has not exited after 15 s; resolves once it has. */
export async function stopProcess(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
  await exited;
  clearTimeout(timer);
}
