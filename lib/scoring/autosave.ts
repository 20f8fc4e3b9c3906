// Applying one autosave write. The write is a compare-and-set on the target's revision, in one
// statement that also checks the author (the signed-in user, still valid: not demoted to
// candidate, not signed out everywhere, still on the interview's panel), ownership and that the
// scorecard is not submitted. Only
// when it changes nothing does a second read say why (replayed, stale, submitted, not yours).
// Checking the user inside the statement saves the hot path a round trip per keystroke batch.
import type { Database } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AutosaveResult, AutosaveWrite, QuestionScore, SummaryDraft } from "./schema";

interface ScoreRow {
  revision: number;
  lastWriteId: string | null;
  submitted: boolean;
  rating: number | null;
  notes: string;
  keyPointsCovered: number[];
  redFlagsRaised: number[];
  elapsedSeconds: number;
}

interface SummaryRow {
  revision: number;
  lastWriteId: string | null;
  submitted: boolean;
  summary: string;
  recommendation: SummaryDraft["recommendation"];
}

/** Who writes: the user id and the sessionVersion from their session token. */
export interface AutosaveAuthor {
  id: string;
  sessionVersion: number;
}

export async function applyAutosave(db: Database, author: AutosaveAuthor, scorecardId: string, write: AutosaveWrite): Promise<AutosaveResult> {
  const result = write.target === "question" ? await saveQuestionScore(db, author, scorecardId, write) : await saveSummaryDraft(db, author, scorecardId, write);
  if (result.status === "saved") return result;
  // Nothing applied: was the author's session revoked ("sign out everywhere"), or are they no
  // longer staff (then, as for anyone else, the scorecard does not exist for them)?
  const [user] = await db.$queryRaw<{ sessionVersion: number; role: string }[]>`
    SELECT "sessionVersion", "role"::text AS "role" FROM "User" WHERE "id" = ${author.id}`;
  if (!user || user.sessionVersion !== author.sessionVersion) return { status: "signed-out" };
  return user.role === "CANDIDATE" ? { status: "not-found" } : result;
}

/** The author is still a valid staff user of this session version (see getCurrentUser). */
const validAuthor = (author: AutosaveAuthor) => Prisma.sql`
  EXISTS (SELECT 1 FROM "User" AS u WHERE u."id" = ${author.id} AND u."sessionVersion" = ${author.sessionVersion} AND u."role" <> 'CANDIDATE')`;

/** The author still sits on the panel of scorecard `c`'s interview. */
const onPanel = (author: AutosaveAuthor) => Prisma.sql`
  EXISTS (SELECT 1 FROM "SessionInterviewer" AS p WHERE p."sessionId" = c."sessionId" AND p."userId" = ${author.id})`;

async function saveQuestionScore(db: Database, author: AutosaveAuthor, scorecardId: string, write: Extract<AutosaveWrite, { target: "question" }>): Promise<AutosaveResult> {
  const { value } = write;
  const applied = await db.$queryRaw<{ revision: number }[]>`
    UPDATE "Score" AS s
    SET "rating" = ${value.rating}, "notes" = ${value.notes},
        "keyPointsCovered" = ${value.keyPointsCovered}::int[], "redFlagsRaised" = ${value.redFlagsRaised}::int[],
        "elapsedSeconds" = ${value.elapsedSeconds}, "revision" = s."revision" + 1, "lastWriteId" = ${write.writeId}, "updatedAt" = now()
    FROM "Scorecard" AS c
    WHERE c."id" = s."scorecardId" AND c."id" = ${scorecardId} AND c."interviewerId" = ${author.id} AND c."submittedAt" IS NULL
      AND s."sessionQuestionId" = ${write.sessionQuestionId} AND s."revision" = ${write.baseRevision} AND ${validAuthor(author)} AND ${onPanel(author)}
    RETURNING s."revision"`;
  if (applied[0]) return { status: "saved", revision: applied[0].revision };

  const [row] = await db.$queryRaw<ScoreRow[]>`
    SELECT s."revision", s."lastWriteId", c."submittedAt" IS NOT NULL AS "submitted", s."rating", s."notes",
           s."keyPointsCovered", s."redFlagsRaised", s."elapsedSeconds"
    FROM "Score" AS s JOIN "Scorecard" AS c ON c."id" = s."scorecardId"
    WHERE c."id" = ${scorecardId} AND c."interviewerId" = ${author.id} AND s."sessionQuestionId" = ${write.sessionQuestionId} AND ${onPanel(author)}`;
  if (!row) return { status: "not-found" };
  const current: QuestionScore = {
    rating: row.rating,
    notes: row.notes,
    keyPointsCovered: row.keyPointsCovered,
    redFlagsRaised: row.redFlagsRaised,
    elapsedSeconds: row.elapsedSeconds,
  };
  return explainUnapplied(write, row, current);
}

async function saveSummaryDraft(db: Database, author: AutosaveAuthor, scorecardId: string, write: Extract<AutosaveWrite, { target: "summary" }>): Promise<AutosaveResult> {
  const { value } = write;
  const applied = await db.$queryRaw<{ revision: number }[]>`
    UPDATE "Scorecard" AS c
    SET "summary" = ${value.summary}, "recommendation" = ${value.recommendation}::"Recommendation",
        "revision" = c."revision" + 1, "lastWriteId" = ${write.writeId}, "updatedAt" = now()
    WHERE c."id" = ${scorecardId} AND c."interviewerId" = ${author.id} AND c."submittedAt" IS NULL AND c."revision" = ${write.baseRevision}
      AND ${validAuthor(author)} AND ${onPanel(author)}
    RETURNING c."revision"`;
  if (applied[0]) return { status: "saved", revision: applied[0].revision };

  const [row] = await db.$queryRaw<SummaryRow[]>`
    SELECT "revision", "lastWriteId", "submittedAt" IS NOT NULL AS "submitted", "summary", "recommendation"::text AS "recommendation"
    FROM "Scorecard" AS c WHERE c."id" = ${scorecardId} AND c."interviewerId" = ${author.id} AND ${onPanel(author)}`;
  if (!row) return { status: "not-found" };
  return explainUnapplied(write, row, { summary: row.summary, recommendation: row.recommendation });
}

/** Why a write changed nothing: a replay of the last applied write is a success, not a conflict. */
function explainUnapplied(write: AutosaveWrite, row: { revision: number; lastWriteId: string | null; submitted: boolean }, current: QuestionScore | SummaryDraft): AutosaveResult {
  if (row.lastWriteId === write.writeId) return { status: "saved", revision: row.revision };
  if (row.submitted) return { status: "read-only" };
  return { status: "conflict", revision: row.revision, value: current };
}
