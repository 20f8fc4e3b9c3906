// Reads question sets back out of the database in the parser's shape (ParsedSet), so they can be
// exported as Markdown files (lib/content/export-question-set.ts). Takes a Database client rather
// than the app's, so the export CLI uses it too; callers decide who may read.
import type { Database } from "@/lib/db-client";
import { followUpsOf } from "./follow-ups";
import type { Audience, ParsedQuestion, ParsedSet } from "./schema";
import { QUESTION_CONTENT_SELECT, questionEnumsOf } from "@/lib/questions/question-content-select";

/** Where a set's file goes when the database knows none (sets made in the app). */
export function defaultSourcePath(slug: string): string {
  return `content/questions/${slug}.md`;
}

/**
 * The sets with these slugs (every set when `slugs` is omitted), ordered by slug, each with its
 * questions that are not archived, in their order. A set whose questions are all archived comes
 * back with none.
 */
export async function readBankSets(db: Database, slugs?: readonly string[]): Promise<ParsedSet[]> {
  const sets = await db.questionSet.findMany({
    where: slugs ? { slug: { in: [...slugs] } } : {},
    orderBy: { slug: "asc" },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      audience: true,
      introduction: true,
      sourcePath: true,
      questions: {
        where: { archived: false },
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: {
          ...QUESTION_CONTENT_SELECT,
          sourceLine: true,
        },
      },
    },
  });
  const tags = await tagsInFileOrder(db, sets.map((set) => set.id));
  return sets.map((set) => {
    const audience = set.audience.toLowerCase() as Audience;
    return {
      slug: set.slug,
      title: set.title,
      description: set.description?.trim() ? set.description : null,
      audience,
      ownAudience: audience,
      introduction: set.introduction,
      sourcePath: set.sourcePath ?? defaultSourcePath(set.slug),
      questions: set.questions.map(
        (question, index): ParsedQuestion => ({
          id: question.id,
          title: question.title,
          ...questionEnumsOf(question, set.audience),
          competency: question.competency,
          tags: tags.get(question.id) ?? [],
          minutes: question.minutes,
          prompt: question.prompt,
          answer: question.answer,
          keyPoints: question.keyPoints,
          redFlags: question.redFlags,
          followUps: followUpsOf(question),
          scoring: question.scoring,
          reviewed: question.reviewed,
          practiceTwin: question.practiceTwinId,
          line: question.sourceLine ?? index + 1,
          keyLines: {},
        }),
      ),
    };
  });
}

/** One set by slug, or null when there is none. */
export async function readBankSet(db: Database, slug: string): Promise<ParsedSet | null> {
  const [set] = await readBankSets(db, [slug]);
  return set ?? null;
}

/**
 * Each live question's tags (QuestionTag) in the order its file or editor gave them: QuestionTag
 * keeps no order, the current version's snapshot does. Tags it does not list come last, by name.
 */
async function tagsInFileOrder(db: Database, setIds: string[]): Promise<Map<string, string[]>> {
  if (setIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ questionId: string; name: string }[]>`
    SELECT qt."questionId", t."name"
    FROM "QuestionTag" qt
    JOIN "Tag" t ON t."id" = qt."tagId"
    JOIN "Question" q ON q."id" = qt."questionId"
    LEFT JOIN "QuestionVersion" v ON v."questionId" = q."id" AND v."version" = q."version"
    WHERE q."setId" = ANY(${setIds}) AND NOT q."archived"
    ORDER BY qt."questionId",
      array_position(ARRAY(SELECT jsonb_array_elements_text(CASE WHEN jsonb_typeof(v."snapshot"->'tags') = 'array' THEN v."snapshot"->'tags' ELSE '[]'::jsonb END)), t."name") NULLS LAST,
      t."name"`;
  const tags = new Map<string, string[]>();
  for (const row of rows) {
    const list = tags.get(row.questionId);
    if (list) list.push(row.name);
    else tags.set(row.questionId, [row.name]);
  }
  return tags;
}
