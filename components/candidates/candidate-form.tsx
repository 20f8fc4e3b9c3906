"use client";

import { buttonPrimary, input, label } from "@/components/ui/styles";
import { FieldError, TextField } from "@/components/ui/text-field";
import type { FormState } from "@/lib/form-state";
import type { CandidateField } from "@/lib/candidates/schema";
import { useFormAction } from "@/components/ui/use-form-action";

type State = FormState<CandidateField> & { values?: Record<string, string> };

interface Props {
  action: (previous: State, formData: FormData) => Promise<State>;
  initial: { name: string; email: string | null; position: string | null; notes: string };
  submitLabel: string;
}

export function CandidateForm({ action, initial, submitLabel }: Props) {
  const { state, onSubmit, pending } = useFormAction(action, {} as State);
  const values = state.values ?? { name: initial.name, email: initial.email ?? "", position: initial.position ?? "", notes: initial.notes };

  return (
    <form onSubmit={onSubmit} method="post" className="space-y-4">
      <TextField name="name" label="Name" defaultValue={values.name} required maxLength={200} errors={state.errors?.name} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="email" label="Email (optional)" type="email" defaultValue={values.email} errors={state.errors?.email} />
        <TextField
          name="position"
          label="Position applied for"
          defaultValue={values.position}
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
          defaultValue={values.notes}
          className={input}
          aria-invalid={Boolean(state.errors?.notes) || undefined}
          aria-describedby={state.errors?.notes ? "notes-error" : undefined}
        />
        <FieldError id="notes-error" errors={state.errors?.notes} />
      </div>
      <div className="flex items-center gap-3">
        <button type="submit" className={buttonPrimary} disabled={pending}>
          {pending ? "Saving…" : submitLabel}
        </button>
        <span role="status" aria-live="polite" className={`text-sm ${state.ok ? "text-success" : "text-danger"}`}>
          {state.message}
        </span>
      </div>
    </form>
  );
}
