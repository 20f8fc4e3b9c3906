import { beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../tests/test-database";
import { beginSignInAttempt, SIGN_IN_LIMITS, signInSucceeded, signInThrottleState } from "./login-throttle";

let db: Awaited<ReturnType<typeof createTestDatabase>>["prisma"];

beforeAll(async () => {
  db = (await createTestDatabase()).prisma;
});

const start = new Date("2026-01-01T10:00:00Z");
const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);
const state = (email: string, address: string, seconds: number) => signInThrottleState(db, email, address, at(seconds));
/** Whether an attempt at `seconds` may be checked (it is then counted as a failure). */
const tryAt = async (email: string, address: string, seconds: number) => (await beginSignInAttempt(db, email, address, at(seconds))) !== null;
/** An attempt with the right password. */
async function succeed(email: string, address: string, seconds: number) {
  const attempt = await beginSignInAttempt(db, email, address, at(seconds));
  if (!attempt) throw new Error(`${email} from ${address} was refused at ${seconds} s`);
  await signInSucceeded(db, email, address, attempt, at(seconds));
}

/** `count` attempts one after another, each a failure (nothing settles them); what each was told. */
async function attempts(count: number, email: (i: number) => string, address: string, seconds = 0) {
  const allowed: boolean[] = [];
  for (let i = 0; i < count; i += 1) allowed.push(await tryAt(email(i), address, seconds));
  return allowed;
}

describe("sign-in attempts per email + address", () => {
  it("checks five attempts; the fifth failure locks the pair for 30 s, and each attempt after a lock doubles it", async () => {
    expect(await attempts(4, () => "ada@example.com", "10.0.0.1")).toEqual([true, true, true, true]);
    expect(await state("ada@example.com", "10.0.0.1", 0)).toMatchObject({ account: { failures: 4, lockedForMs: 0 } });

    expect(await tryAt("ada@example.com", "10.0.0.1", 4)).toBe(true);
    expect((await state("ada@example.com", "10.0.0.1", 4)).account).toEqual({ failures: 5, lockedForMs: 30_000 });
    expect(await tryAt("ada@example.com", "10.0.0.1", 20)).toBe(false);
    // A refused attempt is not checked and changes nothing.
    expect((await state("ada@example.com", "10.0.0.1", 20)).account).toEqual({ failures: 5, lockedForMs: 14_000 });

    expect(await tryAt("ada@example.com", "10.0.0.1", 34)).toBe(true);
    expect((await state("ada@example.com", "10.0.0.1", 34)).account).toEqual({ failures: 6, lockedForMs: 60_000 });
    expect(await tryAt("ada@example.com", "10.0.0.1", 94)).toBe(true);
    expect((await state("ada@example.com", "10.0.0.1", 94)).account.lockedForMs).toBe(120_000);
  });

  it("checks 9 of the passwords an attacker tries every 5 seconds for 15 minutes", async () => {
    const checked: number[] = [];
    for (let seconds = 0; seconds < 15 * 60; seconds += 5) {
      if (await tryAt("patient@example.com", "10.0.0.9", seconds)) checked.push(seconds);
    }
    // Five, then after locks of 30 s, 1, 2 and 4 minutes (the next would end after the window).
    expect(checked).toEqual([0, 5, 10, 15, 20, 50, 110, 230, 470]);
  });

  it("counts each email + address pair on its own, case-insensitively for the email", async () => {
    await attempts(5, () => "Bob@Example.com", "10.0.0.2");
    expect(await tryAt("bob@example.com", "10.0.0.2", 1)).toBe(false);
    expect(await tryAt("bob@example.com", "10.0.0.3", 1)).toBe(true);
    expect(await tryAt("carol@example.com", "10.0.0.2", 1)).toBe(true);
  });

  it("forgets the failures after the 15-minute window and after a successful sign-in", async () => {
    await attempts(4, () => "dan@example.com", "10.0.0.4");
    expect(await tryAt("dan@example.com", "10.0.0.4", 16 * 60)).toBe(true);
    expect((await state("dan@example.com", "10.0.0.4", 16 * 60)).account).toEqual({ failures: 1, lockedForMs: 0 });

    await attempts(4, () => "erin@example.com", "10.0.0.5");
    await succeed("erin@example.com", "10.0.0.5", 1);
    expect((await state("erin@example.com", "10.0.0.5", 1)).account).toEqual({ failures: 0, lockedForMs: 0 });
  });

  it("counts 40 attempts made at once one by one: five are checked, the rest refused", async () => {
    const allowed = await Promise.all(Array.from({ length: 40 }, () => tryAt("burst@example.com", "10.0.0.6", 0)));
    expect(allowed.filter(Boolean)).toHaveLength(SIGN_IN_LIMITS.perAccount);
    expect((await state("burst@example.com", "10.0.0.6", 0)).account).toEqual({ failures: 5, lockedForMs: 30_000 });
  });
});

