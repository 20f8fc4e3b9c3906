// Each CSV download, built from the database the way its route builds it, read back with csv-parse
// as a spreadsheet would: exactly the stored text (after the documented apostrophe for cells a
// spreadsheet would evaluate), one record per row, whatever the text holds.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { makeQuestion, makeSet } from "../../tests/factories";
import { createTestDatabase } from "../../tests/test-database";
import type { Viewer } from "../candidates/access";
import { compareCandidates } from "../comparison/compare-candidates";
import { seedQuestionBank } from "../content/seed-question-bank";
import type { Database } from "../db-client";
import { readReviewHistory } from "../practice/practice";
import { recordReviews } from "../practice/reviews";
import { reviewBatchSchema } from "../practice/schema";
import { readAskedQuestion } from "../scoring/asked-question";
import { scoredInterview } from "../scoring/scored-interview";
import { candidateReport } from "./candidate-report";
import { csvText, exported, readCsv, spreadsheetWouldEvaluate } from "./csv-test-helpers";
import { blindingKey, blindLetters } from "../comparison/blind-letters";
import { comparisonView } from "../comparison/compare-view";
import { CANDIDATE_CSV_HEADER, candidateCsv, comparisonCsv, PRACTICE_CSV_HEADER, practiceCsv } from "./exports";

let db: Database;
let recruiter: Viewer;
let ian: Viewer;
let ada: Viewer;
const candidates = { ann: "", ben: "" };
const sessions = { ann: "", ben: "" };

const user = (email: string, role: "RECRUITER" | "INTERVIEWER") => db.user.create({ data: { email, name: email.split("@")[0], role }, select: { id: true, role: true } });
const download = (body: string) => readCsv(`\uFEFF${body}`);
const text = csvText({ storable: true });
const EXP_1_TITLE = '-1 or +1, "signed": which?\nSecond line';

beforeAll(async () => {
  ({ prisma: db } = await createTestDatabase());
  recruiter = await user("recruiter@test.dev", "RECRUITER");
  ian = await user("ian@test.dev", "INTERVIEWER");
  ada = await user("ada@test.dev", "INTERVIEWER");
  await seedQuestionBank(db, [
    makeSet({
      slug: "export-set",
      audience: "both",
      questions: [
        makeQuestion({ id: "exp-1", title: EXP_1_TITLE, keyPoints: ["First point", "=SUM(A1)"] }),
        makeQuestion({ id: "exp-2", competency: "Security" }),
        makeQuestion({ id: "exp-3" }),
      ],
    }),
  ]);
  for (const name of ["ann", "ben"] as const) candidates[name] = (await db.candidate.create({ data: { name, position: "SRE" } })).id;
  // Ian rates Ann low but says "Strong yes", so submitting needs a reason, which the CSV must carry.
  sessions.ann = (
    await scoredInterview(db, recruiter, {
      candidateId: candidates.ann,
      fromSet: "export-set",
      panel: [
        { viewer: ian, ratings: [1, 2, null], recommendation: "STRONG_YES" },
        { viewer: ada, ratings: [3, 3, 4], recommendation: "YES" },
      ],
    })
  ).sessionId;
  sessions.ben = (
    await scoredInterview(db, recruiter, { candidateId: candidates.ben, fromSet: "export-set", panel: [{ viewer: ada, ratings: [1, 1, 2], recommendation: "STRONG_NO" }] })
  ).sessionId;
});

