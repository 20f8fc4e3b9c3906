"use client";

import { useState } from "react";
import { FieldError } from "@/components/ui/text-field";
import { useFormAction } from "@/components/ui/use-form-action";
import { FormErrorSummary, FormFooter } from "@/components/ui/form-footer";
import { input, label } from "@/components/ui/styles";
import { saveRetentionPolicy } from "@/lib/privacy/actions";
import { MAX_RETENTION_MONTHS } from "@/lib/privacy/retention-limits";

export function RetentionForm({ months }: { months: number | null }) {
  const { state, onSubmit, pending } = useFormAction(saveRetentionPolicy, {});
  const [enabled, setEnabled] = useState(months !== null);
  return (
    <form onSubmit={onSubmit} method="post" className="space-y-4">
      <FormErrorSummary state={state} />
      <fieldset className="space-y-2">
        <legend className={label}>Erase inactive candidates</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="enabled" value="off" checked={!enabled} onChange={() => setEnabled(false)} /> Off: keep candidates until erased by hand
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="enabled" value="on" checked={enabled} onChange={() => setEnabled(true)} /> On: erase candidates with no activity for
        </label>
      </fieldset>
      <div>
        <label htmlFor="months" className={`${label} mb-1`}>
          Months without activity (1–{MAX_RETENTION_MONTHS})
        </label>
        <input
          id="months"
          name="months"
          inputMode="numeric"
          defaultValue={months ?? 24}
          disabled={!enabled}
          className={`${input} w-32`}
          aria-invalid={state.errors?.months ? true : undefined}
          aria-describedby={state.errors?.months ? "months-error" : undefined}
        />
        {/* A disabled field is not sent; the value still has to be there for the schema. */}
        {enabled ? null : <input type="hidden" name="months" value={months ?? 24} />}
        <FieldError id="months-error" errors={state.errors?.months} />
      </div>
      <FormFooter state={state} pending={pending} label="Save" pendingLabel="Saving…" />
    </form>
  );
}
