// A database that is restarting, failing over or unreachable is a passing outage, not a bug:
// the JSON endpoints answer it with a retryable 503 (the browser-side queues keep the edit and
// retry) instead of a 500 and a stack trace in the log.

/** Prisma's codes for "cannot reach / lost the server" and "no connection free in time". */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024", "P2028"]);
/** What @prisma/adapter-pg reports for the same, in meta.driverAdapterError.cause.kind. */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/** PostgreSQL: shutting down (57P01/57P02), starting up (57P03), too many connections, class 08 (connection). */
const POSTGRES_CODES = new Set(["57P01", "57P02", "57P03", "53300"]);
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH"]);
/** node-postgres's own errors carry no code, only these messages (connection lost, connect timeout). */
const PG_MESSAGES = [/^Connection terminated/, /^timeout exceeded when trying to connect/];

type Inspectable = { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };

/** Is this error the database being unavailable (rather than a query or data problem)? */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const item = queue.shift();
    if (!item || typeof item !== "object" || seen.has(item)) continue;
    seen.add(item);
    const { code, kind, message, cause, meta } = item as Inspectable;
    if (typeof code === "string" && (PRISMA_CODES.has(code) || POSTGRES_CODES.has(code) || SOCKET_CODES.has(code) || /^08/.test(code))) return true;
    if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return true;
    if (typeof message === "string" && PG_MESSAGES.some((pattern) => pattern.test(message))) return true;
    queue.push(cause, meta?.driverAdapterError);
  }
  return false;
}

/** Seconds a client should wait before retrying: about one PostgreSQL restart. */
const RETRY_AFTER_SECONDS = 5;

/**
 * Runs a route handler; a database outage becomes `503 { status: "unavailable" }` with Retry-After,
 * which the browser-side queues retry. Any other error is rethrown (a real bug stays a 500).
 */
export async function answeringDatabaseOutage(handle: () => Promise<Response>): Promise<Response> {
  try {
    return await handle();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    console.warn(`[db] unavailable, answered 503: ${error instanceof Error ? error.message.trim().split("\n").at(-1) : String(error)}`);
    return Response.json(
      { status: "unavailable", message: "The database is not answering. Nothing was lost: try again in a few seconds." },
      { status: 503, headers: { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" } },
    );
  }
}
