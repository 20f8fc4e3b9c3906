import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

/**
 * Session settings for the app's connections. Parallel query suits analytics, not a web app's
 * short queries: measured on a 2-core server, worker start-up and CPU contention between
 * concurrent requests made bank searches several times slower.
 */
export const CONNECTION_OPTIONS = "-c max_parallel_workers_per_gather=0";

/** A Prisma client on the pg driver adapter (Prisma 7 has no Rust query engine). */
export function createPrismaClient(databaseUrl: string) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, options: CONNECTION_OPTIONS }) });
}

export type Database = ReturnType<typeof createPrismaClient>;

/** The client inside an interactive transaction. */
export type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];
