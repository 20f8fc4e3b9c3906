"use client";

import { FormErrorSummary, FormFooter } from "@/components/ui/form-footer";
import { input, label } from "@/components/ui/styles";
import { FieldError, TextField } from "@/components/ui/text-field";
import { useFormAction } from "@/components/ui/use-form-action";
import { scheduleInterviewAction, type ScheduleFormState } from "@/lib/scheduling/actions";

interface Props {
  sessionId: string;
  /** The form's starting values: the current schedule read in its zone, or empty. */
  initial: { date: string; time: string; timeZone: string; durationMinutes: number; location: string; meetingUrl: string };
  zones: string[];
  rescheduling: boolean;
}

/** Date and time as the recruiter reads them in the zone they pick; the server converts to UTC. */
export function ScheduleForm({ sessionId, initial, zones, rescheduling }: Props) {
  const { state, onSubmit, pending } = useFormAction<ScheduleFormState>(scheduleInterviewAction.bind(null, sessionId), {});
  const errors = state.errors ?? {};
  return (
    <form onSubmit={onSubmit} className="space-y-4" aria-label={rescheduling ? "Reschedule the interview" : "Schedule the interview"}>
      <FormErrorSummary state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="date" label="Date" type="date" required defaultValue={initial.date} errors={errors.date} />
        <TextField name="time" label="Start time" type="time" required defaultValue={initial.time} errors={errors.time} />
        <div>
          <label htmlFor="timeZone" className={`${label} mb-1`}>
            Time zone
          </label>
          <select id="timeZone" name="timeZone" className={input} defaultValue={initial.timeZone} aria-describedby={errors.timeZone ? "timeZone-error" : "timeZone-hint"}>
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
          <p id="timeZone-hint" className="mt-1 text-xs text-muted">
            The date and time above are read in this zone.
          </p>
          <FieldError id="timeZone-error" errors={errors.timeZone} />
        </div>
        <TextField
          name="durationMinutes"
          label="Length (min)"
          type="number"
          min={5}
          max={720}
          step={5}
          required
          defaultValue={initial.durationMinutes}
          errors={errors.durationMinutes}
        />
        <TextField name="location" label="Location (optional)" maxLength={200} defaultValue={initial.location} placeholder="Room 4, 2nd floor" errors={errors.location} />
        <TextField
          name="meetingUrl"
          label="Video link (optional, https)"
          type="url"
          maxLength={2000}
          defaultValue={initial.meetingUrl}
          placeholder="https://meet.example.com/abc"
          errors={errors.meetingUrl}
        />
      </div>
      <FormFooter state={state} pending={pending} label={rescheduling ? "Reschedule" : "Schedule"}>
        <p className="text-sm text-muted">The panel gets an email with a calendar invitation{rescheduling ? " update" : ""}.</p>
      </FormFooter>
      <div aria-live="polite" className="space-y-2">
        {state.warnings?.length ? (
          <ul className="space-y-1 rounded-md border border-warning bg-warning-soft p-3 text-sm text-fg">
            {state.warnings.map((warning) => (
              <li key={warning}>⚠ {warning}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </form>
  );
}
