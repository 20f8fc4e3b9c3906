// authedAction against the real getCurrentUser (the user read from PostgreSQL), with only
// next-auth's session lookup stood in for (tests/next-boundary.ts): who is refused, in which
// order the checks run, and what reaches the action's body.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { form as formData } from "../../tests/authorization-matrix";
import { actAs } from "../../tests/next-boundary";
import { createTestDatabase } from "../../tests/test-database";
import type { Database } from "../db-client";
import type { FormState } from "../form-state";
import type { Role } from "../generated/prisma/enums";

vi.mock("next-auth", () => import("../../tests/next-boundary"));

let db: Database;
let wrapper: typeof import("./authed-action");

beforeAll(async () => {
  const created = await createTestDatabase();
  db = created.prisma;
  process.env.DATABASE_URL = created.url;
  wrapper = await import("./authed-action");
});

async function signIn(role: Role | null, canEditBank = false) {
  if (!role) return actAs(null);
  const user = await db.user.create({ data: { email: `${randomUUID()}@wrapper.test`, role, canEditBank }, select: { id: true, sessionVersion: true } });
  actAs(user);
}

/** An action for recruiters and admins that records what its body was handed. */
function recorder() {
  const calls: unknown[][] = [];
  const schema = z.object({ name: z.string().trim().min(1, "Enter a name."), panel: z.array(z.string()).max(2) });
  const access = wrapper.allow(["ADMIN", "RECRUITER"], { signedOut: "Sign in first.", refused: "Recruiters only." });
  const action = wrapper.authedAction(access, wrapper.form(schema), async (user, data, id: string): Promise<FormState> => {
    calls.push([user.role, data, id]);
    return { ok: true, message: "Done." };
  });
  return { action, calls };
}

describe("authedAction", () => {
  it("refuses the signed-out and the wrong role with their messages before it reads the form, and the body never runs", async () => {
    const { action, calls } = recorder();
    const invalid = formData({ name: "" });
    await signIn(null);
    expect(await action("x", {}, invalid)).toEqual({ message: "Sign in first." });
    await signIn("INTERVIEWER");
    expect(await action("x", {}, invalid)).toEqual({ message: "Recruiters only." });
    expect(calls).toEqual([]);
  });

  it("answers bad input with the field errors and the form's message, and the body never runs", async () => {
    const { action, calls } = recorder();
    await signIn("RECRUITER");
    expect(await action("x", {}, formData({ name: "  ", panel: ["a", "b", "c"] }))).toEqual({
      errors: { name: ["Enter a name."], panel: [expect.stringMatching(/2/)] },
      message: "Please correct the fields below.",
    });
    expect(calls).toEqual([]);
  });

  it("hands the body the user, the parsed data and the bound arguments", async () => {
    const { action, calls } = recorder();
    await signIn("ADMIN");
    expect(await action("candidate-7", {}, formData({ name: "  Ada ", panel: ["p1"] }))).toEqual({ ok: true, message: "Done." });
    expect(calls).toEqual([["ADMIN", { name: "Ada", panel: ["p1"] }, "candidate-7"]]);
  });

  it("takes a tampered call (no FormData where the form should be) as bad input, not as a crash", async () => {
    const { action, calls } = recorder();
    await signIn("ADMIN");
    const tampered = action as unknown as (...args: unknown[]) => Promise<unknown>;
    expect(await tampered("x", {}, { name: "Ada" })).toEqual({ errors: undefined, message: "Please correct the fields below." });
    expect(await tampered()).toEqual({ errors: undefined, message: "Please correct the fields below." });
    expect(calls).toEqual([]);
  });

  it("parses plain arguments as a tuple: wrong types, too few or too many get the action's message", async () => {
    const seen: unknown[] = [];
    const move = wrapper.authedAction(
      wrapper.allow(["ADMIN"], { signedOut: "Admins only." }),
      wrapper.args(z.tuple([z.string(), z.number().int()]), "Invalid position."),
      async (_user, data): Promise<FormState> => {
        seen.push(data);
        return { ok: true };
      },
    );
    await signIn("ADMIN");
    const loose = move as unknown as (...args: unknown[]) => Promise<unknown>;
    for (const args of [["row", 1.5], ["row"], ["row", 1, "extra"], [{ id: "row" }, 1]]) expect(await loose(...args)).toEqual({ message: "Invalid position." });
    expect(await move("row", 2)).toEqual({ ok: true });
    expect(seen).toEqual([["row", 2]]);
  });

  it("lets a rule decide where the role alone does not (bank editing), and signedOutOnly keeps signed-in users out", async () => {
    const editors = wrapper.allow((user) => user.role === "ADMIN" || (user.role === "INTERVIEWER" && user.canEditBank), { signedOut: "Editors only." });
    const edit = wrapper.authedAction(editors, wrapper.args(z.tuple([]), "Invalid."), async () => ({ ok: true }));
    await signIn("INTERVIEWER", false);
    expect(await edit()).toEqual({ message: "Editors only." });
    await signIn("INTERVIEWER", true);
    expect(await edit()).toEqual({ ok: true });

    const signUp = wrapper.authedAction(wrapper.signedOutOnly("You are already signed in."), wrapper.args(z.tuple([]), "Invalid."), async (user) => ({ ok: user === null }));
    expect(await signUp()).toEqual({ message: "You are already signed in." });
    await signIn(null);
    expect(await signUp()).toEqual({ ok: true });
  });
});
