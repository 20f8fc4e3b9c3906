"use client";

import { ActionForm } from "@/components/ui/action-form";
import { SelectField, TextField } from "@/components/ui/text-field";
import type { SetField } from "@/lib/authoring/schema";
import type { FormState } from "@/lib/form-state";

type State = FormState<SetField>;

export function SetForm({ action }: { action: (previous: State, formData: FormData) => Promise<State> }) {
  return (
    <ActionForm action={action} submitLabel="Create set and add a question" pendingLabel="Creating…" className="max-w-xl space-y-4">
      {(state) => (
        <>
          <TextField name="title" label="Title" required maxLength={200} placeholder="Kubernetes" errors={state.errors?.title} />
          <TextField name="slug" label="Slug (optional)" maxLength={80} placeholder="made from the title" errors={state.errors?.slug} />
          <TextField name="description" label="Description (optional)" maxLength={500} errors={state.errors?.description} />
          <SelectField name="audience" label="Who may see its questions" defaultValue="both" errors={state.errors?.audience}>
            <option value="both">Interviews and practice</option>
            <option value="interview">Interviews only (never shown to candidates)</option>
            <option value="practice">Practice only (never used in interviews)</option>
          </SelectField>
        </>
      )}
    </ActionForm>
  );
}
