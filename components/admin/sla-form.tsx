"use client";

import { FormErrorSummary, FormFooter } from "@/components/ui/form-footer";
import { TextField } from "@/components/ui/text-field";
import { useFormAction } from "@/components/ui/use-form-action";
import { saveSlaAction } from "@/lib/notifications/actions";
import type { Sla } from "@/lib/notifications/sla";

export function SlaForm({ sla }: { sla: Sla }) {
  const { state, onSubmit, pending } = useFormAction(saveSlaAction, {});
  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <FormErrorSummary state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="ratingsWithinMinutes"
          label="Ratings within (minutes)"
          type="number"
          min={5}
          max={1440}
          required
          defaultValue={sla.ratingsWithinMinutes}
          errors={state.errors?.ratingsWithinMinutes}
        />
        <TextField
          name="scorecardWithinHours"
          label="Full scorecard within (hours)"
          type="number"
          min={1}
          max={336}
          required
          defaultValue={sla.scorecardWithinHours}
          errors={state.errors?.scorecardWithinHours}
        />
      </div>
      <FormFooter state={state} pending={pending} label="Save deadlines" secondary />
    </form>
  );
}
