import { beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../tests/test-database";
import { upsertUser } from "../users/create-user";
import { signInThrottleState } from "./login-throttle";
import { verifyPassword } from "./password";
import { signInWithPassword, type PasswordSignIn } from "./password-sign-in";

let db: Awaited<ReturnType<typeof createTestDatabase>>["prisma"];
// lib/db reads DATABASE_URL when first imported, so next-auth's options load after the database exists.
let options: typeof import("./options");

const PASSWORD = "the-right-password";

beforeAll(async () => {
  const created = await createTestDatabase();
  db = created.prisma;
  process.env.DATABASE_URL = created.url;
  options = await import("./options");
});

async function account(email: string, extra: { isDemo?: boolean } = {}) {
  await upsertUser(db, { email, password: PASSWORD, role: "CANDIDATE", ...extra });
}

/** The real argon2 check, counting how many attempts reach it. */
function countedVerify() {
  const counter = {
    calls: 0,
    verify: (hash: string | null | undefined, password: string) => {
      counter.calls += 1;
      return verifyPassword(hash, password);
    },
  };
  return counter;
}

function tally(results: PasswordSignIn[]) {
  const counts: Record<string, number> = {};
  for (const result of results) {
    const key = result.ok ? "signed in" : result.error;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

describe("email and password sign-in", () => {
  it("checks only five of 40 simultaneous wrong passwords; the rest are refused without reaching argon2", async () => {
    await account("burst@example.com");
    const counter = countedVerify();
    const now = new Date("2026-01-01T10:00:00Z");
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        signInWithPassword(db, { email: "burst@example.com", password: `wrong-${i}` }, "10.0.0.1", { demoAccountsAllowed: true, now, verify: counter.verify }),
      ),
    );
    expect(tally(results)).toEqual({ invalid: 5, throttled: 35 });
    expect(counter.calls).toBe(5);
    expect((await signInThrottleState(db, "burst@example.com", "10.0.0.1", now)).account).toEqual({ failures: 5, lockedForMs: 30_000 });

    // The lock holds for the right password too, until it ends.
    const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);
    const right = { email: "burst@example.com", password: PASSWORD };
    expect(await signInWithPassword(db, right, "10.0.0.1", { demoAccountsAllowed: true, now: later(29), verify: counter.verify })).toEqual({ ok: false, error: "throttled" });
    expect(counter.calls).toBe(5);
    expect(await signInWithPassword(db, right, "10.0.0.1", { demoAccountsAllowed: true, now: later(30) })).toMatchObject({ ok: true });
  });

  it("lets the right password in after four wrong ones, and forgets them", async () => {
    await account("four@example.com");
    const attempt = (password: string) => signInWithPassword(db, { email: "four@example.com", password }, "10.0.0.2", { demoAccountsAllowed: true });
    for (let i = 0; i < 4; i += 1) expect(await attempt(`wrong-${i}`)).toEqual({ ok: false, error: "invalid" });
    expect(await attempt(PASSWORD)).toEqual({ ok: true, user: { id: expect.any(String), email: "four@example.com", name: null } });
    expect(await signInThrottleState(db, "four@example.com", "10.0.0.2")).toEqual({
      account: { failures: 0, lockedForMs: 0 },
      address: { failures: 4, lockedForMs: 0 },
    });
  });

  it("counts an unknown email like a wrong password, and checks it against a hash all the same", async () => {
    const counter = countedVerify();
    const result = await signInWithPassword(db, { email: "nobody@example.com", password: "anything" }, "10.0.0.3", { demoAccountsAllowed: true, verify: counter.verify });
    expect(result).toEqual({ ok: false, error: "invalid" });
    expect(counter.calls).toBe(1);
    expect((await signInThrottleState(db, "nobody@example.com", "10.0.0.3")).account.failures).toBe(1);
  });

  it("refuses demo accounts where they are disabled, even with the right password", async () => {
    await account("demo@example.com", { isDemo: true });
    const input = { email: "demo@example.com", password: PASSWORD };
    expect(await signInWithPassword(db, input, "10.0.0.4", { demoAccountsAllowed: false })).toEqual({ ok: false, error: "demoDisabled" });
    expect(await signInWithPassword(db, input, "10.0.0.4", { demoAccountsAllowed: true })).toMatchObject({ ok: true });
  });

  it("neither counts nor checks input that is not an email and a password", async () => {
    const counter = countedVerify();
    for (const input of [undefined, {}, { email: "not an email", password: "x" }, { email: "a@example.com", password: "" }]) {
      expect(await signInWithPassword(db, input, "10.0.0.5", { demoAccountsAllowed: true, verify: counter.verify })).toEqual({ ok: false, error: "invalid" });
    }
    expect(counter.calls).toBe(0);
  });
});

describe("next-auth's credentials provider", () => {
  type Authorize = (credentials: unknown, request: unknown) => Promise<unknown>;
  const authorize = (): Authorize =>
    (options.authOptions.providers.find((provider) => provider.id === "credentials") as unknown as { options: { authorize: Authorize } }).options.authorize;

  it("locks after five of 40 simultaneous wrong passwords, telling the rest to wait", async () => {
    await account("provider@example.com");
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        authorize()({ email: "provider@example.com", password: `wrong-${i}` }, { headers: { "x-forwarded-for": "10.0.1.1" } }).then(
          (user) => (user ? "signed in" : "CredentialsSignin"),
          (error: Error) => error.message,
        ),
      ),
    );
    const counts: Record<string, number> = {};
    for (const outcome of outcomes) counts[outcome] = (counts[outcome] ?? 0) + 1;
    expect(counts).toEqual({ CredentialsSignin: 5, TooManyAttempts: 35 });
  });
});
