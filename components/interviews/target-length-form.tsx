"use client";

import { FormFooter } from "@/components/ui/form-footer";
import { TextField } from "@/components/ui/text-field";
import { useFormAction } from "@/components/ui/use-form-action";
import { setTargetMinutesAction } from "@/lib/interviews/target-actions";

/** The interview's target length, in minutes (empty for none). */
export function TargetLengthForm({ sessionId, targetMinutes }: { sessionId: string; targetMinutes: number | null }) {
  const { state, onSubmit, pending } = useFormAction(setTargetMinutesAction.bind(null, sessionId), {});
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-2">
      <div className="w-40">
        <TextField name="targetMinutes" label="Target length (min)" type="number" min={5} max={480} defaultValue={targetMinutes ?? ""} errors={state.errors?.targetMinutes} />
      </div>
      <FormFooter state={state} pending={pending} label="Set" secondary />
    </form>
  );
}
