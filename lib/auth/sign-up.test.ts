import { beforeAll, describe, expect, it, vi } from "vitest";
import { form } from "../../tests/authorization-matrix";
import { actAs } from "../../tests/next-boundary";
import { createTestDatabase } from "../../tests/test-database";
import { verifyPassword } from "./password";

vi.mock("next-auth", () => import("../../tests/next-boundary"));
vi.mock("next/cache", () => import("../../tests/next-boundary"));

let db: Awaited<ReturnType<typeof createTestDatabase>>["prisma"];
// Loaded after DATABASE_URL points at the test database (lib/db reads it on import).
let actions: typeof import("./actions");

beforeAll(async () => {
  const created = await createTestDatabase();
  db = created.prisma;
  process.env.DATABASE_URL = created.url;
  actions = await import("./actions");
  actAs(null);
});

const TAKEN = "An account with this email already exists. Sign in instead.";

describe("signing up", () => {
  it("makes exactly one account of 40 simultaneous sign-ups for one email, and tells the other 39 it is taken", async () => {
    const passwords = Array.from({ length: 40 }, (_, i) => `password-number-${i}`);
    const results = await Promise.all(passwords.map((password, i) => actions.signUp({}, form({ name: `Racer ${i}`, email: "Race@Example.com", password }))));
    const created = results.flatMap((result, i) => (result.ok ? [i] : []));
    expect(created).toHaveLength(1);
    expect(results.filter((result) => result.errors?.email?.[0] === TAKEN)).toHaveLength(39);

    const users = await db.user.findMany({ where: { email: "race@example.com" }, select: { name: true, role: true, passwordHash: true } });
    expect(users).toHaveLength(1);
    const [user] = users;
    // The account is the one whose sign-up was told "created": its name, and only its password.
    expect(user).toMatchObject({ name: `Racer ${created[0]}`, role: "CANDIDATE" });
    const opening = await Promise.all(passwords.map((password) => verifyPassword(user!.passwordHash, password)));
    expect(opening.flatMap((ok, i) => (ok ? [i] : []))).toEqual(created);
  });

  it("does not replace an existing account's password", async () => {
    expect((await actions.signUp({}, form({ name: "First", email: "first@example.com", password: "the-first-password" }))).ok).toBe(true);
    expect((await actions.signUp({}, form({ name: "Second", email: "first@example.com", password: "the-second-password" }))).errors?.email).toEqual([TAKEN]);
    const user = await db.user.findUniqueOrThrow({ where: { email: "first@example.com" }, select: { name: true, passwordHash: true } });
    expect(user.name).toBe("First");
    expect(await verifyPassword(user.passwordHash, "the-first-password")).toBe(true);
  });
});
