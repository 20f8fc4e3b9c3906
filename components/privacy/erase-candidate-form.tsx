"use client";

import { FormErrorSummary, FormFooter } from "@/components/ui/form-footer";
import { TextField } from "@/components/ui/text-field";
import { useFormAction } from "@/components/ui/use-form-action";
import { card } from "@/components/ui/styles";
import { eraseCandidateAction } from "@/lib/privacy/actions";
import { ERASE_CONFIRMATION } from "@/lib/privacy/schema";

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
          <FormErrorSummary state={state} />
          <TextField name="confirm" label={`Type “${ERASE_CONFIRMATION}” to confirm`} autoComplete="off" required errors={state.errors?.confirm} />
          <FormFooter state={state} pending={pending} label="Erase personal data" pendingLabel="Erasing…" disabled={state.ok} danger />
        </form>
      </details>
    </section>
  );
}
