"use client";

import { buttonPrimary, input, label } from "@/components/ui/styles";
import { FieldError, TextField } from "@/components/ui/text-field";
import { useFormAction } from "@/components/ui/use-form-action";
import type { SetField } from "@/lib/authoring/schema";
import type { FormState } from "@/lib/form-state";

type State = FormState<SetField>;

export function SetForm({ action }: { action: (previous: State, formData: FormData) => Promise<State> }) {
  const { state, onSubmit, pending } = useFormAction(action, {} as State);
  return (
    <form onSubmit={onSubmit} method="post" className="max-w-xl space-y-4">
      <TextField name="title" label="Title" required maxLength={200} placeholder="Kubernetes" errors={state.errors?.title} />
      <TextField name="slug" label="Slug (optional)" maxLength={80} placeholder="made from the title" errors={state.errors?.slug} />
      <TextField name="description" label="Description (optional)" maxLength={500} errors={state.errors?.description} />
      <div>
        <label htmlFor="audience" className={`${label} mb-1`}>
          Who may see its questions
        </label>
        <select id="audience" name="audience" defaultValue="both" className={input} aria-describedby={state.errors?.audience ? "audience-error" : undefined}>
          <option value="both">Interviews and practice</option>
          <option value="interview">Interviews only (never shown to candidates)</option>
          <option value="practice">Practice only (never used in interviews)</option>
        </select>
        <FieldError id="audience-error" errors={state.errors?.audience} />
      </div>
      <div className="flex items-center gap-3">
        <button type="submit" className={buttonPrimary} disabled={pending}>
          {pending ? "Creating…" : "Create set and add a question"}
        </button>
        <span role="status" aria-live="polite" className="text-sm text-danger">
          {state.message}
        </span>
      </div>
    </form>
  );
}
