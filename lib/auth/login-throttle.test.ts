import { beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../tests/test-database";

// lib/db reads DATABASE_URL when first imported, so the module is loaded after the database exists.
let throttle: typeof import("./login-throttle");

beforeAll(async () => {
  const { url } = await createTestDatabase();
  process.env.DATABASE_URL = url;
  throttle = await import("./login-throttle");
});

describe("login throttling per email + IP", () => {
  const start = new Date("2026-01-01T10:00:00Z");
  const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);

  it("allows five failures, then locks the pair out for 30 s, doubling after each further failure", async () => {
    for (let i = 0; i < 5; i += 1) await throttle.recordFailedLogin("ada@example.com", "10.0.0.1", at(i));
    expect(await throttle.loginRetryDelay("ada@example.com", "10.0.0.1", at(5))).toBe(0);

    await throttle.recordFailedLogin("ada@example.com", "10.0.0.1", at(5));
    expect(await throttle.loginRetryDelay("ada@example.com", "10.0.0.1", at(5))).toBe(30_000);
    expect(await throttle.loginRetryDelay("ada@example.com", "10.0.0.1", at(36))).toBe(0);

    await throttle.recordFailedLogin("ada@example.com", "10.0.0.1", at(36));
    expect(await throttle.loginRetryDelay("ada@example.com", "10.0.0.1", at(36))).toBe(60_000);
  });

  it("counts each email + IP pair on its own, case-insensitively for the email", async () => {
    for (let i = 0; i < 6; i += 1) await throttle.recordFailedLogin("Bob@Example.com", "10.0.0.2", at(i));
    expect(await throttle.loginRetryDelay("bob@example.com", "10.0.0.2", at(6))).toBeGreaterThan(0);
    expect(await throttle.loginRetryDelay("bob@example.com", "10.0.0.3", at(6))).toBe(0);
    expect(await throttle.loginRetryDelay("carol@example.com", "10.0.0.2", at(6))).toBe(0);
  });

  it("forgets failures after the 15-minute window and after a successful sign-in", async () => {
    for (let i = 0; i < 5; i += 1) await throttle.recordFailedLogin("dan@example.com", "10.0.0.4", at(i));
    await throttle.recordFailedLogin("dan@example.com", "10.0.0.4", at(16 * 60));
    expect(await throttle.loginRetryDelay("dan@example.com", "10.0.0.4", at(16 * 60))).toBe(0);

    for (let i = 0; i < 6; i += 1) await throttle.recordFailedLogin("erin@example.com", "10.0.0.5", at(i));
    await throttle.clearFailedLogins("erin@example.com", "10.0.0.5");
    expect(await throttle.loginRetryDelay("erin@example.com", "10.0.0.5", at(6))).toBe(0);
  });
});
