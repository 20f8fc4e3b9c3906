// Candidate CSV import against PostgreSQL: problems named by line and column (quoted values spanning
// lines, CRLF, a BOM), nothing written while any row is wrong, people already there skipped by email,
// 40 imports of the same file at once adding each person once, and no role but recruiters and admins.
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db-client";
import { createTestDatabase } from "../../tests/test-database";
import type { Viewer } from "./access";
import { applyCandidateImport, parseCandidateCsv, previewCandidateImport } from "./import";
import { IMPORT_LIMITS } from "./schema";

let db: Database;
let recruiter: Viewer;
let admin: Viewer;
let interviewer: Viewer;
let candidate: Viewer;

beforeAll(async () => {
  db = (await createTestDatabase()).prisma;
  const user = (email: string, role: Viewer["role"]) => db.user.create({ data: { email, role }, select: { id: true, role: true } });
  recruiter = await user("rita@import.test", "RECRUITER");
  admin = await user("adam@import.test", "ADMIN");
  interviewer = await user("ian@import.test", "INTERVIEWER");
  candidate = await user("cat@import.test", "CANDIDATE");
});

const count = (where: object = {}) => db.candidate.count({ where });

describe("reading the file", () => {
  it("takes columns in any order and case, a BOM, CRLF line ends, quoted commas and Unicode", () => {
    const text = '\uFEFFEmail,NAME,position\r\nzoe@example.com,Zoë Ångström,"Platform, SRE"\r\n,李小龍,\r\n , ,\r\n,,\r\n  \r\n';
    expect(parseCandidateCsv(text)).toEqual({
      problems: [],
      rows: [
        { line: 2, candidate: { name: "Zoë Ångström", email: "zoe@example.com", position: "Platform, SRE", notes: "" } },
        { line: 3, candidate: { name: "李小龍", email: null, position: null, notes: "" } },
      ],
    });
  });

  it("names the line a record starts on when a quoted value spans lines, and the column of each problem", () => {
    const text = ["name,email,notes", 'Ada,ada@example.com,"first line', 'second line"', ",nobody@example.com,", "Bob,not-an-email,", "Cy,cy@example.com,x,extra"].join("\n");
    const { rows, problems } = parseCandidateCsv(text);
    expect(rows).toEqual([{ line: 2, candidate: { name: "Ada", email: "ada@example.com", position: null, notes: "first line\nsecond line" } }]);
    expect(problems).toEqual([
      { line: 4, column: "name", message: "Enter the candidate's name." },
      { line: 5, column: "email", message: "Enter a valid email address, or leave it empty." },
      { line: 6, column: null, message: "This line has 4 values; the header has 3. Quote values that contain commas." },
    ]);
  });

  it("refuses a header it does not know, a repeated column, no name column, an unclosed quote and an empty file", () => {
    expect(parseCandidateCsv("name,phone\nAda,1\n").problems).toEqual([{ line: 1, column: null, message: 'Column 2 is "phone"; the columns are name, email, position, notes.' }]);
    expect(parseCandidateCsv("name,Name\n").problems).toEqual([{ line: 1, column: "name", message: 'The column "name" appears twice.' }]);
    expect(parseCandidateCsv("email\nada@example.com\n").problems).toEqual([{ line: 1, column: null, message: 'The header has no "name" column: every candidate needs a name.' }]);
    expect(parseCandidateCsv('name\nAda\n"Bob\n').problems).toEqual([{ line: 3, column: null, message: "A quoted value is never closed: add the closing double quote." }]);
    expect(parseCandidateCsv("\n\n").problems[0]!.message).toMatch(/^The file is empty/);
  });

  it("takes the row limit exactly and refuses one more, and refuses a file past the byte limit", () => {
    const rows = (n: number) => ["name", ...Array.from({ length: n }, (_, i) => `Person ${i}`)].join("\n");
    expect(parseCandidateCsv(rows(IMPORT_LIMITS.rows)).rows).toHaveLength(IMPORT_LIMITS.rows);
    expect(parseCandidateCsv(rows(IMPORT_LIMITS.rows + 1)).problems[0]!.message).toMatch(/at most 2,000 can be imported at once/);
    expect(parseCandidateCsv(`name\n${"x".repeat(IMPORT_LIMITS.bytes)}`).problems[0]!.message).toMatch(/larger than 1,000,000 bytes/);
  });

  it("keeps a name past the form's limit out, with its line", () => {
    expect(parseCandidateCsv(`name\n${"n".repeat(201)}\n`).problems).toEqual([{ line: 2, column: "name", message: expect.stringMatching(/200/) }]);
  });
});

describe("preview and apply", () => {
  it("writes nothing while any row is wrong, then adds the rows once fixed, skipping people already there", async () => {
    await db.candidate.create({ data: { name: "Already Here", email: "here@example.com" } });
    const before = await count();
    const broken = "name,email\nNew One,new1@example.com\n,missing@example.com\n";
    expect(await applyCandidateImport(db, recruiter, broken)).toEqual({ ok: false, problems: [{ line: 3, column: "name", message: "Enter the candidate's name." }] });
    expect(await count()).toBe(before);

    const fixed = "name,email\nNew One,new1@example.com\nAlready Again,HERE@example.com\nNew Two,new2@example.com\nNew One Again,new1@example.com\n";
    const preview = await previewCandidateImport(db, recruiter, fixed);
    expect(preview!.rows.map((row) => [row.line, row.skip])).toEqual([
      [2, null],
      [3, "Already a candidate with this email."],
      [4, null],
      [5, "Same email as line 2."],
    ]);
    expect(await count()).toBe(before);
    expect(await applyCandidateImport(db, recruiter, fixed)).toEqual({ ok: true, added: 2, skipped: 2 });
    expect(await count({ email: { in: ["new1@example.com", "new2@example.com"] } })).toBe(2);
    const created = await db.candidate.findFirstOrThrow({ where: { email: "new2@example.com" }, select: { createdById: true } });
    expect(created.createdById).toBe(recruiter.id);
    // The audit log counts, and names nobody.
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "candidate.import" }, orderBy: { createdAt: "desc" }, select: { details: true } });
    expect(event.details).toEqual({ added: 2, skipped: 2 });
  });

  it("adds each person once when 40 imports of the same file run at once", async () => {
    const text = ["name,email", ...Array.from({ length: 25 }, (_, i) => `Racer ${i},racer${i}@example.com`)].join("\n");
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => applyCandidateImport(db, i % 2 ? admin : recruiter, text)));
    expect(results.reduce((sum, result) => sum + (result?.ok ? result.added : 0), 0)).toBe(25);
    expect(await count({ email: { startsWith: "racer" } })).toBe(25);
  });

  it("is refused to interviewers and candidates, writing nothing", async () => {
    const before = await count();
    for (const viewer of [interviewer, candidate]) {
      expect(await previewCandidateImport(db, viewer, "name\nSneaky\n")).toBeNull();
      expect(await applyCandidateImport(db, viewer, "name\nSneaky\n")).toBeNull();
    }
    expect(await count()).toBe(before);
  });

  it("does not count an erased candidate's old email as taken", async () => {
    await db.candidate.create({ data: { name: "Erased", email: "gone@example.com", erasedAt: new Date() } });
    expect(await applyCandidateImport(db, recruiter, "name,email\nBack Again,gone@example.com\n")).toEqual({ ok: true, added: 1, skipped: 0 });
  });
});
