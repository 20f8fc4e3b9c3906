import { beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../tests/test-database";
import type { Database } from "../db-client";
import type { Role } from "../generated/prisma/enums";
import { canManageCandidates, visibleCandidatesWhere, type Viewer } from "./access";

let db: Database;
const viewers = {} as Record<"admin" | "recruiter" | "onPanel" | "offPanel" | "candidate", Viewer>;

async function user(email: string, role: Role): Promise<Viewer> {
  return db.user.create({ data: { email, role }, select: { id: true, role: true } });
}

async function visibleNames(viewer: Viewer) {
  const where = visibleCandidatesWhere(viewer);
  if (!where) return null;
  const rows = await db.candidate.findMany({ where, orderBy: { name: "asc" }, select: { name: true } });
  return rows.map((row) => row.name);
}

beforeAll(async () => {
  ({ prisma: db } = await createTestDatabase());
  viewers.admin = await user("admin@test.dev", "ADMIN");
  viewers.recruiter = await user("recruiter@test.dev", "RECRUITER");
  viewers.onPanel = await user("on-panel@test.dev", "INTERVIEWER");
  viewers.offPanel = await user("off-panel@test.dev", "INTERVIEWER");
  viewers.candidate = await user("candidate@test.dev", "CANDIDATE");
  const alice = await db.candidate.create({ data: { name: "Alice" } });
  await db.candidate.create({ data: { name: "Bob" } });
  await db.interviewSession.create({
    data: { candidateId: alice.id, title: "Tech screen", panel: { create: [{ userId: viewers.onPanel.id }] } },
  });
});

describe("who sees which candidates", () => {
  it("recruiters and admins see every candidate and may edit them", async () => {
    expect(await visibleNames(viewers.admin)).toEqual(["Alice", "Bob"]);
    expect(await visibleNames(viewers.recruiter)).toEqual(["Alice", "Bob"]);
    expect(canManageCandidates(viewers.recruiter)).toBe(true);
  });

  it("an interviewer sees only the candidates of interviews they are on, read-only", async () => {
    expect(await visibleNames(viewers.onPanel)).toEqual(["Alice"]);
    expect(await visibleNames(viewers.offPanel)).toEqual([]);
    expect(canManageCandidates(viewers.onPanel)).toBe(false);
  });

  it("a candidate account sees no interview data at all", async () => {
    expect(await visibleNames(viewers.candidate)).toBeNull();
    expect(canManageCandidates(viewers.candidate)).toBe(false);
  });
});
