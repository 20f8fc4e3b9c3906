import { z } from "zod";
import { textInput } from "@/lib/text-input";

export const AUDIT_PAGE_SIZE = 50;

/** The audit log's URL: ?action=user.role&actor=<user id or "system">&page=2. Bad values are dropped. */
export const auditQuerySchema = z.object({
  action: textInput().trim().min(1).max(100).optional().catch(undefined),
  actor: textInput().trim().min(1).max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});

export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** The actor filter's value for events made by the system or the command line. */
export const SYSTEM_ACTOR = "system";

export function auditHref(query: Partial<AuditQuery>) {
  const params = new URLSearchParams();
  if (query.action) params.set("action", query.action);
  if (query.actor) params.set("actor", query.actor);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  const search = params.toString();
  return search ? `/admin/audit?${search}` : "/admin/audit";
}

/** Set in a scorecard event's details, in place of its results, for a viewer who may not read that scorecard. */
export const RESULTS_HIDDEN = "resultsHidden";
