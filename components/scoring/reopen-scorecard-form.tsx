"use client";

import { FormErrorSummary, FormFooter } from "@/components/ui/form-footer";
import { TextField } from "@/components/ui/text-field";
import { useFormAction } from "@/components/ui/use-form-action";
import { reopenScorecardAction } from "@/lib/scoring/actions";

/** Reopening a submitted scorecard needs a reason; the reopen is recorded on the scorecard. */
export function ReopenScorecardForm({ scorecardId }: { scorecardId: string }) {
  const { state, onSubmit, pending } = useFormAction(reopenScorecardAction.bind(null, scorecardId), {});
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormErrorSummary state={state} />
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <TextField name="reason" label="Reason for reopening" required maxLength={300} errors={state.errors?.reason} />
        </div>
        <FormFooter state={state} pending={pending} label="Reopen scorecard" secondary />
      </div>
    </form>
  );
}
