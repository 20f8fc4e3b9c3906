// "Download your data" against PostgreSQL: every review, state and session, as JSON and as a zip
// of CSV files that read back to the same records; questions practice no longer shows are hidden.
import { parse } from "csv-parse/sync";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { makeQuestion, makeSet } from "../../tests/factories";
import { createTestDatabase } from "../../tests/test-database";
import { startUserSession } from "../auth/user-sessions";
import { seedQuestionBank } from "../content/seed-question-bank";
import type { Database } from "../db-client";
import { recordReviews } from "../practice/reviews";
import { reviewInputSchema } from "../practice/schema";
import { accountDataCsvFiles, accountDataZip, collectAccountData, HIDDEN_QUESTION } from "./export";

let db: Database;

beforeAll(async () => {
  ({ prisma: db } = await createTestDatabase());
  await seedQuestionBank(db, [
    makeSet({
      slug: "export-set",
      title: "Export set",
      questions: [makeQuestion({ id: "export-q1", title: "Visible question?" }), makeQuestion({ id: "export-q2", title: "Soon interview-only?" })],
    }),
    makeSet({ slug: "export-other", questions: [makeQuestion({ id: "export-other-q" })] }),
  ]);
});

const review = (questionId: string, day: number, answer = "") =>
  reviewInputSchema.parse({ id: crypto.randomUUID(), questionId, grade: (day % 4) + 1, reviewedAt: new Date(Date.UTC(2030, 0, day)).toISOString(), answer });

describe("downloading one's data", () => {
  it("holds every review, state and session; a question no longer in practice keeps its review but not its id or title", async () => {
    const me = await db.user.create({ data: { email: "me@export.test", name: "Mo Export", role: "CANDIDATE" }, select: { id: true } });
    const other = await db.user.create({ data: { email: "other@export.test", role: "CANDIDATE" }, select: { id: true } });
    const mine = [
      review("export-q1", 1, "first, with a comma"),
      review("export-q2", 2, "=1+1 a formula\non two lines"),
      review("export-q1", 5),
      ...Array.from({ length: 40 }, (_, i) => review("export-other-q", 6 + i)),
    ];
    const later = new Date(Date.UTC(2030, 6, 1));
    await recordReviews(db, me.id, mine, later);
    await recordReviews(db, other.id, [review("export-q1", 3)], later);
    await startUserSession(db, me.id, { userAgent: "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", address: "198.51.100.23" });
    // A note and a flag are theirs too; a note on a question practice no longer shows keeps the note, not the question.
    await db.practiceMark.create({ data: { userId: me.id, questionId: "export-q1", flagged: true, note: "Revisit: the kubelet's backoff" } });
    await db.practiceMark.create({ data: { userId: me.id, questionId: "export-q2", suspended: true, note: "Too easy" } });
    await db.practiceSettings.create({ data: { userId: me.id, newPerDay: 7, retention: 0.85 } });
    // The bank moves a question to interview-only after it was practised.
    await db.question.update({ where: { id: "export-q2" }, data: { audience: "INTERVIEW" } });

    const data = (await collectAccountData(db, me.id))!;
    expect(data.account).toMatchObject({ id: me.id, email: "me@export.test", name: "Mo Export", role: "CANDIDATE", hasPassword: false });
    expect(data.practiceReviews).toHaveLength(await db.reviewLog.count({ where: { userId: me.id } }));
    expect(data.practiceReviews.map((row) => row.id).sort()).toEqual(mine.map((row) => row.id).sort());
    expect(data.practiceStates).toHaveLength(await db.reviewState.count({ where: { userId: me.id } }));
    const hidden = data.practiceReviews.find((row) => row.reviewedAt.startsWith("2030-01-02"))!;
    expect(hidden).toMatchObject({ questionId: null, question: HIDDEN_QUESTION, set: null, answer: "=1+1 a formula\non two lines" });
    expect(JSON.stringify(data)).not.toMatch(/export-q2|Soon interview-only/);
    expect(data.practiceReviews[0]).toMatchObject({ questionId: "export-q1", question: "Visible question?", set: "Export set", answer: "first, with a comma" });
    expect(data.practiceMarks).toEqual([
      expect.objectContaining({ questionId: "export-q1", question: "Visible question?", flagged: true, suspended: false, note: "Revisit: the kubelet's backoff" }),
      expect.objectContaining({ questionId: null, question: HIDDEN_QUESTION, suspended: true, note: "Too easy" }),
    ]);
    expect(data.settings).toMatchObject({ practiceNewPerDay: 7, practiceReviewsPerDay: 200, practiceRetention: 0.85, practiceReminderEmails: false });
    expect(data.practiceReviews.every((row) => row.undoneAt === null)).toBe(true);
    expect(data.sessions).toEqual([expect.objectContaining({ device: "Firefox 133 on Linux", signedInFrom: "198.51.100.23" })]);

    // The CSV files in the zip read back, strictly, to the same records.
    const files = unzipSync(accountDataZip(data));
    expect(Object.keys(files).sort()).toEqual(Object.keys(accountDataCsvFiles(data)).sort());
    const read = (name: string) => parse(strFromU8(files[name]!), { bom: true, columns: true, relax_quotes: false, relax_column_count: false }) as Record<string, string>[];
    const reviews = read("practice-reviews.csv");
    expect(reviews.map((row) => row.id)).toEqual(data.practiceReviews.map((row) => row.id));
    expect(reviews.find((row) => row.id === hidden.id)).toMatchObject({ question: HIDDEN_QUESTION, answer: "'=1+1 a formula\non two lines" });
    expect(read("practice-states.csv")).toHaveLength(data.practiceStates.length);
    expect(read("practice-marks.csv").map((row) => row.note)).toEqual(["Revisit: the kubelet's backoff", "Too easy"]);
    expect(read("account.csv")).toContainEqual({ field: "email", value: "me@export.test" });
  });

  it("of an account with nothing in it is still every file, each with its header", async () => {
    const empty = await db.user.create({ data: { email: "empty@export.test", role: "CANDIDATE" }, select: { id: true } });
    const files = unzipSync(accountDataZip((await collectAccountData(db, empty.id))!));
    for (const name of ["practice-reviews.csv", "practice-states.csv", "practice-marks.csv", "sessions.csv"])
      expect(strFromU8(files[name]!).split("\r\n")[0]!.length, name).toBeGreaterThan(5);
    expect(await collectAccountData(db, "no-such-user")).toBeNull();
  });
});
