// The candidates list's URL: ?q=&position=&status=&interviewer=&sort=&page=. Every choice lives
// in the URL, so a filtered, sorted page is a link to share; invalid values are dropped, not fatal.
import { z } from "zod";
import { textInput } from "@/lib/text-input";

export const PIPELINE_STATUSES = ["NEW", "SCREENING", "INTERVIEWING", "DECIDED"] as const;
export type PipelineStatus = (typeof PIPELINE_STATUSES)[number];

export const PIPELINE_LABELS: Record<PipelineStatus, string> = {
  NEW: "New",
  SCREENING: "Screening",
  INTERVIEWING: "Interviewing",
  DECIDED: "Decided",
};

export const CANDIDATE_SORTS = ["updated", "name", "created"] as const;
export const CANDIDATE_SORT_LABELS: Record<(typeof CANDIDATE_SORTS)[number], string> = {
  updated: "Recently updated",
  name: "Name (A–Z)",
  created: "Newest first",
};

export const CANDIDATE_PAGE_SIZE = 25;

const optionalText = (max: number) => textInput().trim().min(1).max(max).optional().catch(undefined);

export const candidateListSchema = z.object({
  q: optionalText(200),
  position: optionalText(200),
  status: z.enum(PIPELINE_STATUSES).optional().catch(undefined),
  interviewer: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,100}$/)
    .optional()
    .catch(undefined),
  sort: z.enum(CANDIDATE_SORTS).default("updated").catch("updated"),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});

export type CandidateListQuery = z.infer<typeof candidateListSchema>;

export function parseCandidateList(params: Record<string, string | string[] | undefined>): CandidateListQuery {
  const one = (key: string) => (typeof params[key] === "string" ? params[key] : undefined);
  return candidateListSchema.parse({ q: one("q"), position: one("position"), status: one("status"), interviewer: one("interviewer"), sort: one("sort"), page: one("page") });
}

export function candidateListHref(query: Partial<CandidateListQuery>) {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.position) params.set("position", query.position);
  if (query.status) params.set("status", query.status);
  if (query.interviewer) params.set("interviewer", query.interviewer);
  if (query.sort && query.sort !== "updated") params.set("sort", query.sort);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  const search = params.toString();
  return search ? `/candidates?${search}` : "/candidates";
}

/**
 * Text for Prisma's `contains` with `%`, `_` and `\` taken literally: Prisma sends `contains` to
 * PostgreSQL as ILIKE without escaping them (prisma/prisma#19506, open), and PostgreSQL's default
 * LIKE escape character is the backslash.
 */
export function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
