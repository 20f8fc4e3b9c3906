"use client";

import { FormErrorSummary, FormFooter } from "@/components/ui/form-footer";
import { SelectField, TextField } from "@/components/ui/text-field";
import { useFormAction } from "@/components/ui/use-form-action";
import type { SetField } from "@/lib/authoring/schema";
import type { FormState } from "@/lib/form-state";

type State = FormState<SetField>;

export function SetForm({ action }: { action: (previous: State, formData: FormData) => Promise<State> }) {
  const { state, onSubmit, pending } = useFormAction(action, {} as State);
  return (
    <form onSubmit={onSubmit} method="post" className="max-w-xl space-y-4">
      <FormErrorSummary state={state} />
      <TextField name="title" label="Title" required maxLength={200} placeholder="Kubernetes" errors={state.errors?.title} />
      <TextField name="slug" label="Slug (optional)" maxLength={80} placeholder="made from the title" errors={state.errors?.slug} />
      <TextField name="description" label="Description (optional)" maxLength={500} errors={state.errors?.description} />
      <SelectField name="audience" label="Who may see its questions" defaultValue="both" errors={state.errors?.audience}>
        <option value="both">Interviews and practice</option>
        <option value="interview">Interviews only (never shown to candidates)</option>
        <option value="practice">Practice only (never used in interviews)</option>
      </SelectField>
      <FormFooter state={state} pending={pending} label="Create set and add a question" pendingLabel="Creating…" />
    </form>
  );
}
