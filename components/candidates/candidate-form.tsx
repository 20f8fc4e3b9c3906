"use client";

import { ActionForm } from "@/components/ui/action-form";
import { input, label } from "@/components/ui/styles";
import { FieldError, TextField } from "@/components/ui/text-field";
import type { CandidateField } from "@/lib/candidates/schema";
import type { FormState } from "@/lib/form-state";

type State = FormState<CandidateField>;

interface Props {
  action: (previous: State, formData: FormData) => Promise<State>;
  initial: { name: string; email: string | null; position: string | null; notes: string };
  submitLabel: string;
}

export function CandidateForm({ action, initial, submitLabel }: Props) {
  return (
    <ActionForm action={action} submitLabel={submitLabel} pendingLabel="Saving…" className="space-y-4">
      {(state) => (
        <>
          <TextField name="name" label="Name" defaultValue={initial.name} required maxLength={200} errors={state.errors?.name} />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField name="email" label="Email (optional)" type="email" defaultValue={initial.email ?? ""} errors={state.errors?.email} />
            <TextField
              name="position"
              label="Position applied for"
              defaultValue={initial.position ?? ""}
              placeholder="e.g. Senior DevOps Engineer"
              maxLength={200}
              errors={state.errors?.position}
            />
          </div>
          <div>
            <label htmlFor="notes" className={`${label} mb-1`}>
              Notes
            </label>
            <textarea
              id="notes"
              name="notes"
              rows={6}
              defaultValue={initial.notes}
              className={input}
              aria-invalid={Boolean(state.errors?.notes) || undefined}
              aria-describedby={state.errors?.notes ? "notes-error" : undefined}
            />
            <FieldError id="notes-error" errors={state.errors?.notes} />
          </div>
        </>
      )}
    </ActionForm>
  );
}
