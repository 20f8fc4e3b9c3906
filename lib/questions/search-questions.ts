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

/**
 * A query ranks at most this many matching questions. Ranking has to read every match's vector,
 * so an unbounded rank of a word found in half of a 100k bank takes hundreds of milliseconds;
 * below the cap (nearly every real query) the order is exact. Above it the page says "1,000+"
 * and ranks the first 1,000 matches, and adding a word narrows the search back under the cap.
 */
export const MATCH_LIMIT = 1000;

const tsQuery = (q: string) => Prisma.sql`websearch_to_tsquery('english', ${q})`;

/** Ids of the page's questions in display order, with their rank when there is a query. */
function pageIdsSql(search: BankSearch, audiences: Audience[]) {
  const where = whereClause(search, audiences);
  const offset = (search.page - 1) * PAGE_SIZE;
  if (!search.q) {
    return Prisma.sql`SELECT q."id", NULL::real AS rank, row_number() OVER (ORDER BY s."title", q."position") AS ord
      FROM "Question" q JOIN "QuestionSet" s ON s."id" = q."setId"
      WHERE ${where}
      ORDER BY s."title", q."position"
      LIMIT ${PAGE_SIZE} OFFSET ${offset}`;
  }
  return Prisma.sql`SELECT ranked."id", ranked.rank, row_number() OVER (ORDER BY ranked.rank DESC, ranked."id") AS ord
    FROM (
      SELECT candidates."id", ts_rank_cd(candidates."search", ${tsQuery(search.q)}) AS rank
      FROM (
        SELECT q."id", q."search"
        FROM "Question" q JOIN "QuestionSet" s ON s."id" = q."setId"
        WHERE ${where}
        LIMIT ${MATCH_LIMIT}
      ) candidates
      ORDER BY rank DESC, candidates."id"
      LIMIT ${PAGE_SIZE} OFFSET ${offset}
    ) ranked`;
}

/** The page of hits: ranked by relevance when there is a query, else in bank order. */
export function searchPageSql(search: BankSearch, audiences: Audience[]) {
  // Wide columns are read, and snippets highlighted, only for the page's own rows.
  const highlight = search.q
    ? Prisma.sql`ts_headline('english', q."title", ${tsQuery(search.q)}, ${`HighlightAll=true, StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}`}) AS "titleHighlight",
        ts_headline('english', q."prompt" || ' ' || q."answer", ${tsQuery(search.q)}, ${HEADLINE_OPTIONS}) AS "snippet"`
    : Prisma.sql`NULL AS "titleHighlight", NULL AS "snippet"`;
  return Prisma.sql`
    WITH page AS (${pageIdsSql(search, audiences)})
    SELECT q."id", q."title", q."difficulty"::text, q."level"::text, q."competency", q."audience"::text, q."minutes",
           s."slug" AS "setSlug", s."title" AS "setTitle", page.rank,
           ARRAY(SELECT t."name" FROM "QuestionTag" qt JOIN "Tag" t ON t."id" = qt."tagId"
                 WHERE qt."questionId" = q."id" ORDER BY t."name") AS tags,
           ${highlight}
    FROM page
    JOIN "Question" q ON q."id" = page."id"
    JOIN "QuestionSet" s ON s."id" = q."setId"
    ORDER BY page.ord`;
}

/** Exact without a query; with one, counting stops past MATCH_LIMIT (shown as "1,000+"). */
export function searchCountSql(search: BankSearch, audiences: Audience[]) {
  const matches = Prisma.sql`SELECT 1 FROM "Question" q JOIN "QuestionSet" s ON s."id" = q."setId"
    WHERE ${whereClause(search, audiences)}`;
  return search.q
    ? Prisma.sql`SELECT count(*)::int AS total FROM (${matches} LIMIT ${MATCH_LIMIT + 1}) capped`
    : Prisma.sql`SELECT count(*)::int AS total FROM (${matches}) everything`;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Number of matches, at most MATCH_LIMIT when `capped`. */
  total: number;
  capped: boolean;
  pageSize: number;
}

export async function searchQuestions(db: Database, search: BankSearch, audiences: Audience[]): Promise<SearchResult> {
  const [hits, [count]] = await Promise.all([
    db.$queryRaw<SearchHit[]>(searchPageSql(search, audiences)),
    db.$queryRaw<{ total: number }[]>(searchCountSql(search, audiences)),
  ]);
  const total = count?.total ?? 0;
  const capped = Boolean(search.q) && total > MATCH_LIMIT;
  return { hits, total: capped ? MATCH_LIMIT : total, capped, pageSize: PAGE_SIZE };
}
