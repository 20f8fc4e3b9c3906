import { beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../tests/test-database";
import { importQuestionFiles } from "../content/import-question-files";
import type { Database } from "../db-client";
import { seedDemoInterviews } from "../scoring/seed-demo-interviews";
import { seedDemoAccounts } from "./create-user";
import { removeDemoData } from "./remove-demo-data";

let db: Database;

beforeAll(async () => {
  ({ prisma: db } = await createTestDatabase());
  await importQuestionFiles(db, ["content/questions/ec2.md"]);
  await seedDemoAccounts(db);
});

describe("demo data", () => {
  it("seeds three scored demo interviews once, and removes them with the demo accounts", async () => {
    expect(await seedDemoInterviews(db)).toEqual(["Alex Rivera", "Blair Chen", "Casey Novak"]);
    expect(await seedDemoInterviews(db)).toEqual([]);
    expect(await db.scorecard.count({ where: { submittedAt: { not: null } } })).toBe(6);
    expect(await db.interviewSession.count({ where: { status: "COMPLETED" } })).toBe(3);

    expect(await removeDemoData(db)).toEqual({ users: 4, candidates: 3, interviews: 3 });
    expect(await db.user.count({ where: { isDemo: true } })).toBe(0);
    expect(await db.scorecard.count()).toBe(0);
  });

  it("keeps a demo account that sits on a real panel, and says so", async () => {
    await seedDemoAccounts(db);
    const interviewer = await db.user.findUniqueOrThrow({ where: { email: "interviewer@example.com" } });
    const real = await db.candidate.create({ data: { name: "Real Person" } });
    await db.interviewSession.create({ data: { candidateId: real.id, title: "Real", panel: { create: [{ userId: interviewer.id }] } } });
    await expect(removeDemoData(db)).rejects.toThrow(/interviewer@example.com/);
    expect(await db.user.count({ where: { isDemo: true } })).toBe(4);
  });
});
