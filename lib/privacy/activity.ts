// When a candidate was last active, as SQL, for the retention policy (retention.ts) and for the
// check an erasure by retention makes again under the candidate's row lock (erase-candidate.ts).
import { Prisma } from "@/lib/generated/prisma/client";

const at = (time: Date) => Prisma.sql`(to_timestamp(${time.getTime()}::float8 / 1000) AT TIME ZONE 'UTC')`;

/** SQL: candidate `c` (not erased) has had no activity since `cutoff`. */
export function inactiveSince(cutoff: Date) {
  const since = at(cutoff);
  return Prisma.sql`c."erasedAt" IS NULL AND c."updatedAt" < ${since}
    AND NOT EXISTS (SELECT 1 FROM "InterviewSession" i WHERE i."candidateId" = c."id" AND (i."updatedAt" >= ${since} OR i."startedAt" >= ${since} OR i."scheduledAt" >= ${since}))
    AND NOT EXISTS (
      SELECT 1 FROM "Scorecard" sc JOIN "InterviewSession" i ON i."id" = sc."sessionId"
      WHERE i."candidateId" = c."id" AND (sc."updatedAt" >= ${since} OR sc."submittedAt" >= ${since}))
    AND NOT EXISTS (
      SELECT 1 FROM "Score" s JOIN "Scorecard" sc ON sc."id" = s."scorecardId" JOIN "InterviewSession" i ON i."id" = sc."sessionId"
      WHERE i."candidateId" = c."id" AND s."updatedAt" >= ${since})`;
}
