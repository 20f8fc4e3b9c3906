"use client";

import { FormErrorSummary, FormFooter } from "@/components/ui/form-footer";
import { TextField } from "@/components/ui/text-field";
import { useFormAction } from "@/components/ui/use-form-action";
import type { FormState } from "@/lib/form-state";
import type { PlanField } from "@/lib/plans/schema";

type State = FormState<PlanField>;

interface Props {
  action: (previous: State, formData: FormData) => Promise<State>;
  initial: { name: string; position: string | null };
  submitLabel: string;
}

/** The plan's name and position, for a new plan and for renaming one. */
export function PlanForm({ action, initial, submitLabel }: Props) {
  const { state, onSubmit, pending } = useFormAction(action, {} as State);
  return (
    <form onSubmit={onSubmit} method="post" className="space-y-4">
      <FormErrorSummary state={state} />
      <TextField
        name="name"
        label="Plan name"
        defaultValue={initial.name}
        placeholder="e.g. Senior DevOps Engineer, tech screen"
        required
        maxLength={200}
        errors={state.errors?.name}
      />
      <TextField
        name="position"
        label="Position (optional)"
        defaultValue={initial.position ?? ""}
        placeholder="e.g. Senior DevOps Engineer"
        maxLength={200}
        errors={state.errors?.position}
      />
      <FormFooter state={state} pending={pending} label={submitLabel} pendingLabel="Saving…" />
    </form>
  );
}
