import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

/**
 * Session settings for the app's connections. Parallel query suits analytics, not a web app's
 * short queries: measured on a 2-core server, worker start-up and CPU contention between
 * concurrent requests made bank searches several times slower.
 */
export const CONNECTION_OPTIONS = "-c max_parallel_workers_per_gather=0";

/**
 * How long to wait for a connection (a new one, or a free one from the pool). node-postgres waits
 * forever by default, so a database host that stops answering (a failover, a dropped network)
 * would hang every request and fill the pool; with a bound it fails and the request is retried.
 */
export const CONNECT_TIMEOUT_MS = 10_000;

/** A Prisma client on the pg driver adapter (Prisma 7 has no Rust query engine). */
export function createPrismaClient(databaseUrl: string) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl, options: CONNECTION_OPTIONS, connectionTimeoutMillis: CONNECT_TIMEOUT_MS }),
  });
}

export type Database = ReturnType<typeof createPrismaClient>;

/** The client inside an interactive transaction. */
export type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];
