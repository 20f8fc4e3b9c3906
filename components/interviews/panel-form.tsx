"use client";

import { FormFooter } from "@/components/ui/form-footer";
import { label } from "@/components/ui/styles";
import { FieldError } from "@/components/ui/text-field";
import { useFormAction } from "@/components/ui/use-form-action";
import { setPanelAction } from "@/lib/interviews/actions";

/** Who sits on a draft interview's panel; fixed once the interview starts. Its one field's errors show under it. */
export function PanelForm({ sessionId, people, panel }: { sessionId: string; people: { id: string; name: string | null; email: string }[]; panel: string[] }) {
  const { state, onSubmit, pending } = useFormAction(setPanelAction.bind(null, sessionId), {});
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <fieldset aria-describedby={state.errors?.panel ? "panel-form-error" : undefined}>
        <legend className={`${label} mb-2`}>Panel</legend>
        <div className="space-y-1">
          {people.map((person) => (
            <label key={person.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="panel" value={person.id} defaultChecked={panel.includes(person.id)} />
              {person.name ?? person.email}
            </label>
          ))}
        </div>
        <FieldError id="panel-form-error" errors={state.errors?.panel} />
      </fieldset>
      <FormFooter state={state} pending={pending} label="Save panel" secondary />
    </form>
  );
}
