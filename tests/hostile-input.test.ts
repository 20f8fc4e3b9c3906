// Every stored-and-shown text field, fed the hostile corpus (tests/hostile-input.ts) through the
// real server actions and JSON routes, then read back from PostgreSQL: kept verbatim, never a
// crash, and text over the field's limit refused with a clear message, keeping what was there.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { form } from "./authorization-matrix";
import { HOSTILE_INPUTS, longText } from "./hostile-input";
import { as, candidates, db, FIELDS, ids, outcome, setUpHostileFields } from "./hostile-input-fields";
import { createTestDatabase } from "./test-database";

vi.mock("next-auth", () => import("./next-boundary"));
vi.mock("next/cache", () => import("./next-boundary"));

beforeAll(async () => {
  await setUpHostileFields(await createTestDatabase());
});

describe.each(FIELDS)("$name", (field) => {
  it("stores every hostile input verbatim", async () => {
    const results: Record<string, string> = {};
    for (const input of HOSTILE_INPUTS) {
      const refused = await field.save(input.value);
      const stored = await field.read();
      const expected = input.stored ?? input.value;
      results[input.name] = refused !== null ? `refused: ${refused}` : stored === expected ? "verbatim" : `stored ${JSON.stringify(stored)}`;
    }
    expect(results).toEqual(Object.fromEntries(HOSTILE_INPUTS.map((input) => [input.name, "verbatim"])));
  });

  it(`keeps ${field.limit.toLocaleString("en")} characters, and refuses more (up to 100,000) with a clear message`, async () => {
    const atLimit = longText(field.limit);
    expect(await field.save(atLimit)).toBeNull();
    expect(await field.read()).toBe(atLimit);
    for (const length of [field.limit + 1, 100_000]) {
      expect(await field.save(longText(length))).toMatch(/at most [\d,]+ characters|limited to [\d,]+ characters/);
      // Refused, so what was stored before is still there (interviews and sign-ups make new rows instead).
      expect(await field.read()).toBe(atLimit);
    }
  });
});

describe("candidate email", () => {
  it("refuses every hostile input as an invalid address, and stores an unusual valid one", async () => {
    await as("recruiter");
    const results: Record<string, string | null> = {};
    for (const input of HOSTILE_INPUTS) {
      results[input.name] = await outcome(() => candidates.updateCandidate(ids.candidate, {}, form({ name: "Hostile Person", email: input.value, position: "", notes: "" })));
    }
    for (const [name, message] of Object.entries(results)) expect(message, name).toMatch(/Enter a valid email address/);
    expect(
      await outcome(() => candidates.updateCandidate(ids.candidate, {}, form({ name: "Hostile Person", email: "O'Reilly+tag@Example.com", position: "", notes: "" }))),
    ).toBeNull();
    expect((await db.candidate.findUniqueOrThrow({ where: { id: ids.candidate }, select: { email: true } })).email).toBe("o'reilly+tag@example.com");
  });
});
