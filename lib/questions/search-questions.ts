// Bank search and browse as raw SQL: PostgreSQL full-text search (websearch_to_tsquery over the
// generated, GIN-indexed "search" tsvector), ranked with ts_rank_cd, with highlighted snippets.
// It takes the database client so the benchmark can run exactly the same SQL.
import type { Database } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Audience } from "@/lib/generated/prisma/enums";
import { reviewDueCutoff } from "./review-age";
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
  /** YYYY-MM of the last review. */
  reviewed: string;
  setSlug: string;
  setTitle: string;
  tags: string[];
  rank: number | null;
  titleHighlight: string | null;
  snippet: string | null;
}

function whereClause(search: BankSearch, audiences: Audience[], now: Date) {
  const conditions = [Prisma.sql`NOT q."archived"`, Prisma.sql`q."audience"::text IN (${Prisma.join(audiences)})`];
  if (search.q) conditions.push(Prisma.sql`q."search" @@ websearch_to_tsquery('english', ${search.q})`);
  if (search.set) conditions.push(Prisma.sql`s."slug" = ${search.set}`);
  if (search.difficulty) conditions.push(Prisma.sql`q."difficulty"::text = ${search.difficulty.toUpperCase()}`);
  if (search.level) conditions.push(Prisma.sql`q."level"::text = ${search.level.toUpperCase()}`);
  if (search.competency) conditions.push(Prisma.sql`q."competency" = ${search.competency}`);
  // YYYY-MM compares as text in date order.
  if (search.reviewed === "due") conditions.push(Prisma.sql`q."reviewed" <= ${reviewDueCutoff(now)}`);
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

// Snippets come from the Markdown source: list markers and heading marks at line starts are
// dropped so a snippet reads as text ("Drawbacks: cold starts" rather than "Drawbacks: - cold starts").
const SNIPPET_SOURCE = Prisma.raw(`regexp_replace(q."prompt" || E'\\n' || q."answer", '(^|\\n)[ \\t]*([-*+]|[0-9]+[.)]|#+)[ \\t]+', '\\1', 'g')`);

const tsQuery = (q: string) => Prisma.sql`websearch_to_tsquery('english', ${q})`;

/**
 * One statement for the page and the total, so the matching rows are found once: `matches` holds
 * only ids and what ordering needs, wide columns are read and snippets highlighted for the page's
 * own rows, and the total survives an empty page (LEFT JOIN).
 */
export function searchSql(search: BankSearch, audiences: Audience[], now = new Date()) {
  const where = whereClause(search, audiences, now);
  const offset = (search.page - 1) * PAGE_SIZE;
  const q = search.q;
  const matches = q
    ? Prisma.sql`SELECT q."id", q."search" FROM "Question" q JOIN "QuestionSet" s ON s."id" = q."setId"
        WHERE ${where} LIMIT ${MATCH_LIMIT + 1}`
    : Prisma.sql`SELECT q."id", s."title" AS "setTitle", q."position" FROM "Question" q JOIN "QuestionSet" s ON s."id" = q."setId"
        WHERE ${where}`;
  const page = q
    ? Prisma.sql`SELECT m."id", ts_rank_cd(m."search", ${tsQuery(q)}) AS rank FROM matches m
        ORDER BY rank DESC, m."id" LIMIT ${PAGE_SIZE} OFFSET ${offset}`
    : Prisma.sql`SELECT m."id", NULL::real AS rank, m."setTitle", m."position" FROM matches m
        ORDER BY m."setTitle", m."position" LIMIT ${PAGE_SIZE} OFFSET ${offset}`;
  const highlight = q
    ? Prisma.sql`ts_headline('english', q."title", ${tsQuery(q)}, ${`HighlightAll=true, StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}`}) AS "titleHighlight",
        ts_headline('english', ${SNIPPET_SOURCE}, ${tsQuery(q)}, ${HEADLINE_OPTIONS}) AS "snippet"`
    : Prisma.sql`NULL AS "titleHighlight", NULL AS "snippet"`;
  return Prisma.sql`
    WITH matches AS MATERIALIZED (${matches}),
         page AS (${page}),
         counted AS (SELECT count(*)::int AS total FROM matches)
    SELECT counted.total, hit.*
    FROM counted LEFT JOIN (
      SELECT q."id", q."title", q."difficulty"::text, q."level"::text, q."competency", q."audience"::text, q."minutes", q."reviewed",
             s."slug" AS "setSlug", s."title" AS "setTitle", page.rank,
             ARRAY(SELECT t."name" FROM "QuestionTag" qt JOIN "Tag" t ON t."id" = qt."tagId"
                   WHERE qt."questionId" = q."id" ORDER BY t."name") AS tags,
             ${highlight},
             ${q ? Prisma.sql`row_number() OVER (ORDER BY page.rank DESC, page."id")` : Prisma.sql`row_number() OVER (ORDER BY page."setTitle", page."position")`} AS ord
      FROM page
      JOIN "Question" q ON q."id" = page."id"
      JOIN "QuestionSet" s ON s."id" = q."setId"
    ) hit ON true
    ORDER BY hit.ord`;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Number of matches, at most MATCH_LIMIT when `capped`. */
  total: number;
  capped: boolean;
  pageSize: number;
}

type SearchRow = { total: number; id: string | null; ord: bigint | null } & Omit<SearchHit, "id">;

/** `now` decides which questions are due for review (the clock is injected by tests). */
export async function searchQuestions(db: Database, search: BankSearch, audiences: Audience[], now = new Date()): Promise<SearchResult> {
  const rows = await db.$queryRaw<SearchRow[]>(searchSql(search, audiences, now));
  const total = rows[0]?.total ?? 0;
  // A page past the end is one row with the total and no hit.
  const hits = rows.flatMap(({ total, ord, id, ...hit }) => (id === null ? [] : [{ id, ...hit }]));
  const capped = Boolean(search.q) && total > MATCH_LIMIT;
  return { hits, total: capped ? MATCH_LIMIT : total, capped, pageSize: PAGE_SIZE };
}
