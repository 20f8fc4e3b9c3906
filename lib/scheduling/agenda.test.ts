// scorecardsDue and upcomingInterviews (what the home page shows) against PostgreSQL.
import { beforeAll, describe, expect, it } from "vitest";
import { saveSla } from "@/lib/notifications/sla";
import { applyAutosave } from "@/lib/scoring/autosave";
import { openScorecard, submitScorecard } from "@/lib/scoring/scorecards";
import { interviewFor, slot, team } from "@/tests/scheduling-fixtures";
import { createTestDatabase } from "@/tests/test-database";
import { scorecardsDue, upcomingInterviews } from "./agenda";
import { cancelInterview, scheduleInterview } from "./scheduling";

const { prisma: db } = await createTestDatabase();
let people: Awaited<ReturnType<typeof team>>;
beforeAll(async () => {
  people = await team(db);
});
const HOUR = 3_600_000;
const BOOKED = new Date("2026-05-01T00:00:00Z");

async function scheduled(time: string, options: Parameters<typeof interviewFor>[2] & { date?: string } = {}) {
  const id = await interviewFor(db, people, options);
  const result = await scheduleInterview(db, people.recruiter, id, slot(options.date ?? "2026-05-10", time, "UTC"), BOOKED);
  if (!result.ok) throw new Error(result.message);
  return id;
}

describe("scorecardsDue", () => {
  it("lists the viewer's unsubmitted scorecards, overdue first (latest first), then by due time, then unscheduled; with how late", async () => {
    const early = await scheduled("09:00", { started: true, candidate: "Early" });
    const later = await scheduled("12:00", { started: true, candidate: "Later", date: "2026-05-11" });
    const lateToo = await scheduled("11:00", { started: true, candidate: "Late too" });
    const unscheduled = await interviewFor(db, people, { started: true, candidate: "Unscheduled" });
    await interviewFor(db, people, { candidate: "Draft only" });
    const now = new Date("2026-05-11T12:30:00Z");
    const due = await scorecardsDue(db, people.ian, now);
    expect(due.map((item) => item.candidate.name)).toEqual(["Early", "Late too", "Later", "Unscheduled"]);
    expect(due[0]).toMatchObject({
      sessionId: early,
      overdue: true,
      lateByMs: 2 * HOUR + 30 * 60_000,
      dueAt: new Date("2026-05-11T10:00:00Z"),
      ratingsDueAt: new Date("2026-05-10T11:00:00Z"),
      rated: false,
    });
    expect(due[1]).toMatchObject({ sessionId: lateToo, overdue: true, lateByMs: 30 * 60_000 });
    expect(due[2]).toMatchObject({ sessionId: later, overdue: false, lateByMs: 0, dueAt: new Date("2026-05-12T13:00:00Z") });
    expect(due[3]).toMatchObject({ sessionId: unscheduled, dueAt: null, overdue: false });

    // Rated, then submitted: marked rated, then gone. Only the viewer's own scorecards count.
    const card = await openScorecard(db, people.ian, early);
    if (!card.ok) throw new Error(card.message);
    const author = await db.user.findUniqueOrThrow({ where: { id: people.ian.id }, select: { id: true, sessionVersion: true } });
    const score = await db.score.findFirstOrThrow({ where: { scorecardId: card.value }, select: { sessionQuestionId: true, revision: true } });
    await applyAutosave(db, author, card.value, {
      target: "question",
      sessionQuestionId: score.sessionQuestionId,
      writeId: crypto.randomUUID(),
      baseRevision: score.revision,
      value: { rating: 2, notes: "", keyPointsCovered: [], redFlagsRaised: [], elapsedSeconds: 1 },
    });
    expect((await scorecardsDue(db, people.ian, now))[0]).toMatchObject({ sessionId: early, rated: true });
    expect(await submitScorecard(db, people.ian, card.value, { recommendation: "NO", summary: "Weak.", disagreementReason: null })).toMatchObject({ ok: true });
    expect((await scorecardsDue(db, people.ian, now)).map((item) => item.sessionId)).not.toContain(early);
    expect((await scorecardsDue(db, people.ivy, now)).map((item) => item.sessionId)).toContain(early);
    expect(await scorecardsDue(db, people.recruiter, now)).toEqual([]);
    expect(await scorecardsDue(db, { id: people.ian.id, role: "CANDIDATE" }, now)).toEqual([]);
  });

  it("follows the admins' SLA", async () => {
    const id = await scheduled("09:00", { started: true, date: "2026-05-20", panel: [people.ian.id] });
    await saveSla(db, people.admin, { ratingsWithinMinutes: 30, scorecardWithinHours: 2 });
    try {
      const [item] = (await scorecardsDue(db, people.ian, new Date("2026-05-20T12:00:00Z"))).filter((row) => row.sessionId === id);
      expect(item).toMatchObject({ ratingsDueAt: new Date("2026-05-20T10:30:00Z"), dueAt: new Date("2026-05-20T12:00:00Z"), overdue: false });
      const [late] = (await scorecardsDue(db, people.ian, new Date("2026-05-20T12:00:01Z"))).filter((row) => row.sessionId === id);
      expect(late).toMatchObject({ overdue: true, lateByMs: 1000 });
    } finally {
      await saveSla(db, people.admin, { ratingsWithinMinutes: 60, scorecardWithinHours: 24 });
    }
  });
});

describe("upcomingInterviews", () => {
  it("lists interviews the viewer sits on or created that have not ended, within the range, soonest first", async () => {
    const a = await scheduled("09:00", { date: "2026-06-01", panel: [people.ian.id] });
    const b = await scheduled("15:00", { date: "2026-06-01", panel: [people.ivy.id] });
    const far = await scheduled("09:00", { date: "2026-06-30", panel: [people.ian.id] });
    const gone = await scheduled("10:00", { date: "2026-06-02", panel: [people.ian.id] });
    await cancelInterview(db, people.recruiter, gone, "", BOOKED);
    const now = new Date("2026-06-01T09:30:00Z");
    const ian = await upcomingInterviews(db, people.ian, now, { days: 7 });
    expect(ian.map((item) => item.sessionId)).toEqual([a]);
    expect(ian[0]).toMatchObject({
      onPanel: true,
      durationMinutes: 60,
      endsAt: new Date("2026-06-01T10:00:00Z"),
      timeZone: "UTC",
      meetingUrl: "https://meet.example.com/abc",
      panel: [{ id: people.ian.id, name: "Ian Interviewer" }],
    });
    // Once it has ended it is no longer upcoming; a wider range reaches the far one.
    expect((await upcomingInterviews(db, people.ian, new Date("2026-06-01T10:00:00Z"), { days: 7 })).map((item) => item.sessionId)).toEqual([]);
    expect((await upcomingInterviews(db, people.ian, now, { days: 30 })).map((item) => item.sessionId)).toEqual([a, far]);
    // The recruiter created them all; an interviewer never sees another's.
    const rita = (await upcomingInterviews(db, people.recruiter, now, { days: 7 })).map((item) => item.sessionId);
    expect(rita).toEqual(expect.arrayContaining([a, b]));
    expect(rita).not.toContain(gone);
    expect(rita.find((id) => id === a) && (await upcomingInterviews(db, people.recruiter, now, { days: 7 })).find((item) => item.sessionId === a)?.onPanel).toBe(false);
    expect((await upcomingInterviews(db, people.ivy, now, { days: 7 })).map((item) => item.sessionId)).toEqual([b]);
  });
});
