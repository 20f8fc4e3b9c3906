import { z } from "zod";
import { textInput } from "@/lib/text-input";

export const DIFFICULTIES = ["easy", "medium", "hard"] as const;
export const LEVELS = ["junior", "mid", "senior", "staff"] as const;
export const PAGE_SIZE = 20;

// Invalid values in a shared URL are dropped rather than failing the page.
const optionalText = (max: number) => textInput().trim().min(1).max(max).optional().catch(undefined);

export const bankSearchSchema = z.object({
  q: optionalText(200),
  set: optionalText(100),
  tag: optionalText(100),
  competency: optionalText(100),
  difficulty: z.enum(DIFFICULTIES).optional().catch(undefined),
  level: z.enum(LEVELS).optional().catch(undefined),
  /** "due": only questions not reviewed for 12 months or more (lib/questions/review-age.ts). */
  reviewed: z.enum(["due"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});

export type BankSearch = z.infer<typeof bankSearchSchema>;

/** Next.js gives repeated query keys as arrays; the bank uses the first value of each. */
export function parseBankSearch(searchParams: Record<string, string | string[] | undefined>): BankSearch {
  const firstValues = Object.fromEntries(Object.entries(searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  return bankSearchSchema.parse(firstValues);
}

/** The URL of the bank with these filters, dropping empty ones (and page 1). */
export function bankHref(search: Partial<BankSearch>) {
  const params = new URLSearchParams();
  for (const key of ["q", "set", "tag", "competency", "difficulty", "level", "reviewed"] as const) {
    const value = search[key];
    if (value) params.set(key, value);
  }
  if (search.page && search.page > 1) params.set("page", String(search.page));
  const query = params.toString();
  return query ? `/bank?${query}` : "/bank";
}
