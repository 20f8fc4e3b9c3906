// The authorization matrix (tests/authorization-matrix.ts): is it complete, and does every server
// action do what it says for every kind of user? Each action runs once per role against real
// PostgreSQL, on fresh fixtures; a refusal must answer with a message and write nothing at all.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "../lib/db-client";
import type { Role } from "../lib/generated/prisma/enums";
import { seedQuestionBank } from "../lib/content/seed-question-bank";
import { absolute, listInlineServerActions, listPages, listRouteHandlers, listServerActionFiles } from "./app-surface";
import { readPanelScorecards } from "../lib/scoring/read-scorecards";
import { createActionFixtures, createMatrixFixtures, type MatrixUsers } from "./authorization-fixtures";
import {
  ACTIONS,
  actionKey,
  ALLOWED,
  MARKER_READERS,
  PAGES,
  PANEL_POSITIONS,
  REFUSED,
  ROLES,
  ROUTE_HANDLERS,
  type ActionEntry,
  type ActionFixtures,
  type DisposableActor,
  type MatrixRole,
  type PanelPosition,
} from "./authorization-matrix";
import { startUserSession } from "../lib/auth/user-sessions";
import { upsertUser } from "../lib/users/create-user";
import { databaseDigest, changedTables } from "./database-digest";
import { makeQuestion, makeSet } from "./factories";
import { actAs, redirectTarget } from "./next-boundary";
import { createTestDatabase } from "./test-database";

vi.mock("next-auth", () => import("./next-boundary"));
vi.mock("next/cache", () => import("./next-boundary"));

// Where a missing entry goes: tests/authorization-matrix.ts gathers these two.
const PAGES_FILE = "tests/authorization-matrix-pages.ts";
const ACTIONS_FILE = "tests/authorization-matrix-actions.ts";
const ROW = `{ anonymous: …, candidate: …, panelInterviewer: …, otherInterviewer: …, recruiter: …, admin: … }`;

