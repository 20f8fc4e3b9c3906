import { Link } from "@/components/ui/link";
import { buttonGhost, buttonSecondary, input, label } from "@/components/ui/styles";
import { SYSTEM_ACTOR, type AuditQuery } from "@/lib/audit/schema";

interface Props {
  query: AuditQuery;
  actions: string[];
  actors: { id: string; name: string | null; email: string }[];
}

/** A plain GET form: the filters live in the URL, so a filtered log can be shared. */
export function AuditFilters({ query, actions, actors }: Props) {
  return (
    <form action="/admin/audit" method="get" role="search" aria-label="Filter the audit log" className="mb-4 flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="audit-action" className={`${label} mb-1`}>
          Action
        </label>
        <select id="audit-action" name="action" defaultValue={query.action ?? ""} className={`${input} w-auto`}>
          <option value="">Every action</option>
          {actions.map((action) => (
            <option key={action} value={action}>
              {action}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-actor" className={`${label} mb-1`}>
          Who
        </label>
        <select id="audit-actor" name="actor" defaultValue={query.actor ?? ""} className={`${input} w-auto max-w-72`}>
          <option value="">Anyone</option>
          <option value={SYSTEM_ACTOR}>System, command line or a deleted account</option>
          {actors.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.name ? `${actor.name} (${actor.email})` : actor.email}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonSecondary}>
        Filter
      </button>
      {query.action || query.actor ? (
        <Link href="/admin/audit" className={buttonGhost}>
          Clear filters
        </Link>
      ) : null}
    </form>
  );
}
