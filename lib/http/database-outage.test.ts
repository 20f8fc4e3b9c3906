import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/tests/test-database";
import { CONNECT_TIMEOUT_MS, createPrismaClient } from "../db-client";
import { answeringDatabaseOutage, isDatabaseUnavailable } from "./database-outage";

// Real failures from real servers: a port nobody listens on, a server that accepts and never
// answers, and a connection PostgreSQL terminates (as it does to every client when it restarts).
const { url, prisma } = await createTestDatabase();

async function freePort() {
  const server = net.createServer().listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

describe("isDatabaseUnavailable", () => {
  let closed: ReturnType<typeof createPrismaClient>;
  beforeAll(async () => {
    closed = createPrismaClient(`postgresql://postgres:postgres@127.0.0.1:${await freePort()}/none`);
  });
  afterAll(() => closed.$disconnect());

  it("recognises a server that is down, for model queries, raw queries and transactions", async () => {
    const errors = [
      await rejection(closed.user.count()),
      await rejection(closed.$queryRaw`SELECT 1`),
      await rejection(closed.$transaction(async (tx) => tx.user.count())),
      await rejection(closed.$transaction([closed.user.count()])),
    ];
    for (const error of errors) {
      expect(error).not.toBeNull();
      expect(isDatabaseUnavailable(error)).toBe(true);
    }
  });

  it("recognises a connection the server terminates mid-query (what a restart does)", async () => {
    const victim = createPrismaClient(url);
    const sleeping = rejection(victim.$queryRaw`SELECT pg_sleep(30)::text AS "victim"`);
    const victimPid = async () =>
      (await prisma.$queryRaw<{ pid: number }[]>`SELECT pid FROM pg_stat_activity WHERE query LIKE '%AS "victim"%' AND pid <> pg_backend_pid()`)[0]?.pid;
    await expect.poll(victimPid).toBeTypeOf("number");
    await prisma.$queryRaw`SELECT pg_terminate_backend(${await victimPid()}::int)::text`;
    const error = await sleeping;
    expect(error).toMatchObject({ meta: { driverAdapterError: { cause: { code: "57P01" } } } });
    expect(isDatabaseUnavailable(error)).toBe(true);
    await victim.$disconnect();
  });

  it(
    "gives up on a server that accepts connections and never answers, instead of hanging",
    async () => {
      const silent = net.createServer(() => {}).listen(0, "127.0.0.1");
      await new Promise((resolve) => silent.once("listening", resolve));
      const hung = createPrismaClient(`postgresql://postgres:postgres@127.0.0.1:${(silent.address() as net.AddressInfo).port}/none`);
      const started = Date.now();
      try {
        const error = await rejection(hung.$queryRaw`SELECT 1`);
        expect(Date.now() - started).toBeLessThan(CONNECT_TIMEOUT_MS + 5_000);
        expect(isDatabaseUnavailable(error)).toBe(true);
      } finally {
        silent.close();
        await hung.$disconnect();
      }
    },
    CONNECT_TIMEOUT_MS + 20_000,
  );

  it("does not take a query or data problem for an outage", async () => {
    const email = `outage-${Date.now()}@example.org`;
    await prisma.user.create({ data: { email } });
    const errors = [
      await rejection(prisma.user.create({ data: { email } })), // unique violation
      await rejection(prisma.user.update({ where: { email: "nobody@example.org" }, data: { name: "x" } })), // not found
      await rejection(prisma.$queryRaw`SELECT * FROM "NoSuchTable"`),
      await rejection(prisma.$queryRaw`SELECT 1/0`),
      new Error("boom"),
      null,
    ];
    expect(errors.map(isDatabaseUnavailable)).toEqual(errors.map(() => false));
  });
});

describe("answeringDatabaseOutage", () => {
  it("answers an outage with a retryable 503 and passes everything else through", async () => {
    const down = createPrismaClient(`postgresql://postgres:postgres@127.0.0.1:${await freePort()}/none`);
    const response = await answeringDatabaseOutage(async () => Response.json(await down.user.count()));
    await down.$disconnect();
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("5");
    expect(await response.json()).toMatchObject({ status: "unavailable" });

    const ok = await answeringDatabaseOutage(async () => Response.json(await prisma.user.count()));
    expect(ok.status).toBe(200);
    await expect(answeringDatabaseOutage(async () => Response.json(await prisma.$queryRaw`SELECT * FROM "NoSuchTable"`))).rejects.toThrow(/NoSuchTable/);
  });
});
