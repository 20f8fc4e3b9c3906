"use client";

import { buttonSecondary } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import { useFormAction } from "@/components/ui/use-form-action";
import { cancelInterviewAction } from "@/lib/scheduling/actions";

/** Cancelling is behind a disclosure and asks for an optional reason: it sends a cancel to the panel's calendars. */
export function CancelForm({ sessionId }: { sessionId: string }) {
  const { state, onSubmit, pending } = useFormAction(cancelInterviewAction.bind(null, sessionId), {});
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium text-danger">Cancel the interview…</summary>
      <form onSubmit={onSubmit} className="mt-3 space-y-3">
        <TextField name="reason" label="Reason (optional, kept in the history)" maxLength={500} errors={state.errors?.reason} />
        <button type="submit" className={`${buttonSecondary} text-danger`} disabled={pending}>
          Cancel the interview
        </button>
        {state.message ? (
          <p role="status" className={state.ok ? "text-success" : "text-danger"}>
            {state.message}
          </p>
        ) : null}
      </form>
    </details>
  );
}
