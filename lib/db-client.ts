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

/**
 * PostgreSQL text cannot hold U+0000: a string with one, even in a lookup by id from a URL, fails
 * the whole query. Forms already drop it (lib/text-input.ts); this covers every other way in.
 */
export function withoutNul<T>(value: T): T {
  if (typeof value === "string") return (value.includes("\u0000") ? value.replaceAll("\u0000", "") : value) as T;
  // Hands back the same array or object when it holds no NUL (most queries): no copy of large imports.
  if (Array.isArray(value)) {
    const items = value.map(withoutNul);
    return (items.some((item, index) => item !== value[index]) ? items : value) as T;
  }
  if (value !== null && typeof value === "object" && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    const entries = Object.entries(value);
    const cleaned = entries.map(([key, item]) => [key, withoutNul(item)] as const);
    return (cleaned.some(([, item], index) => item !== entries[index]![1]) ? Object.fromEntries(cleaned) : value) as T;
  }
  return value;
}

/** A Prisma client on the pg driver adapter (Prisma 7 has no Rust query engine). */
export function createPrismaClient(databaseUrl: string) {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl, options: CONNECTION_OPTIONS, connectionTimeoutMillis: CONNECT_TIMEOUT_MS }),
  });
  // The extension only rewrites arguments, never results, so the client keeps its own type.
  return client.$extends({ query: { $allModels: { $allOperations: ({ args, query }) => query(withoutNul(args)) } } }) as unknown as PrismaClient;
}

export type Database = ReturnType<typeof createPrismaClient>;

/** The client inside an interactive transaction. */
export type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];