describe("sign-in attempts per address, across emails (password spraying)", () => {
  const spray = (i: number) => `victim-${i}@example.com`;

  it("locks an address out for 30 s after 20 failures on any emails, doubling like the per-account lock", async () => {
    expect(await attempts(20, spray, "10.1.0.1")).toEqual(Array(20).fill(true));
    expect((await state("anyone@example.com", "10.1.0.1", 0)).address).toEqual({ failures: 20, lockedForMs: 30_000 });
    // Even an email never tried from there, and even its right password, waits.
    expect(await tryAt("fresh@example.com", "10.1.0.1", 10)).toBe(false);
    expect(await tryAt("fresh@example.com", "10.1.0.2", 10)).toBe(true);

    expect(await tryAt(spray(21), "10.1.0.1", 30)).toBe(true);
    expect((await state("anyone@example.com", "10.1.0.1", 30)).address).toEqual({ failures: 21, lockedForMs: 60_000 });
    expect(await tryAt(spray(22), "10.1.0.1", 16 * 60)).toBe(true);
    expect((await state("anyone@example.com", "10.1.0.1", 16 * 60)).address).toEqual({ failures: 1, lockedForMs: 0 });
  });

  it("does not add up successful sign-ins from one address (an office behind one NAT)", async () => {
    for (let i = 0; i < 60; i += 1) {
      await succeed(`colleague-${i}@example.com`, "10.1.0.3", i);
    }
    expect((await state("anyone@example.com", "10.1.0.3", 60)).address).toEqual({ failures: 0, lockedForMs: 0 });
  });

  it("keeps counting failures across a successful sign-in, so signing in to one's own account does not reset a spray", async () => {
    await attempts(15, spray, "10.1.0.4");
    await succeed("me@example.com", "10.1.0.4", 1);
    expect(await attempts(5, (i) => spray(100 + i), "10.1.0.4", 2)).toEqual(Array(5).fill(true));
    expect(await tryAt(spray(200), "10.1.0.4", 3)).toBe(false);
  });

  it("does not lock an address again when a sign-in after its lock succeeds, nor when the one that reaches the limit does", async () => {
    await attempts(20, spray, "10.1.0.7");
    expect(await tryAt("owner@example.com", "10.1.0.7", 10)).toBe(false);
    await succeed("owner@example.com", "10.1.0.7", 31);
    expect((await state("anyone@example.com", "10.1.0.7", 31)).address).toEqual({ failures: 20, lockedForMs: 0 });
    expect(await tryAt("colleague@example.com", "10.1.0.7", 32)).toBe(true);

    await attempts(19, spray, "10.1.0.8");
    await succeed("owner@example.com", "10.1.0.8", 1);
    expect((await state("anyone@example.com", "10.1.0.8", 1)).address).toEqual({ failures: 19, lockedForMs: 0 });
  });

  it("does not spend the address's allowance on attempts refused for their account", async () => {
    await attempts(5, () => "locked@example.com", "10.1.0.5");
    expect(await attempts(30, () => "locked@example.com", "10.1.0.5", 1)).toEqual(Array(30).fill(false));
    expect((await state("locked@example.com", "10.1.0.5", 1)).address.failures).toBe(5);
  });

  it("lets exactly 20 of 40 simultaneous guesses on 40 emails through", async () => {
    const allowed = await Promise.all(Array.from({ length: 40 }, (_, i) => tryAt(spray(300 + i), "10.1.0.6", 0)));
    expect(allowed.filter(Boolean)).toHaveLength(SIGN_IN_LIMITS.perAddress);
    expect((await state("anyone@example.com", "10.1.0.6", 0)).address).toEqual({ failures: 20, lockedForMs: 30_000 });
  });
});
