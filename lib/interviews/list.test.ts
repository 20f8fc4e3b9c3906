// The interviews list against PostgreSQL: search by candidate, title or interviewer; the date
// range read in the viewer's zone; "mine"; scheduled-time order with unscheduled ones last.
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../candidates/access";
import type { Database } from "../db-client";
import { createTestDatabase } from "../../tests/test-database";
import { listInterviewsPage, startOfZonedDay } from "./list";
import { interviewListSchema } from "./schema";

let db: Database;
let recruiter: Viewer;
let ian: Viewer;
const query = (input: Record<string, unknown> = {}) => interviewListSchema.parse(input);

beforeAll(async () => {
  db = (await createTestDatabase()).prisma;
  recruiter = await db.user.create({ data: { email: "rita@ilist.test", role: "RECRUITER" }, select: { id: true, role: true } });
  ian = await db.user.create({ data: { email: "ian@ilist.test", name: "Ian Under_score", role: "INTERVIEWER" }, select: { id: true, role: true } });
  const candidate = await db.candidate.create({ data: { name: "Casey 50%" }, select: { id: true } });
  const other = await db.candidate.create({ data: { name: "Robin" }, select: { id: true } });
  // 23:30 UTC on 10 March is already 11 March in Berlin.
  await db.interviewSession.create({
    data: {
      title: "Late screen",
      candidateId: candidate.id,
      createdById: recruiter.id,
      scheduledAt: new Date("2031-03-10T23:30:00Z"),
      durationMinutes: 45,
      panel: { create: { userId: ian.id } },
    },
  });
  await db.interviewSession.create({
    data: { title: "Early screen", candidateId: other.id, createdById: recruiter.id, scheduledAt: new Date("2031-03-09T09:00:00Z"), durationMinutes: 45 },
  });
  await db.interviewSession.create({ data: { title: "Unscheduled", candidateId: other.id, createdById: recruiter.id } });
});

const titles = async (viewer: Viewer, input: Record<string, unknown>, zone = "UTC") =>
  (await listInterviewsPage(db, viewer, query(input), zone)).interviews.map((row) => row.title);

describe("the interviews list", () => {
  it("finds by candidate, title or interviewer, wildcards taken literally", async () => {
    expect(await titles(recruiter, { q: "50%" })).toEqual(["Late screen"]);
    expect(await titles(recruiter, { q: "%" })).toEqual(["Late screen"]);
    expect(await titles(recruiter, { q: "r_s" })).toEqual(["Late screen"]);
    expect((await titles(recruiter, { q: "screen" })).sort()).toEqual(["Early screen", "Late screen"]);
    expect(await titles(recruiter, { q: "ian@ilist" })).toEqual(["Late screen"]);
  });

  it("reads the date range in the viewer's zone", async () => {
    expect(await titles(recruiter, { from: "2031-03-11", to: "2031-03-11" }, "Europe/Berlin")).toEqual(["Late screen"]);
    expect(await titles(recruiter, { from: "2031-03-11", to: "2031-03-11" }, "UTC")).toEqual([]);
    expect(await titles(recruiter, { to: "2031-03-10", sort: "scheduled" }, "UTC")).toEqual(["Early screen", "Late screen"]);
    expect(startOfZonedDay("2031-02-30", "UTC")).toBeNull();
  });

  it("sorts by scheduled time with unscheduled last, and 'mine' keeps the viewer's own", async () => {
    expect(await titles(recruiter, { sort: "scheduled" })).toEqual(["Early screen", "Late screen", "Unscheduled"]);
    expect(await titles(recruiter, { sort: "scheduled-desc" })).toEqual(["Late screen", "Early screen", "Unscheduled"]);
    expect(await titles(ian, {})).toEqual(["Late screen"]);
    expect((await titles(recruiter, { mine: "1" })).length).toBe(3);
    expect(await titles(ian, { mine: "1" })).toEqual(["Late screen"]);
  });
});
