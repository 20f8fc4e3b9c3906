"use client";

import { ActionForm } from "@/components/ui/action-form";
import { label } from "@/components/ui/styles";
import { FieldError, SelectField, TextField } from "@/components/ui/text-field";
import type { FormState } from "@/lib/form-state";
import { createInterviewAction } from "@/lib/interviews/actions";

interface Props {
  candidateId: string;
  defaultTitle: string;
  people: { id: string; name: string | null; email: string }[];
  currentUserId: string;
  sets: { slug: string; title: string }[];
  plans: { id: string; name: string; _count: { questions: number } }[];
}

export function NewInterviewForm({ candidateId, defaultTitle, people, currentUserId, sets, plans }: Props) {
  return (
    <ActionForm action={createInterviewAction} submitLabel="Create interview" pendingLabel="Creating…" className="space-y-5">
      {(state) => <Fields state={state} candidateId={candidateId} defaultTitle={defaultTitle} people={people} currentUserId={currentUserId} sets={sets} plans={plans} />}
    </ActionForm>
  );
}

function Fields({ state, candidateId, defaultTitle, people, currentUserId, sets, plans }: Props & { state: FormState }) {
  return (
    <>
      <input type="hidden" name="candidateId" value={candidateId} />
      <TextField name="title" label="Title" defaultValue={defaultTitle} required maxLength={200} errors={state.errors?.title} />
      <fieldset aria-describedby={state.errors?.panel ? "panel-error" : undefined}>
        <legend className={`${label} mb-2`}>Panel</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {people.map((person) => (
            <label key={person.id} className="flex items-center gap-2 rounded-md border border-border px-3 py-2 text-sm">
              <input type="checkbox" name="panel" value={person.id} defaultChecked={person.id === currentUserId} />
              {person.name ?? person.email}
            </label>
          ))}
        </div>
        <FieldError id="panel-error" errors={state.errors?.panel} />
      </fieldset>
      <SelectField name="startFrom" label="Start from" defaultValue="" errors={state.errors?.startFrom} hint="Questions this candidate was already asked are left out.">
        <option value="">An empty interview</option>
        {plans.length > 0 ? (
          <optgroup label="Interview plans">
            {plans.map((plan) => (
              <option key={plan.id} value={`plan:${plan.id}`}>
                Plan “{plan.name}” ({plan._count.questions === 1 ? "1 question" : `${plan._count.questions} questions`})
              </option>
            ))}
          </optgroup>
        ) : null}
        <optgroup label="Question sets">
          {sets.map((set) => (
            <option key={set.slug} value={`set:${set.slug}`}>
              Every interview question of “{set.title}”
            </option>
          ))}
        </optgroup>
      </SelectField>
    </>
  );
}
