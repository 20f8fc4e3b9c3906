// The production server the HTTP benchmarks run against: `next build` (unless BENCH_SKIP_BUILD=1
// and a build exists), then `next start` on loopback with its own secret, and the server
// process's memory read from /proc.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { encode } from "next-auth/jwt";
import { startUserSession } from "../../lib/auth/user-sessions";
import { createPrismaClient } from "../../lib/db-client";
import { answersHealth, spawnNextStart, stopProcess } from "../lib/next-server";
import { progress } from "./report";

const PORT = Number(process.env.BENCH_APP_PORT ?? 3300);
const SECRET = "bench-secret-not-for-production-use-at-all";

export interface ProductionServer {
  base: string;
  /** The process serving requests (next-server), for its memory. */
  pid: number;
  /** Resident memory now (VmRSS) and at its peak so far (VmHWM), in MB; null off Linux. */
  memory: () => { rssMb: number; peakMb: number } | null;
  /** A signed-in session cookie for this user, as next-auth would set it over http. */
  sessionCookie: (user: { id: string; email: string }) => Promise<string>;
  stop: () => Promise<void>;
}

export async function startProductionServer(databaseUrl: string): Promise<ProductionServer> {
  if (process.env.BENCH_SKIP_BUILD !== "1" || !existsSync(".next/BUILD_ID")) await build();
  const base = `http://127.0.0.1:${PORT}`;
  const child = spawnNextStart({
    port: PORT,
    host: "127.0.0.1",
    env: { DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: base },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (!(await answersHealth(base, child, 60_000))) {
    await stopProcess(child);
    throw new Error("next start did not answer within 60 s");
  }
  const pid = serverPid(child.pid!);
  return {
    base,
    pid,
    memory: () => readMemory(pid),
    // A token names its session row (lib/auth/user-sessions.ts), made here as a sign-in makes it.
    sessionCookie: async (user) => {
      const db = createPrismaClient(databaseUrl);
      try {
        const { id: sid, sessionVersion } = await startUserSession(db, user.id, { userAgent: "bench", address: "127.0.0.1" });
        return `next-auth.session-token=${await encode({ token: { sub: user.id, email: user.email, sessionVersion, sid }, secret: SECRET })}`;
      } finally {
        await db.$disconnect();
      }
    },
    stop: () => stopProcess(child),
  };
}

/** `next start` serves from its own process; should a version fork a child, that child is the one measured. */
function serverPid(pid: number): number {
  try {
    const children = readdirSync(`/proc/${pid}/task`).flatMap((task) => readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").split(" ").filter(Boolean).map(Number));
    const server = children.find((child) => readFileSync(`/proc/${child}/cmdline`, "utf8").includes("next"));
    return server ? serverPid(server) : pid;
  } catch {
    return pid;
  }
}

function readMemory(pid: number) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
    return { rssMb: kb("VmRSS") / 1024, peakMb: kb("VmHWM") / 1024 };
  } catch {
    return null;
  }
}

function build() {
  progress("next build");
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: ["ignore", "ignore", "inherit"] });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next build exited with ${code}`))));
  });
}
