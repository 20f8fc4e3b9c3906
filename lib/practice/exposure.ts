// The one exposure rule of practice. Every practice read (runs, counts, progress, exports, the
// grading endpoint, guest runs) filters questions through practiceQuestionWhere(), for every role:
// practice never shows an interview-only question or a question of an interview-only set, nor an
// archived one. The seed writes each question's effective audience, so a question moved to
// interview-only drops out of practice on the next seed, history included.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Audience } from "@/lib/generated/prisma/enums";

export const PRACTICE_AUDIENCES: Audience[] = ["PRACTICE", "BOTH"];

export function practiceQuestionWhere(): Prisma.QuestionWhereInput {
  return {
    archived: false,
    audience: { in: PRACTICE_AUDIENCES },
    set: { audience: { in: PRACTICE_AUDIENCES } },
  };
}
