// Bank search and browse as raw SQL: PostgreSQL full-text search (websearch_to_tsquery over the
// generated, GIN-indexed "search" tsvector), ranked with ts_rank_cd, with highlighted snippets.
// It takes the database client so the benchmark can run exactly the same SQL.
import type { Database } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Audience } from "@/lib/generated/prisma/enums";
import { PAGE_SIZE, type BankSearch } from "./schema";

/** Marks around highlighted words in snippets: control characters cannot occur in rendered text. */
export const HIGHLIGHT_START = "\u0001";
export const HIGHLIGHT_END = "\u0002";
const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxFragments=2, MaxWords=18, MinWords=6, FragmentDelimiter=" … "`;

export interface SearchHit {
  id: string;
  title: string;
  difficulty: string;
  level: string | null;
  competency: string | null;
  audience: Audience;
  minutes: number | null;
  setSlug: string;
  setTitle: string;
  tags: string[];
  rank: number | null;
  titleHighlight: string | null;
  snippet: string | null;
}

function whereClause(search: BankSearch, audiences: Audience[]) {
  const conditions = [
    Prisma.sql`NOT q."archived"`,
    Prisma.sql`q."audience"::text IN (${Prisma.join(audiences)})`,
  ];
  if (search.q) conditions.push(Prisma.sql`q."search" @@ websearch_to_tsquery('english', ${search.q})`);
  if (search.set) conditions.push(Prisma.sql`s."slug" = ${search.set}`);
  if (search.difficulty) conditions.push(Prisma.sql`q."difficulty"::text = ${search.difficulty.toUpperCase()}`);
  if (search.level) conditions.push(Prisma.sql`q."level"::text = ${search.level.toUpperCase()}`);
  if (search.competency) conditions.push(Prisma.sql`q."competency" = ${search.competency}`);
  if (search.tag) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "QuestionTag" qt JOIN "Tag" t ON t."id" = qt."tagId"
      WHERE qt."questionId" = q."id" AND t."name" = ${search.tag})`);
  }
  return Prisma.join(conditions, " AND ");
}

/** The page of hits: ranked by relevance when there is a query, else in bank order. */
export function searchPageSql(search: BankSearch, audiences: Audience[]) {
  const where = whereClause(search, audiences);
  const offset = (search.page - 1) * PAGE_SIZE;
  const ranking = search.q
    ? Prisma.sql`ts_rank_cd(q."search", websearch_to_tsquery('english', ${search.q}))`
    : Prisma.sql`NULL::real`;
  const order = search.q ? Prisma.sql`rank DESC, q."id"` : Prisma.sql`s."title", q."position"`;
  // Highlighting is costly, so it runs only on the page's rows, after ranking and LIMIT.
  const highlight = search.q
    ? Prisma.sql`ts_headline('english', page."title", websearch_to_tsquery('english', ${search.q}), ${`HighlightAll=true, StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}`}) AS "titleHighlight",
        ts_headline('english', page."prompt" || ' ' || page."answer", websearch_to_tsquery('english', ${search.q}), ${HEADLINE_OPTIONS}) AS "snippet"`
    : Prisma.sql`NULL AS "titleHighlight", NULL AS "snippet"`;
  return Prisma.sql`
    WITH page AS (
      SELECT q."id", q."title", q."prompt", q."answer", q."difficulty", q."level", q."competency", q."audience",
             q."minutes", q."position", s."slug" AS "setSlug", s."title" AS "setTitle", ${ranking} AS rank
      FROM "Question" q JOIN "QuestionSet" s ON s."id" = q."setId"
      WHERE ${where}
      ORDER BY ${order}
      LIMIT ${PAGE_SIZE} OFFSET ${offset}
    )
    SELECT page."id", page."title", page."difficulty"::text, page."level"::text, page."competency",
           page."audience"::text, page."minutes", page."setSlug", page."setTitle", page.rank,
           ARRAY(SELECT t."name" FROM "QuestionTag" qt JOIN "Tag" t ON t."id" = qt."tagId"
                 WHERE qt."questionId" = page."id" ORDER BY t."name") AS tags,
           ${highlight}
    FROM page
    ORDER BY ${search.q ? Prisma.sql`page.rank DESC, page."id"` : Prisma.sql`page."setTitle", page."position"`}`;
}

export function searchCountSql(search: BankSearch, audiences: Audience[]) {
  return Prisma.sql`SELECT count(*)::int AS total
    FROM "Question" q JOIN "QuestionSet" s ON s."id" = q."setId"
    WHERE ${whereClause(search, audiences)}`;
}

export async function searchQuestions(db: Database, search: BankSearch, audiences: Audience[]) {
  const [hits, [count]] = await Promise.all([
    db.$queryRaw<SearchHit[]>(searchPageSql(search, audiences)),
    db.$queryRaw<{ total: number }[]>(searchCountSql(search, audiences)),
  ]);
  return { hits, total: count?.total ?? 0, pageSize: PAGE_SIZE };
}