describe("candidate CSV", () => {
  it("says what the report page says: labels, not codes, and why a recommendation goes against the composite", async () => {
    const csv = download(candidateCsv((await candidateReport(db, recruiter, candidates.ann))!).body);
    expect(csv[0]).toEqual(CANDIDATE_CSV_HEADER);
    const ians = csv.filter((row) => row[5] === "ian");
    expect(ians).toHaveLength(3);
    expect(new Set(ians.map((row) => row[10]))).toEqual(new Set(["Strong yes"]));
    expect(new Set(ians.map((row) => row[13]))).toEqual(new Set(["Weighed the answers differently from the plain mean."]));
    expect(ians.map((row) => row[6])).toEqual(["1", "2", "not rated"]);
    expect(new Set(csv.filter((row) => row[5] === "ada").map((row) => row[13]))).toEqual(new Set([""]));
    expect(csv.flat().some((cell) => /STRONG_|^YES$|^NO$/.test(cell))).toBe(false);
  });

  it("reads back exactly the stored text, one record per rating row, whatever the text (property)", async () => {
    const cards = await db.scorecard.findMany({ where: { sessionId: sessions.ann }, select: { id: true, scores: { select: { id: true } } } });
    const scoreIds = cards.flatMap((card) => card.scores.map((score) => score.id));
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          name: text,
          title: text,
          ianName: text,
          adaName: text,
          notes: fc.array(text, { minLength: scoreIds.length, maxLength: scoreIds.length }),
          summary: text,
          reason: text,
        }),
        async (stored) => {
          await db.$transaction([
            db.candidate.update({ where: { id: candidates.ann }, data: { name: stored.name } }),
            db.interviewSession.update({ where: { id: sessions.ann }, data: { title: stored.title } }),
            db.user.update({ where: { id: ian.id }, data: { name: stored.ianName } }),
            db.user.update({ where: { id: ada.id }, data: { name: stored.adaName } }),
            ...scoreIds.map((id, i) => db.score.update({ where: { id }, data: { notes: stored.notes[i]! } })),
            ...cards.map((card) => db.scorecard.update({ where: { id: card.id }, data: { summary: stored.summary, disagreementReason: stored.reason } })),
          ]);
          const csv = download(candidateCsv((await candidateReport(db, recruiter, candidates.ann))!).body);
          const expected = await expectedCandidateRows(sessions.ann);
          expect(csv).toHaveLength(1 + expected.length);
          expect(sorted(csv.slice(1))).toEqual(sorted(expected));
          expect(csv.flat().some(spreadsheetWouldEvaluate)).toBe(false);
        },
      ),
      { numRuns: 30 },
    );
  });
});

/** The rows the candidate CSV must hold, read from the tables directly (not through the report). */
async function expectedCandidateRows(sessionId: string) {
  const session = await db.interviewSession.findUniqueOrThrow({
    where: { id: sessionId },
    select: {
      title: true,
      startedAt: true,
      candidate: { select: { name: true } },
      questions: { orderBy: { position: "asc" }, select: { id: true, questionVersion: true, snapshot: true } },
      scorecards: {
        where: { submittedAt: { not: null } },
        select: {
          recommendation: true,
          composite: true,
          summary: true,
          disagreementReason: true,
          interviewer: { select: { name: true, email: true } },
          scores: { select: { sessionQuestionId: true, rating: true, notes: true } },
        },
      },
    },
  });
  const labels = { STRONG_NO: "Strong no", NO: "No", YES: "Yes", STRONG_YES: "Strong yes" };
  return session.scorecards.flatMap((card) =>
    session.questions.map((question) => {
      const score = card.scores.find((row) => row.sessionQuestionId === question.id);
      return [
        session.candidate.name,
        session.title,
        session.startedAt!.toISOString().slice(0, 10),
        readAskedQuestion(question.snapshot).title,
        String(question.questionVersion),
        card.interviewer.name ?? card.interviewer.email,
        score?.rating ? String(score.rating) : "not rated",
        "",
        "",
        score?.notes ?? "",
        card.recommendation ? labels[card.recommendation] : "",
        String(Number(card.composite)),
        card.summary,
        card.disagreementReason ?? "",
        "",
        "",
        "",
        "",
      ].map(exported);
    }),
  );
}

const sorted = (rows: string[][]) => rows.map((row) => JSON.stringify(row)).sort();

