"use client";

import { FormFooter } from "@/components/ui/form-footer";
import { useFormAction } from "@/components/ui/use-form-action";
import { input } from "@/components/ui/styles";
import { deleteUser } from "@/lib/users/actions";

/** Deletes another user's account on their request, confirmed by typing their email. */
export function DeleteUserForm({ userId, email }: { userId: string; email: string }) {
  const { state, onSubmit, pending } = useFormAction(deleteUser, {});
  const fieldId = `delete-${userId}`;
  // The one field's label is for screen readers only, so its error is said in the footer's status.
  const footerState = state.errors?.confirm ? { ok: false, message: state.errors.confirm.join(" ") } : state;
  return (
    <details>
      <summary className="cursor-pointer text-sm text-danger underline underline-offset-2">Delete…</summary>
      <form onSubmit={onSubmit} method="post" className="mt-2 flex flex-wrap items-center gap-2">
        <input type="hidden" name="userId" value={userId} />
        <label htmlFor={fieldId} className="sr-only">
          Type {email} to delete this account
        </label>
        <input id={fieldId} name="confirm" placeholder={email} autoComplete="off" className={`${input} w-56`} aria-invalid={state.errors?.confirm ? true : undefined} />
        <FormFooter state={footerState} pending={pending} label="Delete account" pendingLabel="Deleting…" secondary danger />
      </form>
    </details>
  );
}