describe("the authorization matrix is complete", () => {
  it("has an entry for every page, and no entry for a page that is gone", () => {
    const pages = listPages();
    const listed = new Set(PAGES.map((entry) => entry.route));
    const missing = pages.filter((page) => !listed.has(page.route));
    expect(
      missing.map((page) => `${page.file} is not in ${PAGES_FILE}: add to PAGES page("${page.route}", "<url>", ${ROW})`),
      "pages without an entry",
    ).toEqual([]);
    const existing = new Set(pages.map((page) => page.route));
    expect(PAGES.filter((entry) => !existing.has(entry.route)).map((entry) => `PAGES lists "${entry.route}" but no page.tsx serves it: remove the entry`)).toEqual([]);
  });

  it("has an entry for every method of every route handler, and none for one that is gone", () => {
    const handlers = listRouteHandlers();
    const listed = new Set(ROUTE_HANDLERS.map((entry) => `${entry.method} ${entry.route}`));
    const missing = handlers.flatMap((handler) =>
      handler.methods
        .filter((method) => !listed.has(`${method} ${handler.route}`))
        .map(
          (method) => `${handler.file} exports ${method}, which is not in ${PAGES_FILE}: add to ROUTE_HANDLERS page("${handler.route}", "<url>", ${ROW}, { method: "${method}" })`,
        ),
    );
    expect(missing, "route handlers without an entry").toEqual([]);
    const existing = new Set(handlers.flatMap((handler) => handler.methods.map((method) => `${method} ${handler.route}`)));
    expect(
      ROUTE_HANDLERS.filter((entry) => !existing.has(`${entry.method} ${entry.route}`)).map(
        (entry) => `ROUTE_HANDLERS lists ${entry.method} "${entry.route}" but no route.ts exports it: remove the entry`,
      ),
    ).toEqual([]);
  });

  // Importing the action files needs DATABASE_URL, which the beforeAll below sets first.
  it("has an entry for every exported server action, and none for one that is gone", async () => {
    const exported: string[] = [];
    for (const file of listServerActionFiles()) {
      const actions = (await import(/* @vite-ignore */ absolute(file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(actions)) if (typeof value === "function") exported.push(actionKey({ file, name }));
    }
    const listed = new Set(ACTIONS.map(actionKey));
    expect(
      exported
        .filter((key) => !listed.has(key))
        .map(
          (key) =>
            `Server action ${key} is not in ${ACTIONS_FILE}: add to ACTIONS action("${key.split("#")[0]}", "${key.split("#")[1]}", (f) => [/* arguments */], only(/* roles allowed */))`,
        ),
      "server actions without an entry",
    ).toEqual([]);
    expect(
      ACTIONS.map(actionKey)
        .filter((key) => !exported.includes(key))
        .map((key) => `ACTIONS lists ${key}, which no "use server" file exports: remove the entry`),
    ).toEqual([]);
  });

  it("finds no inline server actions, which the matrix could not reach", () => {
    expect(
      listInlineServerActions().map((file) => `${file} declares "use server" inside a function: move the action to lib/<domain>/actions.ts and add it to ${ACTIONS_FILE}`),
    ).toEqual([]);
  });
});

let db: Database;
let users: MatrixUsers;

const ROLE_OF: Record<Exclude<MatrixRole, "anonymous">, Role> = {
  candidate: "CANDIDATE",
  panelInterviewer: "INTERVIEWER",
  otherInterviewer: "INTERVIEWER",
  recruiter: "RECRUITER",
  admin: "ADMIN",
};

beforeAll(async () => {
  const created = await createTestDatabase();
  db = created.prisma;
  process.env.DATABASE_URL = created.url;
  const audience = (value: "interview" | "practice" | "both") => ({ audience: value, ownAudience: value });
  await seedQuestionBank(db, [
    makeSet({
      slug: "matrix-set",
      questions: [
        makeQuestion({ id: "matrix-interview-only", ...audience("interview") }),
        makeQuestion({ id: "matrix-practice-only", ...audience("practice") }),
        ...["a", "b", "c", "d"].map((id) => makeQuestion({ id: `matrix-both-${id}` })),
      ],
    }),
  ]);
  const entries = await Promise.all(
    Object.entries(ROLE_OF).map(async ([key, role]) => {
      const user = await db.user.create({ data: { email: `${key.toLowerCase()}@matrix.test`, name: key, role }, select: { id: true, role: true } });
      return [key, user] as const;
    }),
  );
  users = Object.fromEntries(entries) as MatrixUsers;
});

type FormResult = { ok?: boolean; message?: string } | undefined;

/**
 * Calls the action as this role; "allowed", "refused", or what went wrong. A refusal leaves the
 * database exactly as it was (that is checked), so the next role reuses the same fixtures;
 * anything that wrote gets fresh ones.
 */
/** A fresh user of the role's kind, with a password and two sessions (ActionEntry.disposable). */
async function disposableActor(role: MatrixRole): Promise<DisposableActor> {
  const password = "matrix-disposable-password";
  const email = `disposable-${role.toLowerCase()}-${crypto.randomUUID().slice(0, 8)}@matrix.test`;
  const user = await upsertUser(db, { email, password, role: role === "anonymous" ? "CANDIDATE" : ROLE_OF[role] });
  const facts = { userAgent: "matrix", address: "192.0.2.200" };
  const [current, other] = [await startUserSession(db, user.id, facts), await startUserSession(db, user.id, facts)];
  return { id: user.id, email, password, sessionId: current.id, otherSessionId: other.id };
}

async function runCell(entry: ActionEntry, role: MatrixRole, fixtures: ActionFixtures): Promise<{ outcome: string; wrote: boolean }> {
  const actions = (await import(/* @vite-ignore */ absolute(entry.file))) as Record<string, (...args: unknown[]) => Promise<FormResult>>;
  const self = entry.disposable ? await disposableActor(role) : { id: "", email: "", password: "", sessionId: "", otherSessionId: "" };
  const args = entry.args(fixtures, self);
  if (role === "anonymous") actAs(null);
  else if (entry.disposable) actAs({ id: self.id, sessionVersion: 0, sessionId: self.sessionId });
  else actAs(await db.user.findUniqueOrThrow({ where: { id: users[role].id }, select: { id: true, sessionVersion: true } }));

  const before = await databaseDigest(db);
  let result: FormResult;
  let redirected: string | null = null;
  let threw: unknown = null;
  try {
    result = await actions[entry.name]!(...args);
  } catch (error) {
    redirected = redirectTarget(error);
    if (redirected === null) threw = error;
  } finally {
    actAs(null);
  }
  const changed = changedTables(before, await databaseDigest(db));
  const wrote = changed.length > 0;
  if (threw) return { outcome: `threw ${String(threw)}`, wrote };
  if (redirected !== null || result?.ok === true) return { outcome: wrote ? ALLOWED : "allowed but wrote nothing", wrote };
  if (wrote) return { outcome: `refused ("${result?.message}") but wrote to ${changed.join(", ")}`, wrote };
  return { outcome: result?.message ? REFUSED : "refused without a message", wrote };
}

describe("the panel positions the e2e matrix checks every page against", () => {
  it("put each staff role in each position: the colleague's marker reaches exactly MARKER_READERS", async () => {
    const fixtures = await createMatrixFixtures(db, users);
    const readers = {} as Record<PanelPosition, MatrixRole[]>;
    for (const position of PANEL_POSITIONS) {
      readers[position] = [];
      for (const role of ROLES) {
        if (role === "anonymous") continue;
        const panel = await readPanelScorecards(db, users[role], fixtures.panels[position].interviewId);
        if (JSON.stringify(panel?.readable ?? null).includes(fixtures.panels[position].marker)) readers[position].push(role);
      }
    }
    expect(readers).toEqual(MARKER_READERS);
  });
});

describe("server actions, as each kind of user", () => {
  for (const entry of ACTIONS) {
    it(`${actionKey(entry)}`, async () => {
      const outcomes = {} as Record<MatrixRole, string>;
      let fixtures: ActionFixtures | null = null;
      for (const role of ROLES) {
        fixtures ??= await createActionFixtures(db, users);
        const cell = await runCell(entry, role, fixtures);
        outcomes[role] = cell.outcome;
        if (cell.wrote) fixtures = null;
      }
      expect(outcomes).toEqual(entry.expect);
    });
  }
});
