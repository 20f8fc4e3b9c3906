import { Link } from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import { link } from "@/components/ui/styles";
import { DECISION_LABELS } from "@/lib/debrief/schema";
import type { DecisionItem } from "./decision-list";
import { decisionTone } from "./decision-list";

/** One interview's line on the candidate page: its decision and reason, or where to take it. */
export function InterviewDecision({ sessionId, status, decision }: { sessionId: string; status: string; decision: DecisionItem | null }) {
  if (decision) {
    return (
      <p className="flex flex-wrap items-baseline gap-2" data-testid="interview-decision">
        <Badge tone={decisionTone(decision.outcome)}>Decision: {DECISION_LABELS[decision.outcome]}</Badge>
        <span className="text-muted">{decision.reason}</span>
        <Link href={`/interviews/${sessionId}/debrief`} className={link}>
          Debrief
        </Link>
      </p>
    );
  }
  if (status !== "COMPLETED") return null;
  return (
    <p className="text-muted">
      Every panelist has submitted.{" "}
      <Link href={`/interviews/${sessionId}/debrief`} className={link}>
        Open the debrief
      </Link>{" "}
      to decide.
    </p>
  );
}
