// The bank rules (bank-rules.ts) for sets about to be written to the database, judged against the
// bank as it will be: their questions in place of the stored ones, the questions their sets
// leave archived, and every other set as it is. Shared by the seed and imports (CLI and app).
import type { Transaction } from "@/lib/db-client";
import { checkPracticeTwins, checkQuestionRules, type TwinNode, twinNodes } from "./bank-rules";
import { loadCompetencies } from "./competencies";
import type { Audience, ContentError, ParsedSet } from "./schema";

export async function checkAgainstBank(db: Pick<Transaction, "question">, sets: readonly ParsedSet[], now = new Date()): Promise<ContentError[]> {
  if (sets.length === 0) return [];
  const list = await loadCompetencies();
  const incoming = twinNodes(sets);
  const incomingIds = new Set(incoming.map((node) => node.id));
  const incomingSlugs = new Set(sets.map((set) => set.slug));
  const stored = await db.question.findMany({
    select: { id: true, title: true, audience: true, practiceTwinId: true, archived: true, sourceLine: true, set: { select: { slug: true, sourcePath: true } } },
  });
  const bank: TwinNode[] = stored
    .filter((row) => !incomingIds.has(row.id))
    .map((row) => {
      // A question gone from its set's file is archived by the import: a change, so in scope.
      const leaving = !row.archived && incomingSlugs.has(row.set.slug);
      return {
        id: row.id,
        title: row.title,
        audience: row.audience.toLowerCase() as Audience,
        practiceTwin: row.practiceTwinId,
        archived: row.archived || leaving,
        leaving,
        file: row.set.sourcePath ?? `the set "${row.set.slug}" (made in the app)`,
        line: row.sourceLine ?? 1,
        twinLine: row.sourceLine ?? 1,
        inScope: leaving,
      };
    });
  return [
    ...list.errors,
    ...checkQuestionRules(sets, list.competencies, now),
    ...checkPracticeTwins([...bank, ...incoming]).map(({ file, line, message }) => ({ file, line, message })),
  ];
}
