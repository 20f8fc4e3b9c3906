"use client";

import { buttonPrimary } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import { useFormAction } from "@/components/ui/use-form-action";
import { savePracticeSettingsAction } from "@/lib/practice/actions";

/** Daily limits and desired retention; the server checks every value (lib/practice/settings-write.ts). */
export function PracticeSettingsForm({
  newPerDay,
  reviewsPerDay,
  retention,
  remindByEmail,
}: {
  newPerDay: number;
  reviewsPerDay: number;
  retention: number;
  remindByEmail: boolean;
}) {
  const { state, onSubmit, pending } = useFormAction(savePracticeSettingsAction, {});
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField name="newPerDay" label="New questions a day" type="number" min={0} max={500} defaultValue={newPerDay} errors={state.errors?.newPerDay} />
        <TextField name="reviewsPerDay" label="Reviews a day" type="number" min={0} max={5000} defaultValue={reviewsPerDay} errors={state.errors?.reviewsPerDay} />
        <TextField name="retention" label="Desired retention (%)" type="number" min={70} max={97} defaultValue={Math.round(retention * 100)} errors={state.errors?.retention} />
      </div>
      <p className="text-xs text-muted">
        Retention is the chance of recalling a question when it comes back: higher means more reviews. A new value applies from each question&apos;s next grade.
      </p>
      <label className="flex items-start gap-3 text-sm">
        <input type="checkbox" name="remindByEmail" defaultChecked={remindByEmail} className="mt-0.5 h-4 w-4 accent-[var(--accent)]" />
        <span>Email me once a day, after 8:00 my time, when questions are due</span>
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonPrimary} disabled={pending}>
          Save practice settings
        </button>
        {state.message ? (
          <p role="status" className={`text-sm ${state.ok ? "text-success" : "text-danger"}`}>
            {state.message}
          </p>
        ) : null}
      </div>
    </form>
  );
}
