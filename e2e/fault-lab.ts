// A lab for fault tests: their own PostgreSQL (embedded, migrated, seeded) and two production app
// servers against it, on ports of their own, so a test can stop and start the database or a
// server without disturbing the other tests and the shared e2e server.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as until } from "node:timers/promises";
import type { Browser, Page, TestInfo } from "@playwright/test";
import pg from "pg";
import { createPrismaClient } from "../lib/db-client";
import { createInterview, startInterview } from "../lib/interviews/builder";
import { seed } from "../prisma/seed";
import { DEFAULT_PG_PORTS, portIsOpen, startEmbeddedPostgres, THROWAWAY_SETTINGS, type LocalDatabase } from "../scripts/lib/local-database";
import { applyMigrations } from "../scripts/lib/migrations";
import { appServer, e2ePort, type AppServer } from "./app-server";
import { type DemoRole, signInThroughForm } from "./helpers";

/** E2E_FAULTS_PORT and the next one for the app servers, E2E_FAULTS_PG_PORT for PostgreSQL; by default next to E2E_PORT and E2E_PG_PORT. */
function labPorts() {
  const app = Number(process.env.E2E_FAULTS_PORT ?? e2ePort(2));
  return { apps: [app, app + 1], database: Number(process.env.E2E_FAULTS_PG_PORT ?? Number(process.env.E2E_PG_PORT ?? DEFAULT_PG_PORTS.e2e) + 1) };
}

async function waitForPortClosed(port: number, ms: number) {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await until(250)) if (!(await portIsOpen(port))) return;
  throw new Error(`Port ${port} is still in use`);
}

/**
 * A lab cluster left running by an earlier run that was killed would be reused, and then never
 * stopped by the test. It is ours (our data folder), so stop it by the pid it recorded.
 */
async function stopLeftoverCluster(dataDir: string, port: number) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile) || !(await portIsOpen(port))) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (pid > 0) process.kill(pid, "SIGINT");
  await waitForPortClosed(port, 30_000);
}

export interface LabDatabase {
  url: string;
  /** Fast shutdown: PostgreSQL terminates every connection, as in a restart or failover. */
  stop: () => Promise<void>;
  start: () => Promise<void>;
  /** Reads rows directly, on a connection of its own. */
  rows: <Row extends object>(sql: string, params?: unknown[]) => Promise<Row[]>;
  /** A started interview of a new candidate, built from a set by the recruiter for this panel (emails); returns its path. */
  startedInterview: (options: { candidate: string; panel: string[]; fromSet: string }) => Promise<string>;
}

async function labDatabase(port: number): Promise<LabDatabase> {
  const options = { dataDir: `.data/e2e-faults-postgres-${port}`, port, database: "interview_bank_faults", settings: THROWAWAY_SETTINGS };
  await stopLeftoverCluster(options.dataDir, port);
  let server: LocalDatabase | null = await startEmbeddedPostgres({ ...options, fresh: true });
  const { url } = server;
  await applyMigrations(url);
  // The lab's interviews are built from the EC2 set alone: seeding the whole bank cost 3.5 s of CPU
  // per lab against 0.7 s for the one set.
  await seed(url, { demoAccounts: true, paths: ["content/questions/ec2.md"], log: () => {} });
  return {
    url,
    async stop() {
      await server?.stop();
      server = null;
      await waitForPortClosed(port, 30_000);
    },
    async start() {
      server ??= await startEmbeddedPostgres(options);
    },
    // Built by the app's own builder (what the builder's actions call) rather than clicked through:
    // building is e2e-tested in interview-builder.spec.ts, and this saves minutes on a slow machine.
    async startedInterview({ candidate, panel, fromSet }) {
      const db = createPrismaClient(url);
      try {
        const recruiter = await db.user.findUniqueOrThrow({ where: { email: "recruiter@example.com" }, select: { id: true, role: true } });
        const members = await db.user.findMany({ where: { email: { in: panel } }, select: { id: true } });
        const { id: candidateId } = await db.candidate.create({ data: { name: candidate, createdById: recruiter.id } });
        const created = await createInterview(db, recruiter, { candidateId, title: `${candidate}: tech screen`, panel: members.map((m) => m.id), fromSet, fromPlan: null });
        if (!created.ok) throw new Error(created.message);
        const started = await startInterview(db, recruiter, created.value);
        if (!started.ok) throw new Error(started.message);
        return `/interviews/${created.value}`;
      } finally {
        await db.$disconnect();
      }
    },
    async rows<Row extends object>(sql: string, params: unknown[] = []) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return (await client.query<Row>(sql, params)).rows;
      } finally {
        await client.end();
      }
    },
  };
}

export interface FaultLab {
  database: LabDatabase;
  /** Two app processes on two ports against the one database, as behind a load balancer. */
  servers: [AppServer, AppServer];
  close: () => Promise<void>;
}

/**
 * Starts the lab; `close` stops everything it started, whatever state a failed test left. Another
 * spec may open a lab of its own on other ports (`ports`) with extra server settings (`env`).
 */
export async function openFaultLab(options: { ports?: { apps: [number, number]; database: number }; env?: Record<string, string> } = {}): Promise<FaultLab> {
  const ports = options.ports ?? labPorts();
  // A worker that replaced a failed one may start while the old one still lets go of the ports.
  await Promise.all([ports.database, ...ports.apps].map((port) => waitForPortClosed(port, 30_000).catch(() => {})));
  const database = await labDatabase(ports.database);
  const servers = ports.apps.map((port) => appServer(port, { databaseUrl: database.url, env: options.env })) as [AppServer, AppServer];
  const close = async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await database.stop();
  };
  try {
    await Promise.all(servers.map((server) => server.start()));
  } catch (error) {
    await close();
    throw error;
  }
  return { database, servers, close };
}

/** A failing test's report carries what the lab's servers printed. */
export async function attachServerLogs(lab: FaultLab | undefined, testInfo: TestInfo) {
  if (!lab || testInfo.status === testInfo.expectedStatus) return;
  for (const [index, server] of lab.servers.entries()) await testInfo.attach(`server-${index + 1}.log`, { body: server.output(), contentType: "text/plain" });
}

/** A page of its own browser context, signed in through the real form on one of the lab's servers. */
export async function signedInOn(browser: Browser, server: AppServer, role: DemoRole) {
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  await signInThroughForm(page, role);
  return page;
}

/** Every autosave answer a page receives: its server and status. */
export function autosaveAnswers(page: Page) {
  const answers: { origin: string; status: number }[] = [];
  page.on("response", (response) => {
    if (response.url().includes("/autosave")) answers.push({ origin: new URL(response.url()).origin, status: response.status() });
  });
  return answers;
}

/** A row of the lab database's scores, as the fault tests read them back. */
export interface ScoreRow {
  interviewer: string;
  position: number;
  rating: number | null;
  notes: string;
}
