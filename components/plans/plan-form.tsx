"use client";

import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/text-field";
import type { FormState } from "@/lib/form-state";
import type { PlanField } from "@/lib/plans/schema";

type State = FormState<PlanField>;

/** The plan's name and position, for a new plan and for renaming one. */
export function PlanForm({
  action,
  initial,
  submitLabel,
}: {
  action: (previous: State, formData: FormData) => Promise<State>;
  initial: { name: string; position: string | null };
  submitLabel: string;
}) {
  return (
    <ActionForm action={action} submitLabel={submitLabel} pendingLabel="Saving…" className="space-y-4">
      {(state) => (
        <>
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
        </>
      )}
    </ActionForm>
  );
}