describe("comparison CSV", () => {
  it("tallies recommendations in words, as the summary table does, and shows rubric versions as the matrix does", async () => {
    const comparison = (await compareCandidates(db, recruiter, [candidates.ann, candidates.ben], { adjust: true }))!;
    const csv = download(comparisonCsv(comparisonView(comparison, false, new Map()), { blind: false, now: new Date() }).body);
    // The candidate CSV's property test above leaves Ann with random text for a name: compare it as the file writes it.
    const byCandidate = (name: string) => csv.slice(1).filter((row) => row[0] === exported(name));
    expect(new Set(byCandidate(comparison.candidates[0]!.name).map((row) => row.at(-1)))).toEqual(new Set(["Yes: 1; Strong yes: 1"]));
    expect(new Set(byCandidate(comparison.candidates[1]!.name).map((row) => row.at(-1)))).toEqual(new Set(["Strong no: 1"]));
    expect(new Set(csv.slice(1).map((row) => row[5]))).toEqual(new Set(["v1"]));
    expect(csv.flat().some((cell) => /STRONG_|:\d/.test(cell))).toBe(false);
  });

  it("reads back exactly the stored names, emails and positions, one record per rating, also blind (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.record({ ann: text, ben: text, email: text, position: text, ianName: text, adaName: text }), fc.boolean(), async (stored, blind) => {
        // Ann's rows are found by her name: two candidates both named "" cannot be told apart (a flake, seed 1587792518).
        fc.pre(exported(stored.ann) !== exported(stored.ben));
        await db.$transaction([
          db.candidate.update({ where: { id: candidates.ann }, data: { name: stored.ann, email: stored.email, position: stored.position } }),
          db.candidate.update({ where: { id: candidates.ben }, data: { name: stored.ben } }),
          db.user.update({ where: { id: ian.id }, data: { name: stored.ianName } }),
          db.user.update({ where: { id: ada.id }, data: { name: stored.adaName } }),
        ]);
        const comparison = (await compareCandidates(db, recruiter, [candidates.ann, candidates.ben], { adjust: true }))!;
        const letters = blindLetters([candidates.ann, candidates.ben], blindingKey("a test secret of sixteen characters or more"));
        const csv = download(comparisonCsv(comparisonView(comparison, blind, letters), { blind, now: new Date() }).body);
        // Ann: 3 questions, Ian rated 2 and Ada 3, so 3 rows for Ada's + 2 for Ian's; Ben: 3 rows.
        expect(csv).toHaveLength(1 + 5 + 3);
        const ann = csv.slice(1).filter((row) => row[0] === (blind ? `Candidate ${letters.get(candidates.ann)}` : exported(stored.ann)));
        expect(ann).toHaveLength(5);
        if (!blind) expect(new Set(ann.map((row) => `${row[1]}|${row[2]}`))).toEqual(new Set([`${exported(stored.email)}|${exported(stored.position)}`]));
        const interviewerColumn = blind ? 4 : 6;
        expect(new Set(csv.slice(1).map((row) => row[interviewerColumn]))).toEqual(new Set([exported(stored.ianName), exported(stored.adaName)]));
        if (blind) expect(csv.every((row) => row.length === 14)).toBe(true);
        expect(csv.flat().some(spreadsheetWouldEvaluate)).toBe(false);
      }),
      { numRuns: 30 },
    );
  });
});

describe("practice CSV", () => {
  it("reads back exactly each answer as typed, one record per review, whatever the text (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(csvText({ storable: true, maxLength: 60 }), { minLength: 1, maxLength: 6 }), async (answers) => {
        const userId = (await db.user.create({ data: { email: `${randomUUID()}@test.dev`, role: "CANDIDATE" }, select: { id: true } })).id;
        const start = Date.UTC(2026, 2, 2, 9);
        const reviews = answers.map((answer, i) => ({
          id: randomUUID(),
          questionId: "exp-1",
          grade: 3,
          answer,
          keyPointsTicked: [1],
          reviewedAt: new Date(start + i * 86_400_000).toISOString(),
        }));
        await recordReviews(db, userId, reviewBatchSchema.parse({ reviews }).reviews, new Date(start + 30 * 86_400_000));
        const csv = download(practiceCsv(await readReviewHistory(db, userId), new Date()).body);
        expect(csv[0]).toEqual(PRACTICE_CSV_HEADER);
        expect(csv).toHaveLength(1 + answers.length);
        expect(csv.slice(1).map((row) => row[7])).toEqual(answers.map(exported));
        expect(csv.slice(1).map((row) => row.slice(2, 7))).toEqual(answers.map(() => ["exp-1", exported(EXP_1_TITLE), "Good", "1", "2"]));
        expect(csv.flat().some(spreadsheetWouldEvaluate)).toBe(false);
      }),
      { numRuns: 30 },
    );
  });
});
