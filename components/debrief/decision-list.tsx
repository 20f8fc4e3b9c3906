import { Badge } from "@/components/ui/badge";
import { card } from "@/components/ui/styles";
import type { DecisionOutcome } from "@/lib/generated/prisma/enums";
import { DECISION_LABELS } from "@/lib/debrief/schema";
import { formatDateTime, timeZoneLabel } from "@/lib/format/date-time";

export interface DecisionItem {
  id: string;
  outcome: DecisionOutcome;
  reason: string;
  createdAt: Date;
  decidedBy: { name: string | null; email: string } | null;
}

export const decisionTone = (outcome: DecisionOutcome) => (outcome === "REJECT" ? "danger" : outcome === "HOLD" ? "warning" : "success");

/** Decisions, latest first: the first one counts, earlier ones stay as history. */
export function DecisionList({ decisions, timeZone, empty }: { decisions: DecisionItem[]; timeZone: string; empty: string }) {
  if (decisions.length === 0) return <p className="text-sm text-muted">{empty}</p>;
  return (
    <ol className={`${card} divide-y divide-border`} aria-label="Decisions, latest first">
      {decisions.map((decision, index) => (
        <li key={decision.id} className="space-y-1 p-4 text-sm">
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={decisionTone(decision.outcome)}>{DECISION_LABELS[decision.outcome]}</Badge>
            {index > 0 ? <span className="text-xs text-muted">(superseded)</span> : null}
            <span className="text-muted">
              {decision.decidedBy ? (decision.decidedBy.name ?? decision.decidedBy.email) : "Someone since removed"}, {formatDateTime(decision.createdAt, timeZone)}{" "}
              {timeZoneLabel(decision.createdAt, timeZone)}
            </span>
          </div>
          <p className="whitespace-pre-wrap">{decision.reason}</p>
        </li>
      ))}
    </ol>
  );
}
