import { z } from "zod";
import { textInput } from "@/lib/text-input";
import { MAX_COMPARED } from "./compare-candidates";

const flag = z.preprocess((value) => value === "1" || value === "true", z.boolean());

/**
 * The comparison's URL: ?c=<id>&c=<id>…&normalise=1&blind=1, so a comparison can be shared. `normalise`
 * (kept for links made before it meant leniency adjustment) shows the adjusted values beside the raw ones.
 */
export const comparisonQuerySchema = z.object({
  // Ids that cannot be ids (empty, too long) are dropped, never an error: the URL may be shared or mangled.
  c: z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z.array(textInput()).transform((ids) => ids.filter((id) => id.length >= 1 && id.length <= 100).slice(0, MAX_COMPARED * 2)),
  ),
  normalise: flag,
  blind: flag,
});

export type ComparisonQuery = z.infer<typeof comparisonQuerySchema>;

export function comparisonHref(query: ComparisonQuery, path = "/compare") {
  const params = new URLSearchParams();
  for (const id of query.c) params.append("c", id);
  if (query.normalise) params.set("normalise", "1");
  if (query.blind) params.set("blind", "1");
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
