"use client";

import { FormErrorSummary, FormFooter } from "@/components/ui/form-footer";
import { label } from "@/components/ui/styles";
import { ReasonField } from "./reason-field";
import { useFormAction } from "@/components/ui/use-form-action";
import { recordDecisionAction } from "@/lib/debrief/actions";
import { DECISION_LABELS, DECISION_OUTCOMES, MAX_REASON } from "@/lib/debrief/schema";

/** The debrief's decision: advance, reject, hold or hire, with a reason (kept and audited). */
export function DecisionForm({ sessionId, hasDecision }: { sessionId: string; hasDecision: boolean }) {
  const { state, onSubmit, pending } = useFormAction(recordDecisionAction.bind(null, sessionId), {});
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-labelledby="decide-heading">
      <FormErrorSummary state={state} />
      <fieldset>
        <legend className={label}>Decision</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {DECISION_OUTCOMES.map((outcome) => (
            <label
              key={outcome}
              className="inline-flex cursor-pointer items-center gap-2 rounded-md border border-border px-3 py-2 text-sm has-[:checked]:border-accent has-[:checked]:bg-accent-soft"
            >
              <input type="radio" name="outcome" value={outcome} required className="accent-[var(--color-accent)]" />
              {DECISION_LABELS[outcome]}
            </label>
          ))}
        </div>
        {state.errors?.outcome ? (
          <p className="mt-1 text-sm text-danger" role="alert">
            {state.errors.outcome.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <ReasonField id="decision-reason" label="Reason" maxLength={MAX_REASON} errors={state.errors?.reason} />
      <FormFooter state={state} pending={pending} label={hasDecision ? "Record a new decision" : "Record the decision"} />
    </form>
  );
}
