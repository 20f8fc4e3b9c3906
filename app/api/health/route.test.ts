import { createServer, type Server, type Socket } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createTestDatabase } from "@/tests/test-database";

// lib/db builds its client from DATABASE_URL once per process (parked on globalThis outside
// production), so each case loads the route afresh against another database.
async function healthAgainst(databaseUrl: string) {
  vi.resetModules();
  delete (globalThis as { prisma?: unknown }).prisma;
  vi.stubEnv("DATABASE_URL", databaseUrl);
  const { GET } = await import("./route");
  const response = await GET();
  return { status: response.status, body: await response.json(), cache: response.headers.get("cache-control") };
}

let silent: Server | undefined;
const sockets: Socket[] = [];
afterEach(async () => {
  vi.unstubAllEnvs();
  for (const socket of sockets.splice(0)) socket.destroy();
  await new Promise((resolve) => (silent ? silent.close(resolve) : resolve(undefined)));
  silent = undefined;
});

describe("GET /api/health", () => {
  it("reports the app and the database as ok", async () => {
    const { url } = await createTestDatabase();
    const health = await healthAgainst(url);
    expect(health).toMatchObject({ status: 200, body: { app: "ok", database: "ok" }, cache: "no-store" });
    expect(health.body.databaseMs).toBeGreaterThanOrEqual(0);
  });

  it("answers 503 when nothing listens at the database's address", async () => {
    const health = await healthAgainst("postgresql://app:secret@127.0.0.1:1/none");
    expect(health).toMatchObject({ status: 503, body: { app: "ok", database: "unreachable" }, cache: "no-store" });
  });

  it("answers 503 within its time limit when the database accepts connections but never answers", async () => {
    silent = createServer((socket) => void sockets.push(socket)); // accepts, then says nothing, like a hung server
    await new Promise<void>((resolve) => silent!.listen(0, "127.0.0.1", resolve));
    const port = (silent.address() as { port: number }).port;
    const started = performance.now();
    const health = await healthAgainst(`postgresql://app:secret@127.0.0.1:${port}/none`);
    expect(health).toMatchObject({ status: 503, body: { database: "unreachable" } });
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
