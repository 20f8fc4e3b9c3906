"use client";

import { FormErrorSummary, FormFooter } from "@/components/ui/form-footer";
import { input, label } from "@/components/ui/styles";
import { FieldError } from "@/components/ui/text-field";
import { useFormAction } from "@/components/ui/use-form-action";
import { saveTimeZoneAction } from "@/lib/scheduling/actions";

/** Account → Time zone: where every date and time in the app and in emails is shown. */
export function TimeZoneForm({ current, zones }: { current: string | null; zones: string[] }) {
  const { state, onSubmit, pending } = useFormAction(saveTimeZoneAction, {});
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <FormErrorSummary state={state} />
      <div>
        <label htmlFor="account-time-zone" className={`${label} mb-1`}>
          Your time zone
        </label>
        <select
          id="account-time-zone"
          name="timeZone"
          className={input}
          defaultValue={current ?? "UTC"}
          aria-describedby={state.errors?.timeZone ? "account-time-zone-error" : undefined}
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
        <FieldError id="account-time-zone-error" errors={state.errors?.timeZone} />
      </div>
      <FormFooter state={state} pending={pending} label="Save time zone" secondary />
    </form>
  );
}
