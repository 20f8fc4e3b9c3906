"use client";

import { TextField } from "@/components/ui/text-field";
import { useFormAction } from "@/components/ui/use-form-action";
import { card } from "@/components/ui/styles";
import { eraseCandidateAction } from "@/lib/privacy/actions";
import { ERASE_CONFIRMATION } from "@/lib/privacy/schema";

const dangerButton =
  "inline-flex items-center justify-center gap-2 rounded-md bg-danger px-4 py-2 text-sm font-medium text-white shadow-sm disabled:cursor-not-allowed disabled:opacity-60 dark:text-black";

/** Admins only: erase this candidate's personal data on their request (lib/privacy/erase-candidate.ts). */
export function EraseCandidateForm({ candidateId }: { candidateId: string }) {
  const { state, onSubmit, pending } = useFormAction(eraseCandidateAction.bind(null, candidateId), {});
  return (
    <section aria-labelledby="erase-heading" className={`${card} mt-8 space-y-3 p-6`}>
      <h2 id="erase-heading" className="font-medium text-danger">
        Erase personal data
      </h2>
      <p className="text-sm text-muted">
        On the candidate&apos;s request: their name, email, position and notes go, and every note, summary and reason written about them in scorecards reads “[erased]”, as does
        their name in interview titles and in the audit log. Ratings, composites and recommendations stay, anonymous, so compare and calibration do not change. This cannot be
        undone.
      </p>
      <details>
        <summary className="cursor-pointer text-sm font-medium text-danger underline underline-offset-2">Erase this candidate</summary>
        <form onSubmit={onSubmit} method="post" className="mt-3 space-y-3">
          <TextField name="confirm" label={`Type “${ERASE_CONFIRMATION}” to confirm`} autoComplete="off" required errors={state.errors?.confirm} />
          <div className="flex flex-wrap items-center gap-3">
            <button type="submit" className={dangerButton} disabled={pending || state.ok}>
              {pending ? "Erasing…" : "Erase personal data"}
            </button>
            <p role="status" aria-live="polite" className={`text-sm ${state.ok ? "text-success" : "text-danger"}`}>
              {state.message}
            </p>
          </div>
        </form>
      </details>
    </section>
  );
}
